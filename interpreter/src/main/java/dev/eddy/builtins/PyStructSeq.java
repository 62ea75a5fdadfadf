package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.Map;

/**
 * A tuple with named fields, like CPython's structseq (sys.version_info, sys.float_info,
 * time.struct_time): indexing, iteration, comparison and equality with plain tuples, and
 * attribute access by field name. repr is {@code name(field=value, ...)}.
 */
public final class PyStructSeq extends PyObject {
    /** {@code visible} of the fields form the tuple; the rest are reached only by name (struct_time's tm_zone). */
    private record Info(String reprName, String[] fields, int visible) {
    }

    /** Process-wide (types are made by several interpreters at once); weak, so types can go. */
    private static final Map<PyType, Info> INFO = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final PyType type;
    public final PyTuple tuple;

    /** Values beyond the visible fields, or null. */
    private final PyObject[] extra;

    public PyStructSeq(PyType type, PyObject... values) {
        this.type = type;
        Info info = INFO.get(type);
        int visible = info == null ? values.length : info.visible();
        if (values.length > visible) {
            this.tuple = new PyTuple(java.util.Arrays.copyOf(values, visible));
            this.extra = java.util.Arrays.copyOfRange(values, visible, values.length);
        } else {
            this.tuple = new PyTuple(values);
            this.extra = null;
        }
    }

    /** A new struct sequence type; {@code qualifiedName} as repr shows it, e.g. "sys.version_info". */
    public static PyType newType(String module, String qualifiedName, String... fields) {
        return newType(module, qualifiedName, fields.length, fields);
    }

    /** A struct sequence type whose first {@code visible} fields are its items and the rest attributes only. */
    public static PyType newType(String module, String qualifiedName, int visible, String... fields) {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        PyType[] holder = new PyType[1];
        PyType t = PyType.builtin(simple, PyType.OBJECT, (cls, a, kw) -> {
            Args.check(simple, a, kw, 1, 1);
            PyObject[] items = Ops.toArray(a[0]);
            if (visible == fields.length && items.length != fields.length) {
                throw Errors.typeError(qualifiedName + "() takes a " + fields.length + "-sequence (" + items.length + "-sequence given)");
            }
            if (items.length < visible) {
                throw Errors.typeError(qualifiedName + "() takes an at least " + visible + "-sequence (" + items.length + "-sequence given)");
            }
            if (items.length > fields.length) {
                throw Errors.typeError(qualifiedName + "() takes an at most " + fields.length + "-sequence (" + items.length + "-sequence given)");
            }
            PyObject[] all = java.util.Arrays.copyOf(items, fields.length);
            for (int i = items.length; i < all.length; i++) {
                all[i] = dev.eddy.runtime.PyNone.NONE;
            }
            return new PyStructSeq(holder[0], all);
        });
        holder[0] = t;
        t.module = module;
        INFO.put(t, new Info(qualifiedName, fields, visible));
        t.dict.put("n_sequence_fields", PyInt.of(visible));
        t.dict.put("n_unnamed_fields", PyInt.of(0));
        t.dict.put("n_fields", PyInt.of(fields.length));
        t.def("__len__", (a, kw) -> PyInt.of(a[0].len()));
        t.def("__getitem__", (a, kw) -> a[0].getItem(a[1]));
        t.def("__iter__", (a, kw) -> a[0].iter());
        t.def("count", (a, kw) -> Ops.callMethod(((PyStructSeq) a[0]).tuple, "count", a[1]));
        t.def("index", (a, kw) -> Ops.callMethod(((PyStructSeq) a[0]).tuple, "index", a[1]));
        return t;
    }

    @Override
    public PyType type() {
        return type;
    }

    private String[] fields() {
        return INFO.get(type).fields();
    }

    @Override
    public PyObject lookupAttr(String name) {
        String[] f = fields();
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals(name)) {
                int n = tuple.items.length;
                return i < n ? tuple.items[i] : extra != null && i - n < extra.length ? extra[i - n] : dev.eddy.runtime.PyNone.NONE;
            }
        }
        return super.lookupAttr(name);
    }

    @Override
    public int len() {
        return tuple.items.length;
    }

    @Override
    public PyObject getItem(PyObject key) {
        return tuple.getItem(key);
    }

    @Override
    public PyObject iter() {
        return tuple.iter();
    }

    @Override
    public boolean contains(PyObject item) {
        return tuple.contains(item);
    }

    @Override
    public boolean isTrue() {
        return tuple.items.length > 0;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        PyTuple o = other instanceof PyStructSeq s ? s.tuple : other instanceof PyTuple t ? t : null;
        if (o == null) {
            return PyNotImplemented.INSTANCE;
        }
        return tuple.richCompare(o, op);
    }

    @Override
    public long hash() {
        return tuple.hash();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStructSeq s ? tuple.equals(s.tuple) : o instanceof PyTuple t && tuple.equals(t);
    }

    @Override
    public int hashCode() {
        return tuple.hashCode();
    }

    @Override
    public PyStr repr() {
        StringBuilder sb = new StringBuilder(INFO.get(type).reprName()).append('(');
        String[] f = fields();
        for (int i = 0; i < tuple.items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(f[i]).append('=').append(tuple.items[i].repr().value);
        }
        return new PyStr(sb.append(')').toString());
    }
}
