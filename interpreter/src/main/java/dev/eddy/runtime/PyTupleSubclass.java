package dev.eddy.runtime;

/** An instance of a user class that subclasses tuple: a tuple with a class and attributes. */
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
    public PyStr repr() {
        PyObject o = heap.override("__repr__");
        return o != null ? (PyStr) o.call(this) : super.repr();
    }

    @Override
    public PyStr str() {
        PyObject o = heap.override("__str__");
        return o != null ? (PyStr) o.call(this) : repr();
    }
}
