package dev.eddy.runtime;

/** The NotImplemented singleton that binary dunders return to ask for the reflected operation. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, null);
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {
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
