package dev.eddy.runtime;

import java.util.HashMap;

/** An instance of a user class that subclasses str: a string with a class and attributes. */
public final class PyStrSubclass extends PyStr {
    private final PyType heapType;
    private HashMap<String, PyObject> attrs;

    PyStrSubclass(PyType heapType, String value) {
        super(value);
        this.heapType = heapType;
    }

    @Override
    public PyType type() {
        return heapType;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return HeapObjects.lookupAttr(this, heapType, attrs, name);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw Errors.noAttribute(this, name);
        }
        return v;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        attrs = HeapObjects.setAttr(this, heapType, attrs, name, value);
    }

    @Override
    public PyStr repr() {
        PyObject o = HeapObjects.override(heapType, "__repr__");
        return o != null ? (PyStr) o.call(this) : super.repr();
    }

    @Override
    public PyStr str() {
        PyObject o = HeapObjects.override(heapType, "__str__");
        return o != null ? (PyStr) o.call(this) : new PyStr(value);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PyStr s && value.equals(s.value);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
