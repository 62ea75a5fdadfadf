package dev.eddy.stdlib;

import dev.eddy.builtins.Functions;
import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyMethod;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.LinkedHashMap;
import java.util.Map;

/** The functools module: partial, reduce, wraps, lru_cache, total_ordering, cmp_to_key in Java; partialmethod, singledispatch, cached_property and _unwrap_partial in functools.py beside this class. */
public final class FunctoolsModule implements ModuleProvider {
    static final String[] ASSIGNED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    @Override
    public String name() {
        return "functools";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("functools");
        m.set("partial", PyPartial.TYPE);
        PyObject[] assigned = new PyObject[ASSIGNED.length];
        for (int i = 0; i < assigned.length; i++) {
            assigned[i] = new PyStr(ASSIGNED[i]);
        }
        m.set("WRAPPER_ASSIGNMENTS", new PyTuple(assigned));
        m.set("WRAPPER_UPDATES", new PyTuple(new PyObject[] {new PyStr("__dict__")}));
        Mod.def(m, "reduce", (a, kw) -> {
            Kw.none("reduce", kw);
            Args.check("reduce", a, kw, 2, 3);
            return reduce(a[0], a[1], a.length > 2 ? a[2] : null);
        });
        PyBuiltinFunction update = Mod.def(m, "update_wrapper", (a, kw) -> {
            PyObject[] p = Args.bind("update_wrapper", a, kw, new String[] {"wrapper", "wrapped", "assigned", "updated"}, 2);
            return updateWrapper(p[0], p[1], p[2], p[3]);
        });
        Mod.def(m, "wraps", (a, kw) -> {
            PyObject[] p = Args.bind("wraps", a, kw, new String[] {"wrapped", "assigned", "updated"}, 1);
            LinkedHashMap<String, PyObject> k = new LinkedHashMap<>();
            k.put("wrapped", p[0]);
            if (p[1] != null) {
                k.put("assigned", p[1]);
            }
            if (p[2] != null) {
                k.put("updated", p[2]);
            }
            return new PyPartial(update, new PyObject[0], k);
        });
        Mod.def(m, "lru_cache", (a, kw) -> {
            PyObject[] p = Args.bind("lru_cache", a, kw, new String[] {"maxsize", "typed"}, 0);
            boolean typed = p[1] != null && p[1].isTrue();
            PyObject max = p[0] == null ? PyInt.of(128) : p[0];
            if (max != PyNone.NONE && !(max instanceof PyInt) && Functions.callable(max)) {
                return new PyLruCache(max, 128, typed);
            }
            long size;
            if (max == PyNone.NONE) {
                size = -1;
            } else if (max instanceof PyInt i) {
                size = Math.max(0, i.isBig() ? (i.signum() > 0 ? Long.MAX_VALUE : 0) : i.value);
            } else {
                throw Errors.typeError("Expected first argument to be an integer, a callable, or None");
            }
            return new PyBuiltinFunction("decorating_function", (b, kw2) -> {
                Args.check("decorating_function", b, kw2, 1, 1);
                return new PyLruCache(b[0], size, typed);
            });
        });
        Mod.def(m, "cache", (a, kw) -> {
            Args.check("cache", a, kw, 1, 1);
            return new PyLruCache(a[0], -1, false);
        });
        Mod.def(m, "cmp_to_key", (a, kw) -> {
            PyObject[] p = Args.bind("cmp_to_key", a, kw, new String[] {"mycmp"}, 1);
            PyObject cmp = p[0];
            return new PyBuiltinFunction("K", (b, kw2) -> {
                Args.check("K", b, kw2, 1, 1);
                return new PyKeyWrapper(cmp, b[0]);
            });
        });
        Mod.def(m, "total_ordering", (a, kw) -> {
            Args.check("total_ordering", a, kw, 1, 1);
            if (!(a[0] instanceof PyType cls)) {
                throw Errors.typeError("total_ordering() argument must be a class");
            }
            return totalOrdering(cls);
        });
        dev.eddy.runtime.SourceModules.execResourceOnFirstUse(FunctoolsModule.class, "functools.py", m, "partialmethod", "singledispatch", "singledispatchmethod", "cached_property", "_unwrap_partial");
        return m;
    }

    static PyObject reduce(PyObject func, PyObject iterable, PyObject initial) {
        PyObject it;
        try {
            it = iterable.iter();
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR)) {
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject acc = initial;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            acc = acc == null ? x : func.call(new PyObject[] {acc, x}, null);
        }
        if (acc == null) {
            throw Errors.typeError("reduce() of empty iterable with no initial value");
        }
        return acc;
    }

    /** functools.update_wrapper with the default attribute lists. */
    static PyObject updateWrapper(PyObject wrapper, PyObject wrapped) {
        return updateWrapper(wrapper, wrapped, null, null);
    }

    static PyObject updateWrapper(PyObject wrapper, PyObject wrapped, PyObject assigned, PyObject updated) {
        PyObject[] names = assigned == null ? null : Ops.toArray(assigned);
        int n = names == null ? ASSIGNED.length : names.length;
        for (int i = 0; i < n; i++) {
            String name = names == null ? ASSIGNED[i] : names[i].toString();
            PyObject v;
            try {
                v = wrapped.lookupAttr(name);
            } catch (PyException e) {
                if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                v = null;
            }
            if (v != null) {
                wrapper.setAttr(name, v);
            }
        }
        PyObject[] upd = updated == null ? new PyObject[] {new PyStr("__dict__")} : Ops.toArray(updated);
        for (PyObject u : upd) {
            String name = u.toString();
            PyObject src = wrapped.lookupAttr(name);
            if (src == null) {
                continue;
            }
            if (name.equals("__dict__") && src instanceof PyDict d) {
                for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                    wrapper.setAttr(e.getKey().toString(), e.getValue());
                }
            } else {
                Ops.callMethod(wrapper.getAttr(name), "update", src);
            }
        }
        wrapper.setAttr("__wrapped__", wrapped);
        return wrapper;
    }

    // ---- total_ordering ---------------------------------------------------------------------

    private static final String[] ORDER = {"__lt__", "__le__", "__gt__", "__ge__"};

    static PyType totalOrdering(PyType cls) {
        boolean[] defined = new boolean[4];
        int root = -1;
        for (int i = 0; i < 4; i++) {
            PyObject f = cls.lookup(ORDER[i]);
            defined[i] = f != null && !(f instanceof PyBuiltinFunction bf && bf.owner == PyType.OBJECT);
            if (defined[i] && root < 0) {
                root = i;
            }
        }
        if (root < 0) {
            throw Errors.valueError("must define at least one ordering operation: < > <= >=");
        }
        String rootName = ORDER[root];
        for (int i = 0; i < 4; i++) {
            if (!defined[i]) {
                String name = ORDER[i];
                PyBuiltinFunction method = new PyBuiltinFunction(name, derived(rootName, name), true, cls);
                // Instances dispatch comparison dunders only to methods written in Python, so the
                // method is reached through a property that hands out the bound method.
                PyBuiltinFunction getter = new PyBuiltinFunction(name, (a, kw) -> new PyMethod(a[0], method));
                cls.setAttr(name, new PyProperty(getter, null, null, PyNone.NONE));
            }
        }
        return cls;
    }

    /** The comparison {@code target} computed from {@code root} and ==, as CPython's functools does. */
    private static PyBuiltinFunction.Body derived(String root, String target) {
        return (a, kw) -> {
            Args.checkMethod(target, a, kw, 1, 1);
            PyObject self = a[0];
            PyObject other = a[1];
            PyObject m = self.type().lookup(root);
            PyObject r = Descriptors.callBound(m, self, self.type(), other);
            if (r == PyNotImplemented.INSTANCE) {
                return r;
            }
            boolean v = r.isTrue();
            switch (root + target) {
                case "__lt____gt__": return PyBool.of(!v && !Ops.eq(self, other));
                case "__lt____le__": return PyBool.of(v || Ops.eq(self, other));
                case "__lt____ge__": return PyBool.of(!v);
                case "__le____ge__": return PyBool.of(!v || Ops.eq(self, other));
                case "__le____lt__": return PyBool.of(v && !Ops.eq(self, other));
                case "__le____gt__": return PyBool.of(!v);
                case "__gt____lt__": return PyBool.of(!v && !Ops.eq(self, other));
                case "__gt____ge__": return PyBool.of(v || Ops.eq(self, other));
                case "__gt____le__": return PyBool.of(!v);
                case "__ge____le__": return PyBool.of(!v || Ops.eq(self, other));
                case "__ge____gt__": return PyBool.of(v && !Ops.eq(self, other));
                default: return PyBool.of(!v);
            }
        };
    }
}
