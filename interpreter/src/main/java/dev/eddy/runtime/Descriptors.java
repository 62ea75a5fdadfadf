package dev.eddy.runtime;

/** How a class attribute behaves when fetched through an instance (CPython's __get__). */
public final class Descriptors {
    private Descriptors() {
    }

    /** The value of class attribute {@code v} seen through {@code obj}. */
    public static PyObject bind(PyObject v, PyObject obj, PyType type) {
        if (v instanceof PyFunction) {
            return new PyMethod(obj, v);
        }
        if (v instanceof PyBuiltinFunction bf) {
            return bf.binds ? new PyMethod(obj, v) : v;
        }
        if (v instanceof PyStaticMethod sm) {
            return sm.func;
        }
        if (v instanceof PyClassMethod cm) {
            return new PyMethod(type, cm.func);
        }
        if (v instanceof PyProperty p) {
            return p.get(obj);
        }
        if (v instanceof SlotDescriptor sd) {
            return sd.get(obj);
        }
        PyType vt = v.type();
        if (vt == PyInt.TYPE || vt == PyStr.TYPE || vt == PyFloat.TYPE || vt == PyTuple.TYPE || vt == PyBool.TYPE || v == PyNone.NONE) {
            return v; // the usual class constants, which have no __get__
        }
        // a user-defined descriptor, or a Java one such as lru_cache's wrapper, binds itself
        PyObject get = vt.lookup("__get__");
        if (get != null) {
            return callBound(get, v, v.type(), obj, type);
        }
        return v;
    }

    /**
     * The value of attribute {@code v} found in the MRO of class {@code cls} and fetched
     * through the class itself (descriptor __get__ with no instance).
     */
    public static PyObject bindToClass(PyObject v, PyType cls) {
        if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyProperty || v instanceof SlotDescriptor) {
            return v;
        }
        if (v instanceof PyStaticMethod sm) {
            return sm.func;
        }
        if (v instanceof PyClassMethod cm) {
            return new PyMethod(cls, cm.func);
        }
        PyObject get = v.type().lookup("__get__");
        if (get != null) {
            return callBound(get, v, v.type(), PyNone.NONE, cls);
        }
        return v;
    }

    /** True for a data descriptor: one whose type defines __set__ or __delete__ (these win over an instance's dict). */
    public static boolean isDataDescriptor(PyObject v) {
        if (v instanceof PyProperty || v instanceof SlotDescriptor) {
            return true;
        }
        if (v instanceof PyInstance) {
            PyType t = v.type();
            return t.lookup("__set__") != null || t.lookup("__delete__") != null;
        }
        return false;
    }

    /** Assigns through data descriptor {@code d} (its __set__). */
    public static void set(PyObject d, PyObject obj, PyObject value) {
        if (d instanceof PyProperty p) {
            p.set(obj, value);
        } else if (d instanceof SlotDescriptor sd) {
            sd.set(obj, value);
        } else {
            PyObject m = d.type().lookup("__set__");
            if (m == null) {
                throw Errors.attributeError("__set__");
            }
            callBound(m, d, d.type(), obj, value);
        }
    }

    /** Deletes through data descriptor {@code d} (its __delete__). */
    public static void delete(PyObject d, PyObject obj) {
        if (d instanceof PyProperty p) {
            p.delete(obj);
        } else if (d instanceof SlotDescriptor sd) {
            sd.delete(obj);
        } else {
            PyObject m = d.type().lookup("__delete__");
            if (m == null) {
                throw Errors.attributeError("__delete__");
            }
            callBound(m, d, d.type(), obj);
        }
    }

    /** Calls class attribute {@code m} as a method of {@code self} without making a bound method. */
    public static PyObject callBound(PyObject m, PyObject self, PyType type, PyObject... args) {
        if (m instanceof PyFunction || m instanceof PyBuiltinFunction bf && bf.binds) {
            return m.call(Args.prepend(self, args), null);
        }
        return bind(m, self, type).call(args, null);
    }

    /** True when calling {@code m} found on a type should get the instance as first argument. */
    public static boolean isMethodLike(PyObject m) {
        return m instanceof PyFunction || m instanceof PyBuiltinFunction bf && bf.binds;
    }
}
