package dev.eddy.stdlib;

import dev.eddy.builtins.Functions;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.DictMethods;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyDict;
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
        TYPE.def("copy", (a, kw) -> ((PyDefaultDict) a[0]).copy());
        TYPE.def("__copy__", (a, kw) -> ((PyDefaultDict) a[0]).copy());
    }

    private final PyType type;
    public PyObject defaultFactory;

    public PyDefaultDict(PyType type, PyObject defaultFactory) {
        this.type = type;
        this.defaultFactory = defaultFactory;
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        int npos = kw == null ? a.length : a.length - kw.length;
        PyObject factory = npos > 0 ? a[0] : PyNone.NONE;
        if (factory != PyNone.NONE && !Functions.callable(factory)) {
            throw Errors.typeError("first argument must be callable or None");
        }
        PyDefaultDict d = new PyDefaultDict(cls, factory);
        if (npos > 2) {
            throw Errors.typeError("dict expected at most 1 argument, got " + (npos - 1));
        }
        if (npos == 2) {
            DictMethods.update(d, a[1]);
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                d.put(new PyStr(kw[i]), a[npos + i]);
            }
        }
        return d;
    }

    private PyDefaultDict copy() {
        PyDefaultDict d = new PyDefaultDict(type, defaultFactory);
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
    public PyObject lookupAttr(String name) {
        if (name.equals("default_factory")) {
            return defaultFactory;
        }
        return super.lookupAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (name.equals("default_factory")) {
            defaultFactory = value;
            return;
        }
        super.setAttr(name, value);
    }

    @Override
    public PyStr repr() {
        String f;
        if (!ReprGuard.enter(this)) {
            return new PyStr("...");
        }
        try {
            f = defaultFactory.repr().value;
        } finally {
            ReprGuard.exit(this);
        }
        return new PyStr(type.name + "(" + f + ", " + super.repr().value + ")");
    }
}
