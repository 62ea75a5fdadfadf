package dev.eddy.stdlib.weak;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/**
 * A weakref.proxy: stands for its referent in attribute access, calls, operators and
 * conversions, and raises ReferenceError once the referent is gone. Unhashable.
 */
public final class PyWeakProxy extends PyObject {
    public static final PyType PROXY_TYPE = PyType.builtin("ProxyType", PyType.OBJECT, null);
    public static final PyType CALLABLE_PROXY_TYPE = PyType.builtin("CallableProxyType", PyType.OBJECT, null);

    static {
        PROXY_TYPE.module = "weakref";
        CALLABLE_PROXY_TYPE.module = "weakref";
    }

    final PyWeakRef ref;
    private final PyType type;

    PyWeakProxy(PyWeakRef ref, boolean callable) {
        this.ref = ref;
        this.type = callable ? CALLABLE_PROXY_TYPE : PROXY_TYPE;
        ref.handle = this;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The referent, or ReferenceError. */
    private PyObject target() {
        PyObject o = ref.get();
        if (o == null) {
            throw Errors.of(Exceptions.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        }
        return o;
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("__class__")) {
            return target().type();
        }
        return target().getAttr(name);
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("__class__")) {
            return target().type();
        }
        return target().lookupAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        target().setAttr(name, value);
    }

    @Override
    public void delAttr(String name) {
        target().delAttr(name);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return target().call(args, kwnames);
    }

    @Override
    public boolean isTrue() {
        return target().isTrue();
    }

    @Override
    public PyStr repr() {
        PyObject o = ref.get();
        String at = hex(this);
        if (o == null) {
            return new PyStr("<weakproxy at 0x" + at + "; dead>");
        }
        return new PyStr("<weakproxy at 0x" + at + " to " + o.type().name + " at 0x" + hex(o) + ">");
    }

    private static String hex(Object o) {
        return Long.toHexString(0x7f0000000000L + (System.identityHashCode(o) & 0xffffffL) * 16);
    }

    @Override
    public PyStr str() {
        return target().str();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyWeakProxy p) {
            other = p.target();
        }
        return target().richCompare(other, op);
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: 'weakref." + type.name + "'");
    }

    @Override
    public PyObject iter() {
        return target().iter();
    }

    @Override
    public PyObject next() {
        return target().next();
    }

    @Override
    public int len() {
        return target().len();
    }

    @Override
    public PyObject getItem(PyObject key) {
        return target().getItem(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        target().setItem(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        target().delItem(key);
    }

    @Override
    public boolean contains(PyObject item) {
        return target().contains(item);
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (other instanceof PyWeakProxy p) {
            other = p.target();
        }
        return target().binaryOp(op, other);
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        return target().reflectedBinaryOp(op, other);
    }

    @Override
    public PyObject negative() {
        return target().negative();
    }

    @Override
    public PyObject positive() {
        return target().positive();
    }

    @Override
    public PyObject invert() {
        return target().invert();
    }

    @Override
    public PyInt asIndexOrNull() {
        return target().asIndexOrNull();
    }
}
