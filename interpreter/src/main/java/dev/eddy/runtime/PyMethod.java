package dev.eddy.runtime;

/** A function bound to an instance (or, for classmethods, a class). */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, null);
    /** The type of a builtin dunder bound to an instance ({@code object().__str__}), CPython's method-wrapper. */
    public static final PyType WRAPPER_TYPE = PyType.builtin("method-wrapper", PyType.OBJECT, null);

    public final PyObject self;
    public final PyObject func;

    public PyMethod(PyObject self, PyObject func) {
        this.self = self;
        this.func = func;
    }

    /** A Python function bound is a method; a bound builtin is a method-wrapper (dunders) or a builtin method, as in CPython. */
    @Override
    public PyType type() {
        if (func instanceof PyBuiltinFunction bf) {
            return bf.name.startsWith("__") && bf.name.endsWith("__") && self != null && !(self instanceof PyType)
                    ? WRAPPER_TYPE : PyBuiltinFunction.TYPE;
        }
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
