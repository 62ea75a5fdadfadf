package dev.eddy.runtime;

/** dict(): construction and the methods of dict. */
public final class DictMethods {
    private DictMethods() {
    }

    static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyDict d = new PyDict();
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
            try {
                kv = Ops.toArray(item);
            } catch (PyException e) {
                throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            }
            d.setItem(kv[0], kv[1]);
        }
    }
}
