package dev.eddy.runtime;

/** send, throw, close and friends on generator and coroutine objects. */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    static void install(PyType t) {
        t.def("send", (a, kw) -> {
            Args.checkMethod("send", a, kw, 1, 1);
            return ((PyGenerator) a[0]).send(a[1]);
        });
        t.def("throw", (a, kw) -> {
            Args.checkMethod("throw", a, kw, 1, 3);
            return ((PyGenerator) a[0]).throwException(thrown(a));
        });
        t.def("close", (a, kw) -> ((PyGenerator) a[0]).close());
        if (t == PyGenerator.COROUTINE_TYPE) {
            // coroutines are awaitable, not iterators
            return;
        }
        t.def("__next__", (a, kw) -> {
            PyGenerator g = (PyGenerator) a[0];
            PyObject r = g.resume(PyNone.NONE, null);
            if (r == null) {
                throw Errors.stopIteration(g.returnValue);
            }
            return r;
        });
        t.def("__iter__", (a, kw) -> a[0]);
    }

    /** The exception throw(typ[, val[, tb]]) raises at the suspension point. */
    static PyBaseException thrown(PyObject[] a) {
        PyObject typ = a[1];
        if (typ instanceof PyType ty) {
            if (a.length > 2 && a[2] instanceof PyBaseException given) {
                return given;
            }
            if (a.length > 2 && a[2] != PyNone.NONE) {
                return Exceptions.fromRaised(ty.call(a[2]));
            }
            return Exceptions.fromRaised(ty);
        }
        if (typ instanceof PyBaseException be) {
            return be;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not " + typ.type().name);
    }
}
