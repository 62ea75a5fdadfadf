package dev.eddy.stdlib;

import dev.eddy.builtins.Functions;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.DictMethods;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ReprGuard;

/** collections.defaultdict: a dict that fills in missing keys from default_factory. */
public final class PyDefaultDict extends PyDict {
    public static final PyType TYPE = Mod.type("collections", "defaultdict", PyDict.TYPE, PyDefaultDict::construct);

    static {
        TYPE.def("__missing__", (a, kw) -> {
            Args.checkMethod("__missing__", a, kw, 1, 1);
            return ((PyDefaultDict) a[0]).missing(a[1]);
        });
        TYPE.def("__init__", (a, kw) -> {
            ((PyDefaultDict) a[0]).init(java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        TYPE.def("__repr__", (a, kw) -> ((PyDefaultDict) a[0]).ownRepr());
        TYPE.def("copy", (a, kw) -> ((PyDefaultDict) a[0]).copy());
        // a data descriptor, so instances of user subclasses read and write it too
        TYPE.dict.put("default_factory", new PyProperty(
                new PyBuiltinFunction("default_factory", (a, kw) -> ((PyDefaultDict) a[0]).defaultFactory),
                new PyBuiltinFunction("default_factory", (a, kw) -> {
                    ((PyDefaultDict) a[0]).defaultFactory = a[1];
                    return PyNone.NONE;
                }), null, null));
        TYPE.def("__copy__", (a, kw) -> ((PyDefaultDict) a[0]).copy());
        // pickle and copy: (type, (default_factory,) or (), None, None, iter(items))
        TYPE.def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            PyObject factory = ((PyDefaultDict) a[0]).defaultFactory;
            PyTuple args = factory == PyNone.NONE ? new PyTuple(new PyObject[0]) : PyTuple.of(factory);
            return PyTuple.of(a[0].type(), args, PyNone.NONE, PyNone.NONE, a[0].getAttr("items").call().iter());
        });
    }

    private final PyType type;
    public PyObject defaultFactory;

    public PyDefaultDict(PyType type, PyObject defaultFactory) {
        this.type = type;
        this.defaultFactory = defaultFactory;
    }

    /** defaultdict(...); a user subclass gets an empty one that its __init__ (or defaultdict's) fills. */
    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyDefaultDict d = new PyDefaultDict(cls, PyNone.NONE);
        if (cls != TYPE) {
            d.adopt(cls);
            return d;
        }
        d.init(a, kw);
        return d;
    }

    /** defaultdict.__init__(default_factory=None, /, ...): the rest goes to dict's update. */
    private void init(PyObject[] a, String[] kw) {
        int npos = kw == null ? a.length : a.length - kw.length;
        PyObject factory = npos > 0 ? a[0] : PyNone.NONE;
        if (factory != PyNone.NONE && !Functions.callable(factory)) {
            throw Errors.typeError("first argument must be callable or None");
        }
        defaultFactory = factory;
        if (npos > 2) {
            throw Errors.typeError("dict expected at most 1 argument, got " + (npos - 1));
        }
        if (npos == 2) {
            DictMethods.update(this, a[1]);
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                put(new PyStr(kw[i]), a[npos + i]);
            }
        }
    }

    private PyDefaultDict copy() {
        PyDefaultDict d = new PyDefaultDict(type, defaultFactory);
        if (type != TYPE) {
            d.adopt(type);
        }
        d.map.putAll(map);
        return d;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    protected PyObject missing(PyObject key) {
        if (defaultFactory == PyNone.NONE) {
            throw Errors.keyError(key);
        }
        PyObject v = defaultFactory.call(Args.EMPTY, null);
        setItem(key, v);
        return v;
    }

    @Override
    public PyStr repr() {
        PyObject o = heapOverride("__repr__");
        return o != null ? (PyStr) o.call(this) : ownRepr();
    }

    /** defaultdict's own repr, whatever a subclass overrides. */
    @Override
    public PyStr ownRepr() {
        String f;
        if (!ReprGuard.enter(this)) {
            return new PyStr("...");
        }
        try {
            f = defaultFactory.repr().value;
        } finally {
            ReprGuard.exit(this);
        }
        return new PyStr(type.name + "(" + f + ", " + super.ownRepr().value + ")");
    }
}
