package dev.eddy.runtime;

/** The Ellipsis singleton (...). */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyType.OBJECT, null);
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {
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
