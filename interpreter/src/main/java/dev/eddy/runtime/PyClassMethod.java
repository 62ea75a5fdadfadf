package dev.eddy.runtime;

/** classmethod(f): fetched through a class or instance, it binds to the class. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, (cls, a, kw) -> {
        Args.check("classmethod", a, kw, 1, 1);
        return new PyClassMethod(a[0]);
    });
    public final PyObject func;

    public PyClassMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("__func__")) {
            return func;
        }
        return func.lookupAttr(name);
    }
}
