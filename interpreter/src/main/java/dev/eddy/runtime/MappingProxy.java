package dev.eddy.runtime;

import java.util.Map;

/**
 * A read-only view of a class's namespace ({@code C.__dict__}, CPython's mappingproxy).
 * Lookups read the live namespace; views and copies are taken from a snapshot dict.
 */
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT, null);

    static {
        TYPE.def("keys", (a, kw) -> ((MappingProxy) a[0]).snapshot().getAttr("keys").call());
        TYPE.def("values", (a, kw) -> ((MappingProxy) a[0]).snapshot().getAttr("values").call());
        TYPE.def("items", (a, kw) -> ((MappingProxy) a[0]).snapshot().getAttr("items").call());
        TYPE.def("copy", (a, kw) -> ((MappingProxy) a[0]).snapshot());
        TYPE.def("get", (a, kw) -> {
            Args.checkMethod("get", a, kw, 1, 2);
            PyObject v = a[1] instanceof PyStr s ? ((MappingProxy) a[0]).map.get(s.value) : null;
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        TYPE.def("__getitem__", (a, kw) -> a[0].getItem(a[1]));
        TYPE.def("__contains__", (a, kw) -> PyBool.of(a[0].contains(a[1])));
        TYPE.def("__len__", (a, kw) -> PyInt.of(a[0].len()));
        TYPE.def("__iter__", (a, kw) -> a[0].iter());
    }

    private final Map<String, PyObject> map;

    public MappingProxy(Map<String, PyObject> map) {
        this.map = map;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A dict with the namespace's current contents. */
    public PyDict snapshot() {
        PyDict d = new PyDict();
        map.forEach((k, v) -> d.put(new PyStr(k), v));
        return d;
    }

    @Override
    public PyObject getItem(PyObject key) {
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
        return item instanceof PyStr s && map.containsKey(s.value);
    }

    @Override
    public int len() {
        return map.size();
    }

    @Override
    public PyObject iter() {
        return snapshot().iter();
    }

    @Override
    public PyStr repr() {
        return new PyStr("mappingproxy(" + snapshot().repr().value + ")");
    }
}
