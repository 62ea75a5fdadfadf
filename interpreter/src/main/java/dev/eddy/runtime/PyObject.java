package dev.eddy.runtime;

/**
 * The root of every Python value. Protocol methods have the behaviour of a plain
 * {@code object}; builtin types override them in Java for speed, and {@link PyInstance}
 * overrides them to dispatch to dunder methods found on the instance's type.
 *
 * <p>{@link #equals} and {@link #hashCode} follow Python's {@code __eq__} and {@code __hash__},
 * so Java collections of PyObjects behave like Python dicts and sets.
 */
public abstract class PyObject {

    public abstract PyType type();

    // ---- attributes -------------------------------------------------------------------

    /** getattr(self, name): raises AttributeError when missing. */
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw Errors.noAttribute(this, name);
        }
        return v;
    }

    /** getattr without the error: null when missing. */
    public PyObject lookupAttr(String name) {
        PyObject tv = type().lookup(name);
        if (tv == null) {
            // every object has a __class__, and a __doc__ (None when its type has no docstring)
            return name.equals("__class__") ? type() : name.equals("__doc__") ? PyNone.NONE : null;
        }
        return Descriptors.bind(tv, this, type());
    }

    public void setAttr(String name, PyObject value) {
        PyObject tv = type().lookup(name);
        if (tv instanceof PyProperty p) {
            p.set(this, value);
            return;
        }
        if (tv == null) {
            throw Errors.noAttribute(this, name);
        }
        throw Errors.attributeError("'" + type().name + "' object attribute '" + name + "' is read-only");
    }

    public void delAttr(String name) {
        throw Errors.noAttribute(this, name);
    }

    // ---- calling ------------------------------------------------------------------------

    /**
     * Calls this object. {@code args} holds the positional arguments followed by the
     * keyword arguments' values; {@code kwnames} (null when there are none) names the last
     * {@code kwnames.length} entries.
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        throw Errors.typeError("'" + type().name + "' object is not callable");
    }

    public final PyObject call(PyObject... args) {
        return call(args, null);
    }

    // ---- conversions --------------------------------------------------------------------

    public boolean isTrue() {
        return true;
    }

    public PyStr repr() {
        return new PyStr("<" + type().name + " object>");
    }

    public PyStr str() {
        return repr();
    }

    // ---- comparison and hashing ---------------------------------------------------------

    /** Rich comparison; returns {@link PyNotImplemented#INSTANCE} when unsupported. */
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op == CompareOp.EQ) {
            return this == other ? PyBool.TRUE : PyNotImplemented.INSTANCE;
        }
        if (op == CompareOp.NE) {
            return this == other ? PyBool.FALSE : PyNotImplemented.INSTANCE;
        }
        return PyNotImplemented.INSTANCE;
    }

    /** Python hash(self). */
    public long hash() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PyObject p && Ops.eq(this, p));
    }

    @Override
    public int hashCode() {
        long h = hash();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return repr().value;
    }

    // ---- containers and iteration -------------------------------------------------------

    public PyObject iter() {
        throw Errors.typeError("'" + type().name + "' object is not iterable");
    }

    /** The next item, or null when exhausted (no StopIteration is built on the fast path). */
    public PyObject next() {
        throw Errors.typeError("'" + type().name + "' object is not an iterator");
    }

    public int len() {
        throw Errors.typeError("object of type '" + type().name + "' has no len()");
    }

    public PyObject getItem(PyObject key) {
        throw Errors.typeError("'" + type().name + "' object is not subscriptable");
    }

    public void setItem(PyObject key, PyObject value) {
        throw Errors.typeError("'" + type().name + "' object does not support item assignment");
    }

    public void delItem(PyObject key) {
        throw Errors.typeError("'" + type().name + "' object doesn't support item deletion");
    }

    /** The 'in' operator; the default iterates. */
    public boolean contains(PyObject item) {
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    // ---- arithmetic: return NotImplemented when unsupported -----------------------------

    public PyObject binaryOp(BinaryOp op, PyObject other) {
        return PyNotImplemented.INSTANCE;
    }

    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        return PyNotImplemented.INSTANCE;
    }

    /** In-place operator (+= ...): NotImplemented falls back to the binary operator. */
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        return PyNotImplemented.INSTANCE;
    }

    public PyObject negative() {
        throw Errors.typeError("bad operand type for unary -: '" + type().name + "'");
    }

    public PyObject positive() {
        throw Errors.typeError("bad operand type for unary +: '" + type().name + "'");
    }

    public PyObject invert() {
        throw Errors.typeError("bad operand type for unary ~: '" + type().name + "'");
    }

    /** __index__: an int for this object or null if it has none. */
    public PyInt asIndexOrNull() {
        return null;
    }

    public boolean isInstance(PyType t) {
        return type().isSubtypeOf(t);
    }
}
