package dev.eddy.runtime;

/** A function implemented in Java: a builtin, a module function or a method of a builtin type. */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT, null).notAcceptableBase();

    /** The Java body; for methods args[0] is self. Keyword values follow positionals, named by kwnames. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    static {
        // a module function pickles as its name (found again in its module); a method as getattr(owner or self, name)
        TYPE.def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            if (a[0] instanceof PyMethod m) {
                return m.reduce();
            }
            PyBuiltinFunction f = (PyBuiltinFunction) a[0];
            if (f.owner == null) {
                return new PyStr(f.name);
            }
            return PyTuple.of(Reduce.builtin("getattr"), PyTuple.of(f.owner, new PyStr(f.name)));
        });
    }

    public final String name;
    public final Body body;
    /** True for methods of builtin types: fetched through an instance they bind to it. */
    public final boolean binds;
    /** The type a method belongs to, or null. */
    public final PyType owner;
    /** The name of the Java module a module function belongs to (null: builtins). */
    public volatile String module;
    /** __self__: the module of a module function, the type of a __new__; null when not known. */
    private volatile PyObject self;

    /** Sets __self__; returns this. */
    public PyBuiltinFunction withSelf(PyObject self) {
        this.self = self;
        return this;
    }

    public PyBuiltinFunction(String name, Body body, boolean binds, PyType owner) {
        this.name = name;
        this.body = body;
        this.binds = binds;
        this.owner = owner;
    }

    public PyBuiltinFunction(String name, Body body) {
        this(name, body, false, null);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "__name__":
            case "__qualname__":
                return new PyStr(owner != null ? (attr.equals("__name__") ? name : owner.qualname + "." + name) : name);
            case "__doc__":
                return PyNone.NONE;
            case "__module__":
                return owner == null ? new PyStr(module == null ? "builtins" : module) : PyNone.NONE;
            case "__self__":
                return self != null ? self : super.lookupAttr(attr);
            default:
                return super.lookupAttr(attr);
        }
    }

    @Override
    public PyStr repr() {
        if (owner != null) {
            return new PyStr("<method '" + name + "' of '" + owner.name + "' objects>");
        }
        return new PyStr("<built-in function " + name + ">");
    }
}
