package dev.eddy.runtime;

/** The None singleton. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, (cls, a, kw) -> {
        Args.check("NoneType", a, kw, 0, 0);
        return PyNone.NONE;
    });
    public static final PyNone NONE = new PyNone();
    private static final PyStr REPR = new PyStr("None");

    private PyNone() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return false;
    }

    @Override
    public PyStr repr() {
        return REPR;
    }

    @Override
    public long hash() {
        return 0xFCA86420L;
    }
}
