package dev.eddy.runtime;

/** The Ellipsis singleton (...). */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyType.OBJECT, null);
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {
    }

    static {
        // a singleton pickles as a reference to its name in builtins
        TYPE.def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            return new PyStr("Ellipsis");
        });
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return new PyStr("Ellipsis");
    }
}
