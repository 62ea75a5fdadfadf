package dev.eddy.runtime;

/** A function bound to an instance (or, for classmethods, a class). */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, (cls, a, kw) -> {
        // types.MethodType(function, instance)
        Args.check("method", a, kw, 2, 2);
        if (a[0].type().lookup("__call__") == null) {
            throw Errors.typeError("first argument must be callable");
        }
        if (a[1] == PyNone.NONE) {
            throw Errors.typeError("instance must not be None");
        }
        return new PyMethod(a[1], a[0]);
    });

    public final PyObject self;
    public final PyObject func;

    public PyMethod(PyObject self, PyObject func) {
        this.self = self;
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return func.call(Args.prepend(self, args), kwnames);
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "__self__": return self;
            case "__func__": return func;
            default: return func.lookupAttr(attr);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyMethod m && m.self == self && m.func == func;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + System.identityHashCode(func);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return PyBool.of(equals(other) == (op == CompareOp.EQ));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public long hash() {
        return hashCode();
    }

    @Override
    public PyStr repr() {
        PyObject n = func.lookupAttr("__qualname__");
        String name = n == null ? "?" : n.toString();
        if (func instanceof PyBuiltinFunction) {
            return new PyStr("<built-in method " + ((PyBuiltinFunction) func).name + " of " + self.type().name + " object>");
        }
        return new PyStr("<bound method " + name + " of " + self.repr().value + ">");
    }
}
