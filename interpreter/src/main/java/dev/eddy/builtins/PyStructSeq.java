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
    private record Info(String reprName, String[] fields) {
    }

    /** Process-wide (types are made by several interpreters at once); weak, so types can go. */
    private static final Map<PyType, Info> INFO = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final PyType type;
    public final PyTuple tuple;

    public PyStructSeq(PyType type, PyObject... values) {
        this.type = type;
        this.tuple = new PyTuple(values);
    }

    /** A new struct sequence type; {@code qualifiedName} as repr shows it, e.g. "sys.version_info". */
    public static PyType newType(String module, String qualifiedName, String... fields) {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        PyType[] holder = new PyType[1];
        PyType t = PyType.builtin(simple, PyType.OBJECT, (cls, a, kw) -> {
            Args.check(simple, a, kw, 1, 1);
            PyObject[] items = Ops.toArray(a[0]);
            if (items.length != fields.length) {
                throw Errors.typeError(qualifiedName + "() takes a " + fields.length + "-sequence (" + items.length + "-sequence given)");
            }
            return new PyStructSeq(holder[0], items.clone());
        });
        holder[0] = t;
        t.module = module;
        INFO.put(t, new Info(qualifiedName, fields));
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
                return tuple.items[i];
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
        for (int i = 0; i < f.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(f[i]).append('=').append(tuple.items[i].repr().value);
        }
        return new PyStr(sb.append(')').toString());
    }
}
