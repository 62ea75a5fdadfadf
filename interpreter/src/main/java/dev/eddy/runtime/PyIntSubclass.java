package dev.eddy.runtime;

import java.util.HashMap;

/** An instance of a user class that subclasses int (class Flags(int)): an int with a class and attributes. */
public final class PyIntSubclass extends PyInt {
    private final PyType heapType;
    private HashMap<String, PyObject> attrs;

    PyIntSubclass(PyType heapType, PyInt value) {
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
        return o != null ? (PyStr) o.call(this) : repr();
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        PyObject o = HeapObjects.override(heapType, op.dunder);
        return o != null ? o.call(this, other) : super.binaryOp(op, other);
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        PyObject o = HeapObjects.override(heapType, op.reflected);
        return o != null ? o.call(this, other) : super.reflectedBinaryOp(op, other);
    }
}
