package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.ArrayIterator;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyStaticMethod;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * collections.namedtuple: builds a class deriving from tuple whose instances hold their items
 * in an array and behave as tuples, unless a subclass written in Python overrides a dunder.
 */
public final class NamedTuple {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private NamedTuple() {
    }

    /** The facts a namedtuple class was made from. */
    private record Spec(String typename, String[] fields, PyObject[] defaults) {
    }

    /** Process-wide (classes are made by several interpreters at once); weak, so classes can go. */
    private static final java.util.Map<PyType, Spec> SPECS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** An instance: a tuple of items, with PyInstance's attribute dict and dunder dispatch for subclasses. */
    public static final class Instance extends PyInstance {
        public final PyObject[] items;

        public Instance(PyType type, PyObject[] items) {
            super(type);
            this.items = items;
        }

        private boolean user(String dunder) {
            PyObject m = type.lookup(dunder);
            return m != null && !(m instanceof PyBuiltinFunction);
        }

        private static PyObject[] itemsOf(PyObject o) {
            return o instanceof Instance i ? i.items : o instanceof PyTuple t ? t.items : null;
        }

        @Override
        public PyStr repr() {
            if (user("__repr__")) {
                return super.repr();
            }
            String[] f = spec(type).fields;
            StringBuilder sb = new StringBuilder(type.name).append('(');
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(f[i]).append('=').append(items[i].repr().value);
            }
            return new PyStr(sb.append(')').toString());
        }

        @Override
        public boolean isTrue() {
            return user("__bool__") || user("__len__") ? super.isTrue() : items.length > 0;
        }

        @Override
        public int len() {
            return user("__len__") ? super.len() : items.length;
        }

        @Override
        public PyObject getItem(PyObject key) {
            if (user("__getitem__")) {
                return super.getItem(key);
            }
            return new PyTuple(items).getItem(key);
        }

        @Override
        public PyObject iter() {
            return user("__iter__") ? super.iter() : new ArrayIterator(items, items.length);
        }

        @Override
        public boolean contains(PyObject item) {
            return user("__contains__") ? super.contains(item) : new PyTuple(items).contains(item);
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            if (user(op.dunder) || (op == CompareOp.NE && user("__eq__"))) {
                return super.richCompare(other, op);
            }
            PyObject[] o = itemsOf(other);
            if (o == null) {
                return PyNotImplemented.INSTANCE;
            }
            return Ops.compareSequences(items, items.length, o, o.length, op);
        }

        @Override
        public long hash() {
            return user("__hash__") ? super.hash() : new PyTuple(items).hash();
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof PyObject p && Ops.eq(this, p);
        }

        @Override
        public int hashCode() {
            long h = hash();
            return (int) (h ^ (h >>> 32));
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other) {
            if (user(op.dunder)) {
                return super.binaryOp(op, other);
            }
            if (op == BinaryOp.ADD) {
                PyObject[] o = itemsOf(other);
                if (o == null) {
                    throw Errors.typeError("can only concatenate tuple (not \"" + other.type().name + "\") to tuple");
                }
                return new PyTuple(items).binaryOp(op, new PyTuple(o));
            }
            if (op == BinaryOp.MUL) {
                return new PyTuple(items).binaryOp(op, other);
            }
            return PyNotImplemented.INSTANCE;
        }

        @Override
        public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
            if (user(op.reflected)) {
                return super.reflectedBinaryOp(op, other);
            }
            if (op == BinaryOp.MUL) {
                return new PyTuple(items).reflectedBinaryOp(op, other);
            }
            if (op == BinaryOp.ADD && other instanceof PyTuple t) {
                return t.binaryOp(op, new PyTuple(items));
            }
            return PyNotImplemented.INSTANCE;
        }
    }

    private static Spec spec(PyType t) {
        for (PyType c : t.mro) {
            Spec s = SPECS.get(c);
            if (s != null) {
                return s;
            }
        }
        throw Errors.typeError("not a namedtuple class");
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!(Character.isUnicodeIdentifierPart(c) || c == '_') || Character.isIdentifierIgnorable(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None). */
    static PyObject factory(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("namedtuple", a, kw, new String[] {"typename", "field_names", "rename", "defaults", "module"}, 2);
        String typename = Mod.str(p[0], "typename");
        boolean rename = p[2] != null && p[2].isTrue();
        List<String> names = new ArrayList<>();
        if (p[1] instanceof PyStr s) {
            for (String part : s.value.replace(',', ' ').trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    names.add(part);
                }
            }
        } else {
            for (PyObject o : Ops.toArray(p[1])) {
                names.add(o.str().value);
            }
        }
        if (rename) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (!isIdentifier(n) || KEYWORDS.contains(n) || n.startsWith("_") || seen.contains(n)) {
                    names.set(i, "_" + i);
                }
                seen.add(names.get(i));
            }
        }
        List<String> all = new ArrayList<>();
        all.add(typename);
        all.addAll(names);
        for (String n : all) {
            if (!isIdentifier(n)) {
                throw Errors.valueError("Type names and field names must be valid identifiers: " + PyStr.repr(n));
            }
            if (KEYWORDS.contains(n)) {
                throw Errors.valueError("Type names and field names cannot be a keyword: " + PyStr.repr(n));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (n.startsWith("_") && !rename) {
                throw Errors.valueError("Field names cannot start with an underscore: " + PyStr.repr(n));
            }
            if (!seen.add(n)) {
                throw Errors.valueError("Encountered duplicate field name: " + PyStr.repr(n));
            }
        }
        PyObject[] defaults = p[3] == null || p[3] == PyNone.NONE ? new PyObject[0] : Ops.toArray(p[3]).clone();
        if (defaults.length > names.size()) {
            throw Errors.typeError("Got more default values than field names");
        }
        String module = p[4] == null || p[4] == PyNone.NONE ? "__main__" : p[4].str().value;
        return make(typename, names.toArray(new String[0]), defaults, module);
    }

    /** Builds the class. */
    public static PyType make(String typename, String[] fields, PyObject[] defaults, String module) {
        Spec spec = new Spec(typename, fields, defaults);
        PyType t = new PyType(typename, new PyType[] {PyTuple.TYPE}, (cls, a, kw) -> construct(cls, spec, a, kw), false);
        t.module = module;
        SPECS.put(t, spec);
        PyObject[] fieldStrs = new PyObject[fields.length];
        for (int i = 0; i < fields.length; i++) {
            fieldStrs[i] = new PyStr(fields[i]);
            final int idx = i;
            PyBuiltinFunction get = new PyBuiltinFunction(fields[i], (a, kw) -> ((Instance) a[0]).items[idx]);
            PyProperty field = new PyProperty(get, null, null, new PyStr("Alias for field number " + i));
            field.readOnlyMessage = "can't set attribute";   // CPython's _tuplegetter
            t.dict.put(fields[i], field);
        }
        PyTuple fieldTuple = new PyTuple(fieldStrs);
        t.dict.put("_fields", fieldTuple);
        t.dict.put("__match_args__", fieldTuple);
        t.dict.put("__slots__", PyTuple.EMPTY);
        PyDict fd = new PyDict();
        for (int i = 0; i < defaults.length; i++) {
            fd.put(new PyStr(fields[fields.length - defaults.length + i]), defaults[i]);
        }
        t.dict.put("_field_defaults", fd);
        t.dict.put("__doc__", new PyStr(typename + "(" + String.join(", ", fields) + ")"));
        t.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw Errors.typeError(typename + ".__new__(): not enough arguments");
            }
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return construct(cls, spec, rest, kw);
        })));
        t.defClassMethod("_make", (a, kw) -> {
            Args.check("_make", a, kw, 2, 2);
            PyObject[] items = Ops.toArray(a[1]).clone();
            if (items.length != fields.length) {
                throw Errors.typeError("Expected " + fields.length + " arguments, got " + items.length);
            }
            return new Instance((PyType) a[0], items);
        });
        t.def("_replace", (a, kw) -> {
            Instance self = (Instance) a[0];
            if (a.length - (kw == null ? 0 : kw.length) != 1) {
                throw Errors.typeError("_replace() takes 1 positional argument but " + (a.length - (kw == null ? 0 : kw.length)) + " were given");
            }
            PyObject[] items = self.items.clone();
            List<String> unexpected = new ArrayList<>();
            if (kw != null) {
                for (int k = 0; k < kw.length; k++) {
                    int idx = List.of(fields).indexOf(kw[k]);
                    if (idx < 0) {
                        unexpected.add(PyStr.repr(kw[k]));
                    } else {
                        items[idx] = a[1 + k];
                    }
                }
            }
            if (!unexpected.isEmpty()) {
                throw Errors.valueError("Got unexpected field names: [" + String.join(", ", unexpected) + "]");
            }
            return new Instance(self.type, items);
        });
        t.def("_asdict", (a, kw) -> {
            Instance self = (Instance) a[0];
            PyDict d = new PyDict();
            for (int i = 0; i < fields.length; i++) {
                d.put(new PyStr(fields[i]), self.items[i]);
            }
            return d;
        });
        t.def("__getnewargs__", (a, kw) -> new PyTuple(((Instance) a[0]).items.clone()));
        t.def("__repr__", (a, kw) -> ((Instance) a[0]).repr());
        t.def("__len__", (a, kw) -> PyInt.of(((Instance) a[0]).items.length));
        t.def("__getitem__", (a, kw) -> new PyTuple(((Instance) a[0]).items).getItem(a[1]));
        t.def("__iter__", (a, kw) -> new ArrayIterator(((Instance) a[0]).items, ((Instance) a[0]).items.length));
        t.def("__contains__", (a, kw) -> PyBool.of(new PyTuple(((Instance) a[0]).items).contains(a[1])));
        t.def("__hash__", (a, kw) -> PyInt.of(new PyTuple(((Instance) a[0]).items).hash()));
        t.def("count", (a, kw) -> {
            Args.checkMethod("count", a, kw, 1, 1);
            long n = 0;
            for (PyObject x : ((Instance) a[0]).items) {
                if (x == a[1] || Ops.eq(x, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.def("index", (a, kw) -> {
            Args.checkMethod("index", a, kw, 1, 1);
            PyObject[] items = ((Instance) a[0]).items;
            for (int i = 0; i < items.length; i++) {
                if (items[i] == a[1] || Ops.eq(items[i], a[1])) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        for (CompareOp op : CompareOp.values()) {
            t.def(op.dunder, (a, kw) -> {
                Instance self = (Instance) a[0];
                PyObject[] o = Instance.itemsOf(a[1]);
                return o == null ? PyNotImplemented.INSTANCE : Ops.compareSequences(self.items, self.items.length, o, o.length, op);
            });
        }
        PyType.invalidateCaches();
        return t;
    }

    /** Binds constructor arguments to fields, with the TypeErrors CPython's generated __new__ raises. */
    static Instance construct(PyType cls, Spec spec, PyObject[] a, String[] kw) {
        String[] fields = spec.fields;
        int n = fields.length;
        int npos = kw == null ? a.length : a.length - kw.length;
        String fname = spec.typename + ".__new__()";
        int required = n - spec.defaults.length;
        if (npos > n) {
            String takes = required == n ? (n + 1) + " positional argument" + (n == 0 ? "" : "s")
                    : "from " + (required + 1) + " to " + (n + 1) + " positional arguments";
            throw Errors.typeError(fname + " takes " + takes + " but " + (npos + 1) + " were given");
        }
        PyObject[] items = new PyObject[n];
        System.arraycopy(a, 0, items, 0, npos);
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                int idx = List.of(fields).indexOf(kw[k]);
                if (idx < 0) {
                    throw Errors.typeError(fname + " got an unexpected keyword argument '" + kw[k] + "'");
                }
                if (items[idx] != null) {
                    throw Errors.typeError(fname + " got multiple values for argument '" + kw[k] + "'");
                }
                items[idx] = a[npos + k];
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (items[i] == null) {
                if (i >= required) {
                    items[i] = spec.defaults[i - required];
                } else {
                    missing.add("'" + fields[i] + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            String list;
            int m = missing.size();
            if (m == 1) {
                list = missing.get(0);
            } else if (m == 2) {
                list = missing.get(0) + " and " + missing.get(1);
            } else {
                list = String.join(", ", missing.subList(0, m - 1)) + ", and " + missing.get(m - 1);
            }
            throw Errors.typeError(fname + " missing " + m + " required positional argument" + (m == 1 ? "" : "s") + ": " + list);
        }
        return new Instance(cls, items);
    }
}
