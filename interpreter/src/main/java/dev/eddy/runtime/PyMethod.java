package dev.eddy.runtime;

/**
 * A function bound to an instance (or, for classmethods, a class). A builtin function bound
 * to its object (``[].append``) is one too, and reports CPython's type for it,
 * builtin_function_or_method.
 */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, PyMethod::construct).notAcceptableBase();
    /** The type of a builtin dunder bound to an instance ({@code object().__str__}), CPython's method-wrapper. */
    public static final PyType WRAPPER_TYPE = PyType.builtin("method-wrapper", PyType.OBJECT, null);

    /** types.MethodType(function, instance): binds a callable to an object. */
    private static PyObject construct(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("method() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("method expected 2 arguments, got " + args.length);
        }
        PyObject func = args[0];
        boolean callable = func instanceof PyFunction || func instanceof PyBuiltinFunction || func instanceof PyMethod
                || func instanceof PyType || func.type().lookup("__call__") != null;
        if (!callable) {
            throw Errors.typeError("first argument must be callable");
        }
        if (args[1] == PyNone.NONE) {
            throw Errors.typeError("instance must not be None");
        }
        return new PyMethod(args[1], func);
    }

    static {
        // a bound method pickles as getattr(its object, its name)
        for (PyType t : new PyType[] {TYPE, WRAPPER_TYPE}) {
            t.def("__reduce__", (a, kw) -> {
                Args.checkMethod("__reduce__", a, kw, 0, 0);
                return ((PyMethod) a[0]).reduce();
            });
        }
    }

    /** (getattr, (self, name)). */
    PyObject reduce() {
        return PyTuple.of(Reduce.builtin("getattr"), PyTuple.of(self, func.getAttr("__name__")));
    }

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
            case "__reduce__":
            case "__reduce_ex__":
                // the method object's own reduction, not its function's
                return Descriptors.bind(type().lookup(attr), this, type());
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
