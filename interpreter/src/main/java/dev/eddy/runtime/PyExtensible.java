package dev.eddy.runtime;

/**
 * A Java-defined type that Python classes may subclass (class R(_random.Random),
 * class D(collections.deque)). An instance of the user's subclass is the Java object
 * itself carrying a {@link HeapState}: the user's class as its type and an attribute dict.
 * Attribute lookup follows the user's class first, so its methods override the Java
 * ones and {@code super()} reaches them.
 *
 * <p>To opt in, a type extends this class, returns its own type from {@link #javaType},
 * and its constructor (given the class being instantiated) passes the new object through
 * {@link #adopt}. Protocol methods it implements in Java (repr, len, iteration...) may
 * consult {@link #heapOverride} so that a user's dunder wins; those it leaves to this class
 * already do.
 */
public abstract class PyExtensible extends PyObject {
    private HeapState heap;

    /** The Java-defined type itself. */
    protected abstract PyType javaType();

    /** Makes {@code obj} an instance of {@code cls} when that is a user subclass of its Java type; returns obj. */
    public static <T extends PyExtensible> T adopt(T obj, PyType cls) {
        PyExtensible e = obj;
        if (cls != null && cls != obj.javaType() && cls.heapType) {
            e.heap = new HeapState(cls);
        }
        return obj;
    }

    @Override
    public final PyType type() {
        return heap != null ? heap.type : javaType();
    }

    /** The user's override of {@code dunder}, or null when the Java behaviour applies. */
    protected final PyObject heapOverride(String dunder) {
        return HeapState.override(heap, dunder);
    }

    @Override
    public PyObject lookupAttr(String name) {
        return heap == null ? super.lookupAttr(name) : heap.lookupAttr(this, name);
    }

    @Override
    public PyObject getAttr(String name) {
        return heap == null ? super.getAttr(name) : heap.getAttr(this, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (heap == null) {
            super.setAttr(name, value);
        } else {
            heap.setAttr(this, name, value);
        }
    }

    @Override
    public void delAttr(String name) {
        if (heap == null) {
            super.delAttr(name);
        } else {
            heap.delAttr(this, name);
        }
    }

    @Override
    public PyStr repr() {
        PyObject o = heapOverride("__repr__");
        return o != null ? reprResult(o.call(this)) : super.repr();
    }

    @Override
    public PyStr str() {
        PyObject o = heapOverride("__str__");
        return o != null ? reprResult(o.call(this)) : repr();
    }

    private static PyStr reprResult(PyObject r) {
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__repr__ returned non-string (type " + r.type().name + ")");
        }
        return s;
    }

    @Override
    public int len() {
        PyObject o = heapOverride("__len__");
        return o != null ? Ops.index(o.call(this), null).intValueExact() : super.len();
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject o = heapOverride("__getitem__");
        return o != null ? o.call(this, key) : super.getItem(key);
    }

    @Override
    public PyObject iter() {
        PyObject o = heapOverride("__iter__");
        return o != null ? o.call(this) : super.iter();
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject o = heapOverride("__call__");
        return o != null ? o.call(Args.prepend(this, args), kwnames) : super.call(args, kwnames);
    }

    @Override
    public long hash() {
        PyObject o = heapOverride("__hash__");
        return o != null ? Ops.index(o.call(this), null).longValueExact() : super.hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        PyObject o = heapOverride(op.dunder);
        return o != null ? o.call(this, other) : super.richCompare(other, op);
    }
}
