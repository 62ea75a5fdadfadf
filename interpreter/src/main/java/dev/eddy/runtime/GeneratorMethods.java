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
            PyObject typ = a[1];
            PyBaseException e;
            if (typ instanceof PyType ty) {
                if (a.length > 2 && a[2] instanceof PyBaseException given) {
                    e = given;
                } else if (a.length > 2 && a[2] != PyNone.NONE) {
                    e = Exceptions.fromRaised(ty.call(a[2]));
                } else {
                    e = Exceptions.fromRaised(ty);
                }
            } else if (typ instanceof PyBaseException be) {
                e = be;
            } else {
                throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not " + typ.type().name);
            }
            return ((PyGenerator) a[0]).throwException(e);
        });
        t.def("close", (a, kw) -> ((PyGenerator) a[0]).close());
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
}
