package dev.eddy.runtime;

/** staticmethod(f): fetched through a class or instance, it is plain f. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, (cls, a, kw) -> {
        Args.check("staticmethod", a, kw, 1, 1);
        return new PyStaticMethod(a[0]);
    });
    public final PyObject func;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return func.call(args, kwnames);
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("__func__")) {
            return func;
        }
        return func.lookupAttr(name);
    }
}
