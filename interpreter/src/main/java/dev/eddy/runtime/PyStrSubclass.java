package dev.eddy.runtime;

/** An instance of a user class that subclasses str: a string with a class and attributes. */
public final class PyStrSubclass extends PyStr {
    private final HeapState heap;

    PyStrSubclass(PyType heapType, String value) {
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
        return o != null ? (PyStr) o.call(this) : new PyStr(value);
    }
}
