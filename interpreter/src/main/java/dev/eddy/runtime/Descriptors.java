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
        if (v instanceof PyInstance) {
            // a user-defined descriptor (or a builtin wrapper such as lru_cache's) binds itself
            PyObject get = v.type().lookup("__get__");
            if (get != null) {
                return callBound(get, v, v.type(), obj, type);
            }
        }
        return v;
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
