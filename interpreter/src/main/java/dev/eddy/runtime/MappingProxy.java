package dev.eddy.runtime;

import java.util.Map;

/**
 * A read-only view of a class's namespace ({@code C.__dict__}, CPython's mappingproxy).
 * Lookups read the live namespace; views and copies are taken from a snapshot dict.
 */
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT, (cls, a, kw) -> {
        PyObject[] p = Args.bind("mappingproxy", a, kw, new String[] {"mapping"}, 1);
        PyObject m = p[0];
        if (m.type().lookup("__getitem__") == null || m instanceof PyList || m instanceof PyTuple) {
            throw Errors.typeError("mappingproxy() argument must be a mapping, not " + m.type().name);
        }
        return new MappingProxy(m);
    }).notAcceptableBase();

    static {
        TYPE.def("keys", (a, kw) -> ((MappingProxy) a[0]).target().getAttr("keys").call());
        TYPE.def("values", (a, kw) -> ((MappingProxy) a[0]).target().getAttr("values").call());
        TYPE.def("items", (a, kw) -> ((MappingProxy) a[0]).target().getAttr("items").call());
        TYPE.def("copy", (a, kw) -> {
            MappingProxy mp = (MappingProxy) a[0];
            return mp.map != null ? mp.snapshot() : mp.mapping.getAttr("copy").call();
        });
        TYPE.def("get", (a, kw) -> {
            Args.checkMethod("get", a, kw, 1, 2);
            MappingProxy mp = (MappingProxy) a[0];
            PyObject dflt = a.length > 2 ? a[2] : PyNone.NONE;
            if (mp.mapping != null) {
                return mp.mapping.getAttr("get").call(a[1], dflt);
            }
            PyObject v = a[1] instanceof PyStr s ? mp.map.get(s.value) : null;
            return v != null ? v : dflt;
        });
        TYPE.def("__getitem__", (a, kw) -> a[0].getItem(a[1]));
        TYPE.def("__contains__", (a, kw) -> PyBool.of(a[0].contains(a[1])));
        TYPE.def("__len__", (a, kw) -> PyInt.of(a[0].len()));
        TYPE.def("__repr__", (a, kw) -> a[0].repr());
        TYPE.def("__iter__", (a, kw) -> a[0].iter());
    }

    /** A class namespace, or null when this proxies another mapping. */
    private final Map<String, PyObject> map;
    /** The mapping proxied when {@link #map} is null (mappingproxy(d)). */
    private final PyObject mapping;

    public MappingProxy(Map<String, PyObject> map) {
        this.map = map;
        this.mapping = null;
    }

    public MappingProxy(PyObject mapping) {
        this.map = null;
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** What views and lookups read: the proxied mapping, or a snapshot of the class namespace. */
    private PyObject target() {
        return mapping != null ? mapping : snapshot();
    }

    /** A dict with the namespace's current contents. */
    public PyDict snapshot() {
        PyDict d = new PyDict();
        map.forEach((k, v) -> d.put(new PyStr(k), v));
        return d;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (mapping != null) {
            return mapping.getItem(key);
        }
        PyObject v = key instanceof PyStr s ? map.get(s.value) : null;
        if (v == null) {
            throw Errors.keyError(key);
        }
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        throw Errors.typeError("'mappingproxy' object does not support item assignment");
    }

    @Override
    public boolean contains(PyObject item) {
        if (mapping != null) {
            return mapping.contains(item);
        }
        return item instanceof PyStr s && map.containsKey(s.value);
    }

    @Override
    public int len() {
        return mapping != null ? mapping.len() : map.size();
    }

    @Override
    public PyObject iter() {
        return target().iter();
    }

    @Override
    public PyStr str() {
        return target().str();
    }

    @Override
    public PyStr repr() {
        return new PyStr("mappingproxy(" + target().repr().value + ")");
    }
}
