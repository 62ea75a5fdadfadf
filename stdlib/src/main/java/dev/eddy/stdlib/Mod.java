package dev.eddy.stdlib;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** Small helpers for building Java-implemented modules. */
final class Mod {
    private Mod() {
    }

    static PyBuiltinFunction def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.module = m.name;
        f.withSelf(m);
        m.set(name, f);
        return f;
    }

    /** A builtin type living in {@code module}. */
    static PyType type(String module, String name, PyType base, PyType.Constructor ctor) {
        PyType t = PyType.builtin(name, base == null ? PyType.OBJECT : base, ctor);
        t.module = module;
        return t;
    }

    static String str(PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(what + " must be str, not " + o.type().name);
    }
}
