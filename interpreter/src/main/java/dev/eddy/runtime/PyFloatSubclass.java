package dev.eddy.runtime;

/** An instance of a user class that subclasses float (class Celsius(float), a float Enum): a float with a class and attributes. */
public final class PyFloatSubclass extends PyFloat {
    private final HeapState heap;

    PyFloatSubclass(PyType heapType, double value) {
        super(value);
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
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        PyObject o = heap.override(op.dunder);
        return o != null ? o.call(this, other) : super.binaryOp(op, other);
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        PyObject o = heap.override(op.reflected);
        return o != null ? o.call(this, other) : super.reflectedBinaryOp(op, other);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        PyObject o = heap.override(op.dunder);
        return o != null ? o.call(this, other) : super.richCompare(other, op);
    }

    @Override
    public long hash() {
        PyObject o = heap.override("__hash__");
        return o != null ? Ops.index(o.call(this), null).longValueExact() : super.hash();
    }
}
