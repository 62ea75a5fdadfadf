package dev.eddy.runtime;

import java.util.HashMap;

/**
 * An instance of a class made by a class statement (and the base of exception instances):
 * a type pointer and an attribute dict. Every protocol method dispatches to the dunder
 * method found on the type, falling back to plain object behaviour.
 */
public class PyInstance extends PyObject {
    public PyType type;
    public java.util.Map<String, PyObject> dict;
    /** Values of the names in the class's __slots__ (null until one is set). */
    public PyObject[] slotValues;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType type() {
        return type;
    }

    /** Calls the dunder {@code name} found on the type, or returns null when there is none. */
    protected final PyObject callDunder(String name, PyObject... args) {
        PyObject m = type.lookup(name);
        if (m == null) {
            return null;
        }
        return Descriptors.callBound(m, this, type, args);
    }

    // ---- attributes ---------------------------------------------------------------------

    @Override
    public PyObject lookupAttr(String name) {
        return find(name, true);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = find(name, false);
        if (v == null) {
            throw Errors.noAttribute(this, name);
        }
        return v;
    }

    /**
     * type(self).__getattribute__ (object's unless the class overrides it), then __getattr__.
     * {@code quiet} turns an AttributeError from __getattr__ into "missing" (getattr with a
     * default, hasattr).
     */
    private PyObject find(String name, boolean quiet) {
        PyObject v;
        if (type.heapType && type.customGetattribute()) {
            PyObject gattr = type.lookup("__getattribute__");
            try {
                v = Descriptors.callBound(gattr, this, type, new PyStr(name));
            } catch (PyException e) {
                if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                PyObject ga = type.lookup("__getattr__");
                if (ga == null) {
                    if (quiet) {
                        return null;
                    }
                    throw e;
                }
                v = null;
            }
        } else {
            v = genericGetAttr(name);
        }
        if (v != null) {
            return v;
        }
        PyObject ga = type.lookup("__getattr__");
        if (ga == null) {
            return null;
        }
        try {
            return Descriptors.callBound(ga, this, type, new PyStr(name));
        } catch (PyException e) {
            if (quiet && e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * object.__getattribute__: a data descriptor on the class, the instance dict, other class
     * attributes (non-data descriptors bound); null when missing.
     */
    public PyObject genericGetAttr(String name) {
        PyObject tv = type.lookup(name);
        if (tv != null && Descriptors.isDataDescriptor(tv)) {
            if (!(tv instanceof PyInstance) || tv.type().lookup("__get__") != null) {
                return Descriptors.bind(tv, this, type);
            }
        }
        if (dict != null) {
            PyObject v = dict.get(name);
            if (v != null) {
                return v;
            }
        }
        if (tv != null) {
            return Descriptors.bind(tv, this, type);
        }
        return specialAttr(name);
    }

    /** Attributes every instance has without storing them. */
    protected PyObject specialAttr(String name) {
        if (name.equals("__class__")) {
            return type;
        }
        if (name.equals("__dict__") && type.instanceDict) {
            return InstanceDict.of(this);
        }
        return null;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (type.heapType) {
            PyObject sa = type.lookup("__setattr__");
            if (sa != null && !(sa instanceof PyBuiltinFunction)) {
                Descriptors.callBound(sa, this, type, new PyStr(name), value);
                return;
            }
        }
        genericSetAttr(name, value);
    }

    /** object.__setattr__: a data descriptor on the class, else the instance dict. */
    public void genericSetAttr(String name, PyObject value) {
        if (type.heapType) {
            PyObject tv = type.lookup(name);
            if (tv != null && Descriptors.isDataDescriptor(tv)) {
                Descriptors.set(tv, this, value);
                return;
            }
        }
        storeAttr(name, value);
    }

    /** Stores in the instance dict. */
    public void storeAttr(String name, PyObject value) {
        if (type == PyType.OBJECT || !type.instanceDict) {
            if (name.equals("__class__")) {
                setClass(value);
                return;
            }
            throw Errors.noAttribute(this, name);
        }
        if (name.equals("__class__")) {
            setClass(value);
            return;
        }
        if (name.equals("__dict__")) {
            if (!(value instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name + "'");
            }
            dict = new InstanceDict(d);
            return;
        }
        if (dict == null) {
            dict = new java.util.LinkedHashMap<>();
        }
        dict.put(name, value);
    }

    /** obj.__class__ = C, between classes with the same instance layout. */
    private void setClass(PyObject value) {
        if (!(value instanceof PyType t)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + value.type().name + "' object");
        }
        if (!t.heapType || !type.heapType || t.solidBase() != type.solidBase() || t.slotCount != type.slotCount) {
            throw Errors.typeError("__class__ assignment: '" + t.name + "' object layout differs from '" + type.name + "'");
        }
        type = t;
    }

    @Override
    public void delAttr(String name) {
        if (type.heapType) {
            PyObject da = type.lookup("__delattr__");
            if (da != null && !(da instanceof PyBuiltinFunction)) {
                Descriptors.callBound(da, this, type, new PyStr(name));
                return;
            }
        }
        genericDelAttr(name);
    }

    /** object.__delattr__. */
    public void genericDelAttr(String name) {
        PyObject tv = type.lookup(name);
        if (tv != null && Descriptors.isDataDescriptor(tv)) {
            Descriptors.delete(tv, this);
            return;
        }
        if (dict == null || dict.remove(name) == null) {
            throw Errors.noAttribute(this, name);
        }
    }

    // ---- calls and conversions -------------------------------------------------------------

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject m = type.lookup("__call__");
        if (m == null) {
            return super.call(args, kwnames);
        }
        return Descriptors.bind(m, this, type).call(args, kwnames);
    }

    @Override
    public boolean isTrue() {
        PyObject r = callDunder("__bool__");
        if (r != null) {
            if (!(r instanceof PyBool b)) {
                throw Errors.typeError("__bool__ should return bool, returned " + r.type().name);
            }
            return b.value != 0;
        }
        r = callDunder("__len__");
        if (r != null) {
            return Ops.index(r, "__len__").signum() != 0;
        }
        return true;
    }

    @Override
    public PyStr repr() {
        PyObject r = callDunder("__repr__");
        if (r == null) {
            return defaultRepr();
        }
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__repr__ returned non-string (type " + r.type().name + ")");
        }
        return s;
    }

    /** object.__repr__; there are no addresses here, so a counter stands in. */
    public PyStr defaultRepr() {
        String mod = type.module;
        String qn = mod.equals("builtins") ? type.qualname : mod + "." + type.qualname;
        return new PyStr("<" + qn + " object at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16) + ">");
    }

    @Override
    public PyStr str() {
        PyObject m = type.lookup("__str__");
        if (m == null || m instanceof PyBuiltinFunction bf && bf.owner == PyType.OBJECT) {
            return repr();
        }
        PyObject r = Descriptors.callBound(m, this, type);
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__str__ returned non-string (type " + r.type().name + ")");
        }
        return s;
    }

    // ---- comparison and hashing ------------------------------------------------------------

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        PyObject m = type.lookup(op.dunder);
        if (m != null && !isObjectDefault(m)) {
            return Descriptors.callBound(m, this, type, other);
        }
        if (op == CompareOp.NE) {
            PyObject eq = type.lookup("__eq__");
            if (eq != null && !isObjectDefault(eq)) {
                PyObject r = Descriptors.callBound(eq, this, type, other);
                if (r == PyNotImplemented.INSTANCE) {
                    return r;
                }
                return PyBool.of(!r.isTrue());
            }
        }
        return super.richCompare(other, op);
    }

    @Override
    public long hash() {
        PyObject m = type.lookup("__hash__");
        if (m == PyNone.NONE) {
            throw Errors.typeError("unhashable type: '" + type.name + "'");
        }
        if (m != null && !isObjectDefault(m)) {
            PyObject r = Descriptors.callBound(m, this, type);
            if (!(r instanceof PyInt i)) {
                throw Errors.typeError("__hash__ method should return an integer");
            }
            return i.hash();
        }
        return super.hash();
    }

    /** object's own method (the fallback behaviour), as opposed to one a class defines. */
    static boolean isObjectDefault(PyObject m) {
        return m instanceof PyBuiltinFunction bf && bf.owner == PyType.OBJECT;
    }

    // ---- containers -------------------------------------------------------------------------

    @Override
    public PyObject iter() {
        PyObject r = callDunder("__iter__");
        if (r != null) {
            if (r.type().lookup("__next__") == null && !(r instanceof PyIterator)) {
                throw Errors.typeError("iter() returned non-iterator of type '" + r.type().name + "'");
            }
            return r;
        }
        if (type.lookup("__getitem__") != null) {
            return new PySequenceIterator(this);
        }
        return super.iter();
    }

    @Override
    public PyObject next() {
        PyObject m = type.lookup("__next__");
        if (m == null) {
            return super.next();
        }
        try {
            return Descriptors.callBound(m, this, type);
        } catch (PyException e) {
            if (e.matches(Exceptions.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public int len() {
        PyObject r = callDunder("__len__");
        if (r == null) {
            return super.len();
        }
        long n = Ops.index(r, "__len__").longValueExact();
        if (n < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        return (int) n;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject r = callDunder("__getitem__", key);
        if (r == null) {
            return super.getItem(key);
        }
        return r;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (callDunder("__setitem__", key, value) == null) {
            super.setItem(key, value);
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (callDunder("__delitem__", key) == null) {
            super.delItem(key);
        }
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject m = type.lookup("__contains__");
        if (m != null) {
            return Descriptors.callBound(m, this, type, item).isTrue();
        }
        return super.contains(item);
    }

    // ---- arithmetic ---------------------------------------------------------------------------

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        PyObject r = callDunder(op.dunder, other);
        return r == null ? PyNotImplemented.INSTANCE : r;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        PyObject r = callDunder(op.reflected, other);
        return r == null ? PyNotImplemented.INSTANCE : r;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        PyObject r = callDunder(op.inplace, other);
        return r == null ? PyNotImplemented.INSTANCE : r;
    }

    @Override
    public PyObject negative() {
        PyObject r = callDunder("__neg__");
        return r == null ? super.negative() : r;
    }

    @Override
    public PyObject positive() {
        PyObject r = callDunder("__pos__");
        return r == null ? super.positive() : r;
    }

    @Override
    public PyObject invert() {
        PyObject r = callDunder("__invert__");
        return r == null ? super.invert() : r;
    }

    @Override
    public PyInt asIndexOrNull() {
        PyObject r = callDunder("__index__");
        return r instanceof PyInt i ? i : null;
    }
}
