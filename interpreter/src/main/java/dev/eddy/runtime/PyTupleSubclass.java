package dev.eddy.runtime;

/**
 * An instance of a user class that subclasses tuple (a namedtuple, class Pair(tuple)): a tuple
 * with a class and attributes, whose dunders the class may override.
 */
public final class PyTupleSubclass extends PyTuple {
    private final HeapState heap;

    PyTupleSubclass(PyType heapType, PyObject[] items) {
        super(items);
        this.heap = new HeapState(heapType);
    }

    @Override
    public PyType type() {
        return heap.type;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return heap.lookupAttr(this, name);
    }

    @Override
    public PyObject getAttr(String name) {
        return heap.getAttr(this, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        heap.setAttr(this, name, value);
    }

    @Override
    public void delAttr(String name) {
        heap.delAttr(this, name);
    }

    @Override
    public PyStr repr() {
        PyObject o = heap.override("__repr__");
        return o != null ? (PyStr) o.call(this) : super.repr();
    }

    @Override
    public PyStr str() {
        PyObject o = heap.override("__str__");
        return o != null ? (PyStr) o.call(this) : repr();
    }

    @Override
    public int len() {
        PyObject o = heap.override("__len__");
        return o != null ? Ops.index(o.call(this), null).intValueExact() : super.len();
    }

    @Override
    public boolean isTrue() {
        PyObject o = heap.override("__bool__");
        if (o != null) {
            return o.call(this).isTrue();
        }
        return heap.override("__len__") != null ? len() != 0 : super.isTrue();
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject o = heap.override("__getitem__");
        return o != null ? o.call(this, key) : super.getItem(key);
    }

    @Override
    public PyObject iter() {
        PyObject o = heap.override("__iter__");
        return o != null ? o.call(this) : super.iter();
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject o = heap.override("__contains__");
        return o != null ? o.call(this, item).isTrue() : super.contains(item);
    }

    @Override
    public long hash() {
        PyObject o = heap.override("__hash__");
        if (o != null) {
            return Ops.index(o.call(this), null).hash();
        }
        if (type().lookup("__hash__") == PyNone.NONE) {
            throw Errors.typeError("unhashable type: '" + type().name + "'");
        }
        return super.hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        PyObject o = heap.override(op.dunder);
        return o != null ? o.call(this, other) : super.richCompare(other, op);
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        PyObject o = heap.override(op.dunder);
        return o != null ? o.call(this, other) : super.binaryOp(op, other);
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        PyObject o = heap.override(op.reflected);
        return o != null ? o.call(this, other) : super.reflectedBinaryOp(op, other);
    }
}
