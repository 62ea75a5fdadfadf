package dev.eddy.runtime;

/** The NotImplemented singleton that binary dunders return to ask for the reflected operation. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, null);
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {
    }

    static {
        // a singleton pickles as a reference to its name in builtins
        TYPE.def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            return new PyStr("NotImplemented");
        });
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return new PyStr("NotImplemented");
    }
}
