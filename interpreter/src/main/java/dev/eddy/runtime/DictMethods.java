package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;

/** dict(): construction, the methods of dict and its keys/values/items views. */
public final class DictMethods {
    private DictMethods() {
    }

    static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyDict d = new PyDict();
        if (cls != PyDict.TYPE) {
            d.heap = new HeapState(cls);
            return d;
        }
        int npos = Args.positional(a, kw);
        if (npos > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            update(d, a[0]);
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                d.put(new PyStr(kw[i]), a[npos + i]);
            }
        }
        return d;
    }

    /** d.update(other) for a mapping (anything with keys()) or an iterable of pairs. */
    public static void update(PyDict d, PyObject other) {
        if (other instanceof PyDict o) {
            d.map.putAll(o.map);
            return;
        }
        PyObject keys = other.lookupAttr("keys");
        if (keys != null) {
            PyObject it = keys.call().iter();
            for (PyObject k = it.next(); k != null; k = it.next()) {
                d.setItem(k, other.getItem(k));
            }
            return;
        }
        PyObject it = other.iter();
        int i = 0;
        for (PyObject item = it.next(); item != null; item = it.next(), i++) {
            PyObject[] kv;
            if (item instanceof PyTuple t) {
                kv = t.items;
            } else {
                try {
                    kv = Ops.toArray(item);
                } catch (PyException e) {
                    if (e.matches(Exceptions.TYPE_ERROR)) {
                        throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    throw e;
                }
            }
            if (kv.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            }
            d.setItem(kv[0], kv[1]);
        }
    }

    static void install(PyType t) {
        t.dict.put("__hash__", PyNone.NONE); // unhashable, as CPython spells it
        t.def("__init__", (a, kw) -> {
            PyDict self = (PyDict) a[0];
            int npos = Args.positional(a, kw);
            if (npos > 2) {
                throw Errors.typeError("dict expected at most 1 argument, got " + (npos - 1));
            }
            if (npos == 2) {
                update(self, a[1]);
            }
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    self.put(new PyStr(kw[i]), a[npos + i]);
                }
            }
            return PyNone.NONE;
        });
        t.def("keys", (a, kw) -> {
            TypeMethods.check("dict.keys", a, kw, 0, 0);
            return new View(self(a), View.KEYS);
        });
        t.def("values", (a, kw) -> {
            TypeMethods.check("dict.values", a, kw, 0, 0);
            return new View(self(a), View.VALUES);
        });
        t.def("items", (a, kw) -> {
            TypeMethods.check("dict.items", a, kw, 0, 0);
            return new View(self(a), View.ITEMS);
        });
        t.def("get", (a, kw) -> {
            if (kw != null || a.length < 2 || a.length > 3) {
                TypeMethods.check("dict.get", a, kw, 1, 2);
            }
            PyObject v = self(a).map.get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        t.def("setdefault", (a, kw) -> {
            TypeMethods.check("dict.setdefault", a, kw, 1, 2);
            PyDict d = self(a);
            PyObject v = d.map.get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : PyNone.NONE;
                d.map.put(a[1], v);
            }
            return v;
        });
        t.def("pop", (a, kw) -> {
            TypeMethods.check("dict.pop", a, kw, 1, 2);
            PyObject v = self(a).map.remove(a[1]);
            if (v != null) {
                return v;
            }
            if (a.length > 2) {
                return a[2];
            }
            throw Errors.keyError(a[1]);
        });
        t.def("popitem", (a, kw) -> {
            TypeMethods.check("dict.popitem", a, kw, 0, 0);
            PyDict d = self(a);
            if (d.map.isEmpty()) {
                throw Errors.keyError(new PyStr("popitem(): dictionary is empty"));
            }
            // LIFO: the last entry (LinkedHashMap has no cheaper way to reach it on Java 17)
            Map.Entry<PyObject, PyObject> last = null;
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                last = e;
            }
            d.map.remove(last.getKey());
            return PyTuple.of(last.getKey(), last.getValue());
        });
        t.def("update", (a, kw) -> {
            int npos = Args.positional(a, kw) - 1;
            if (npos > 1) {
                throw Errors.typeError("update expected at most 1 argument, got " + npos);
            }
            PyDict d = self(a);
            if (npos == 1) {
                update(d, a[1]);
            }
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    d.map.put(new PyStr(kw[i]), a[npos + 1 + i]);
                }
            }
            return PyNone.NONE;
        });
        t.def("clear", (a, kw) -> {
            TypeMethods.check("dict.clear", a, kw, 0, 0);
            self(a).map.clear();
            return PyNone.NONE;
        });
        t.def("copy", (a, kw) -> {
            TypeMethods.check("dict.copy", a, kw, 0, 0);
            PyDict d = self(a);
            PyDict c = new PyDict(Math.max(16, d.map.size() * 4 / 3 + 1));
            c.map.putAll(d.map);
            return c;
        });
        t.defClassMethod("fromkeys", (a, kw) -> {
            TypeMethods.check("dict.fromkeys", a, kw, 1, 2);
            PyObject value = a.length > 2 ? a[2] : PyNone.NONE;
            PyObject d = a[0] == PyDict.TYPE ? new PyDict() : a[0].call();
            PyObject it = a[1].iter();
            for (PyObject k = it.next(); k != null; k = it.next()) {
                if (d instanceof PyDict pd && pd.getClass() == PyDict.class) {
                    pd.setItem(k, value);
                } else {
                    d.setItem(k, value);
                }
            }
            return d;
        });
        t.def("__contains__", (a, kw) -> {
            TypeMethods.check("dict.__contains__", a, kw, 1, 1);
            return PyBool.of(self(a).map.containsKey(a[1]));
        });
        t.def("__getitem__", (a, kw) -> {
            TypeMethods.check("dict.__getitem__", a, kw, 1, 1);
            return self(a).rawGetItem(a[1]);
        });
        t.def("__setitem__", (a, kw) -> {
            TypeMethods.check("dict.__setitem__", a, kw, 2, 2);
            self(a).rawSetItem(a[1], a[2]);
            return PyNone.NONE;
        });
        t.def("__delitem__", (a, kw) -> {
            TypeMethods.check("dict.__delitem__", a, kw, 1, 1);
            self(a).delItem(a[1]);
            return PyNone.NONE;
        });
        t.def("__len__", (a, kw) -> PyInt.of(self(a).map.size()));
        t.def("__repr__", (a, kw) -> self(a).ownRepr());
        t.def("__iter__", (a, kw) -> self(a).iter());
        t.def("__reversed__", (a, kw) -> reversed(self(a), View.KEYS));
        for (PyType vt : new PyType[] {View.KEYS_TYPE, View.VALUES_TYPE, View.ITEMS_TYPE}) {
            vt.def("__len__", (a, kw) -> PyInt.of(a[0].len()));
            vt.def("__iter__", (a, kw) -> a[0].iter());
            vt.def("__contains__", (a, kw) -> {
                TypeMethods.check(vt.name + ".__contains__", a, kw, 1, 1);
                return PyBool.of(a[0].contains(a[1]));
            });
            vt.def("__reversed__", (a, kw) -> reversed(((View) a[0]).dict, ((View) a[0]).kind));
            if (vt != View.VALUES_TYPE) {
                vt.def("isdisjoint", (a, kw) -> {
                    TypeMethods.check(vt.name + ".isdisjoint", a, kw, 1, 1);
                    PyObject it = a[1].iter();
                    for (PyObject x = it.next(); x != null; x = it.next()) {
                        if (a[0].contains(x)) {
                            return PyBool.FALSE;
                        }
                    }
                    return PyBool.TRUE;
                });
            }
        }
    }

    private static PyDict self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyDict d)) {
            throw Errors.typeError("descriptor requires a 'dict' object but received a '" + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return d;
    }

    /** reversed() of a dict or view: a snapshot of the entries walked backwards. */
    private static PyObject reversed(PyDict d, int kind) {
        ArrayList<PyObject> out = new ArrayList<>(d.map.size());
        for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
            out.add(kind == View.KEYS ? e.getKey() : kind == View.VALUES ? e.getValue() : PyTuple.of(e.getKey(), e.getValue()));
        }
        int size = d.map.size();
        return new PyIterator() {
            int i = out.size() - 1;

            @Override
            public PyObject next() {
                if (d.map.size() != size) {
                    throw Errors.runtimeError("dictionary changed size during iteration");
                }
                return i >= 0 ? out.get(i--) : null;
            }
        };
    }

    /** dict_keys, dict_values and dict_items: live views; keys and items are set-like. */
    public static final class View extends PyObject {
        public static final PyType KEYS_TYPE = PyType.builtin("dict_keys", PyType.OBJECT, null);
        public static final PyType VALUES_TYPE = PyType.builtin("dict_values", PyType.OBJECT, null);
        public static final PyType ITEMS_TYPE = PyType.builtin("dict_items", PyType.OBJECT, null);
        static final int KEYS = PyDict.DictIterator.KEYS;
        static final int VALUES = PyDict.DictIterator.VALUES;
        static final int ITEMS = PyDict.DictIterator.ITEMS;

        public final PyDict dict;
        public final int kind;

        public View(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE;
        }

        @Override
        public int len() {
            return dict.map.size();
        }

        @Override
        public boolean isTrue() {
            return !dict.map.isEmpty();
        }

        @Override
        public PyObject iter() {
            return new PyDict.DictIterator(dict, kind);
        }

        @Override
        public boolean contains(PyObject item) {
            switch (kind) {
                case KEYS:
                    return dict.map.containsKey(item);
                case ITEMS: {
                    if (!(item instanceof PyTuple t) || t.items.length != 2) {
                        return false;
                    }
                    PyObject v = dict.map.get(t.items[0]);
                    return v != null && (v == t.items[1] || Ops.eq(v, t.items[1]));
                }
                default:
                    for (PyObject v : dict.map.values()) {
                        if (v == item || Ops.eq(v, item)) {
                            return true;
                        }
                    }
                    return false;
            }
        }

        @Override
        public long hash() {
            throw Errors.typeError("unhashable type: '" + type().name + "'");
        }

        @Override
        public PyStr repr() {
            if (!ReprGuard.enter(this)) {
                return new PyStr("...");
            }
            try {
                StringBuilder sb = new StringBuilder(type().name).append("([");
                PyObject it = iter();
                boolean first = true;
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(x.repr().value);
                }
                return new PyStr(sb.append("])").toString());
            } finally {
                ReprGuard.exit(this);
            }
        }

        /** The view as a new set, for the set operators. */
        private PySet toSet() {
            PySet s = new PySet(false);
            s.addAll(this);
            return s;
        }

        private static boolean setLike(PyObject o) {
            return o instanceof PySet || o instanceof View v && v.kind != VALUES;
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            if (kind == VALUES || !setLike(other)) {
                return PyNotImplemented.INSTANCE;
            }
            int n = len();
            int m = other.len();
            switch (op) {
                case EQ: return PyBool.of(n == m && allIn(this, other));
                case NE: return PyBool.of(!(n == m && allIn(this, other)));
                case LT: return PyBool.of(n < m && allIn(this, other));
                case LE: return PyBool.of(n <= m && allIn(this, other));
                case GT: return PyBool.of(n > m && allIn(other, this));
                default: return PyBool.of(n >= m && allIn(other, this));
            }
        }

        private static boolean allIn(PyObject a, PyObject b) {
            PyObject it = a.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (!b.contains(x)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other) {
            if (kind == VALUES || !isSetOp(op)) {
                return PyNotImplemented.INSTANCE;
            }
            return setOp(op, toSet(), other);
        }

        @Override
        public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
            if (kind == VALUES || !isSetOp(op)) {
                return PyNotImplemented.INSTANCE;
            }
            PySet left = new PySet(false);
            left.addAll(other);
            return setOp(op, left, this);
        }

        private static boolean isSetOp(BinaryOp op) {
            return op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.SUB || op == BinaryOp.XOR;
        }

        /** left op other, where left is a fresh set it may change and other any iterable. */
        private static PyObject setOp(BinaryOp op, PySet left, PyObject other) {
            PySet right;
            if (other instanceof PySet s) {
                right = s;
            } else {
                right = new PySet(false);
                right.addAll(other);
            }
            switch (op) {
                case AND: left.set.retainAll(right.set); return left;
                case OR: left.set.addAll(right.set); return left;
                case SUB: left.set.removeAll(right.set); return left;
                default:
                    for (Iterator<PyObject> it = right.set.iterator(); it.hasNext(); ) {
                        PyObject x = it.next();
                        if (!left.set.remove(x)) {
                            left.set.add(x);
                        }
                    }
                    return left;
            }
        }
    }
}
