package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ListMethods;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ReprGuard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** collections.Counter: a dict of counts, missing keys counting 0. */
public final class PyCounter extends PyDict {
    public static final PyType TYPE = Mod.type("collections", "Counter", PyDict.TYPE, PyCounter::construct);
    private static final PyInt ZERO = PyInt.of(0);
    private static final PyBuiltinFunction SECOND = new PyBuiltinFunction("count", (a, kw) -> ((PyTuple) a[0]).items[1]);

    private final PyType type;

    public PyCounter(PyType type) {
        this.type = type;
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyCounter c = new PyCounter(cls);
        c.update(a, kw, 0, false);
        return c;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    protected PyObject missing(PyObject key) {
        return ZERO;
    }

    private PyObject count(PyObject key) {
        PyObject v = map.get(key);
        return v == null ? ZERO : v;
    }

    /** update() and subtract(): a mapping's counts or an iterable's elements, then keywords. */
    private void update(PyObject[] a, String[] kw, int first, boolean subtract) {
        int npos = kw == null ? a.length : a.length - kw.length;
        if (npos - first > 1) {
            throw Errors.typeError("expected at most 1 arguments, got " + (npos - first));
        }
        BinaryOp op = subtract ? BinaryOp.SUB : BinaryOp.ADD;
        if (npos > first && a[first] != PyNone.NONE) {
            PyObject src = a[first];
            if (src instanceof PyDict d) {
                for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(d.map.entrySet())) {
                    setItem(e.getKey(), Ops.binary(op, count(e.getKey()), e.getValue()));
                }
            } else {
                PyObject it = src.iter();
                PyInt one = PyInt.of(1);
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    setItem(x, Ops.binary(op, count(x), one));
                }
            }
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                PyStr k = new PyStr(kw[i]);
                setItem(k, Ops.binary(op, count(k), a[npos + i]));
            }
        }
    }

    /** (element, count) pairs by descending count, ties in insertion order. */
    PyList mostCommon() {
        PyObject[] items = new PyObject[map.size()];
        int i = 0;
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            items[i++] = new PyTuple(new PyObject[] {e.getKey(), e.getValue()});
        }
        PyList l = new PyList(items);
        ListMethods.sort(l, SECOND, true);
        return l;
    }

    private static boolean positive(PyObject v) {
        return Ops.compareBool(v, ZERO, CompareOp.GT);
    }

    private PyCounter combine(PyCounter other, BinaryOp op) {
        PyCounter r = new PyCounter(TYPE);
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            PyObject c = e.getValue();
            PyObject o = other.count(e.getKey());
            PyObject n;
            switch (op) {
                case ADD: n = Ops.binary(BinaryOp.ADD, c, o); break;
                case SUB: n = Ops.binary(BinaryOp.SUB, c, o); break;
                case OR: n = Ops.compareBool(c, o, CompareOp.LT) ? o : c; break;
                default: n = Ops.compareBool(c, o, CompareOp.LT) ? c : o; break;
            }
            if (positive(n)) {
                r.map.put(e.getKey(), n);
            }
        }
        if (op != BinaryOp.AND) {
            for (Map.Entry<PyObject, PyObject> e : other.map.entrySet()) {
                if (!map.containsKey(e.getKey())) {
                    PyObject c = e.getValue();
                    if (op == BinaryOp.SUB) {
                        if (Ops.compareBool(c, ZERO, CompareOp.LT)) {
                            r.map.put(e.getKey(), Ops.binary(BinaryOp.SUB, ZERO, c));
                        }
                    } else if (positive(c)) {
                        r.map.put(e.getKey(), c);
                    }
                }
            }
        }
        return r;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (other instanceof PyCounter c && (op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.OR || op == BinaryOp.AND)) {
            return combine(c, op);
        }
        return op == BinaryOp.OR ? super.binaryOp(op, other) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (other instanceof PyCounter c && (op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.OR || op == BinaryOp.AND)) {
            PyCounter r = combine(c, op);
            map.clear();
            map.putAll(r.map);
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject positive() {
        PyCounter r = new PyCounter(TYPE);
        map.forEach((k, v) -> {
            if (positive(v)) {
                r.map.put(k, v);
            }
        });
        return r;
    }

    @Override
    public PyObject negative() {
        PyCounter r = new PyCounter(TYPE);
        map.forEach((k, v) -> {
            if (Ops.compareBool(v, ZERO, CompareOp.LT)) {
                r.map.put(k, Ops.binary(BinaryOp.SUB, ZERO, v));
            }
        });
        return r;
    }

    @Override
    public void delItem(PyObject key) {
        map.remove(key);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyCounter o && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean eq = true;
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                eq &= Ops.eq(e.getValue(), o.count(e.getKey()));
            }
            for (Map.Entry<PyObject, PyObject> e : o.map.entrySet()) {
                eq &= Ops.eq(e.getValue(), count(e.getKey()));
            }
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return super.richCompare(other, op);
    }

    @Override
    public PyStr repr() {
        if (map.isEmpty()) {
            return new PyStr(type.name + "()");
        }
        if (!ReprGuard.enter(this)) {
            return new PyStr("...");
        }
        try {
            PyList items;
            try {
                items = mostCommon();
            } catch (PyException e) {
                return new PyStr(type.name + "(" + super.repr().value + ")");
            }
            StringBuilder sb = new StringBuilder(type.name).append("({");
            for (int i = 0; i < items.size; i++) {
                PyObject[] kv = ((PyTuple) items.items[i]).items;
                sb.append(i > 0 ? ", " : "").append(kv[0].repr().value).append(": ").append(kv[1].repr().value);
            }
            return new PyStr(sb.append("})").toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    private static PyCounter self(PyObject[] a) {
        return (PyCounter) a[0];
    }

    static {
        TYPE.def("__missing__", (a, kw) -> ZERO);
        TYPE.def("update", (a, kw) -> {
            self(a).update(a, kw, 1, false);
            return PyNone.NONE;
        });
        TYPE.def("subtract", (a, kw) -> {
            self(a).update(a, kw, 1, true);
            return PyNone.NONE;
        });
        TYPE.def("most_common", (a, kw) -> {
            PyObject[] p = Args.bind("most_common", a, kw, new String[] {"self", "n"}, 1);
            PyList all = self(a).mostCommon();
            if (p[1] == null || p[1] == PyNone.NONE) {
                return all;
            }
            long n = Math.max(0, Math.min(Ops.index(p[1], null).longValueExact(), all.size));
            return new PyList(java.util.Arrays.copyOf(all.items, (int) n));
        });
        TYPE.def("elements", (a, kw) -> {
            List<PyObject> out = new ArrayList<>();
            for (Map.Entry<PyObject, PyObject> e : self(a).map.entrySet()) {
                long n = Ops.index(e.getValue(), null).longValueExact();
                for (long i = 0; i < n; i++) {
                    out.add(e.getKey());
                }
            }
            return new PyList(out.toArray(new PyObject[0])).iter();
        });
        TYPE.def("total", (a, kw) -> {
            PyObject t = ZERO;
            for (PyObject v : self(a).map.values()) {
                t = Ops.binary(BinaryOp.ADD, t, v);
            }
            return t;
        });
        TYPE.def("copy", (a, kw) -> {
            PyCounter c = new PyCounter(self(a).type);
            c.map.putAll(self(a).map);
            return c;
        });
        TYPE.def("__copy__", (a, kw) -> {
            PyCounter c = new PyCounter(self(a).type);
            c.map.putAll(self(a).map);
            return c;
        });
        TYPE.defClassMethod("fromkeys", (a, kw) -> {
            throw Errors.notImplemented("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
        });
    }
}
