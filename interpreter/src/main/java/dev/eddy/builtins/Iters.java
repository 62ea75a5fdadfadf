package dev.eddy.builtins;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/** Helpers for the Java-implemented iterator types: their __iter__ and __next__. */
public final class Iters {
    private Iters() {
    }

    /** Gives an iterator type __iter__ (self) and __next__ (next() or StopIteration). */
    public static void install(PyType t) {
        t.def("__iter__", (a, kw) -> a[0]);
        t.def("__next__", (a, kw) -> {
            PyObject r = a[0].next();
            if (r == null) {
                throw Errors.stopIteration(null);
            }
            return r;
        });
    }

    /** A new builtin iterator type with __iter__ and __next__. */
    public static PyType type(String name, PyType.Constructor constructor) {
        PyType t = PyType.builtin(name, PyType.OBJECT, constructor);
        install(t);
        return t;
    }

    /** The same, in a module other than builtins (e.g. itertools). */
    public static PyType type(String module, String name, PyType.Constructor constructor) {
        PyType t = type(name, constructor);
        t.module = module;
        return t;
    }
}
