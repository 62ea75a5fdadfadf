package dev.eddy.runtime;

/** The methods and attributes of memoryview. */
final class MemoryViewMethods {
    private MemoryViewMethods() {
    }

    static void install(PyType t) {
        t.def("tobytes", (a, kw) -> {
            TypeMethods.bind("tobytes", a, kw, new String[] {"order"}, 0);
            return new PyBytes(self(a).bufferBytes().clone());
        });
        t.def("tolist", (a, kw) -> {
            TypeMethods.check("memoryview.tolist", a, kw, 0, 0);
            return new PyList(self(a).toList());
        });
        t.def("hex", (a, kw) -> {
            PyMemoryView m = self(a);
            PyObject[] args = a.clone();
            args[0] = new PyBytes(m.bufferBytes());
            return PyBytes.TYPE.lookup("hex").call(args, kw);
        });
        t.def("release", (a, kw) -> {
            TypeMethods.check("memoryview.release", a, kw, 0, 0);
            self(a).release();
            return PyNone.NONE;
        });
        t.def("toreadonly", (a, kw) -> {
            TypeMethods.check("memoryview.toreadonly", a, kw, 0, 0);
            return self(a).toReadonly();
        });
        t.def("cast", (a, kw) -> {
            PyObject[] p = TypeMethods.bind("cast", a, kw, new String[] {"format", "shape"}, 1);
            PyMemoryView m = self(a);
            PyMemoryView r = m.cast(StrMethods.argStr("cast", 1, p[0]));
            if (p[1] != null) {
                PyObject[] shape = Ops.toArray(p[1]);
                if (shape.length != 1 || Ops.index(shape[0], null).longValueExact() != r.length) {
                    throw Errors.of(Exceptions.NOT_IMPLEMENTED_ERROR, "memoryview: only one-dimensional casts are supported");
                }
            }
            return r;
        });
        t.def("__enter__", (a, kw) -> {
            self(a).checkReleased();
            return a[0];
        });
        t.def("__exit__", (a, kw) -> {
            ((PyMemoryView) a[0]).release();
            return PyNone.NONE;
        });
        t.def("__len__", (a, kw) -> PyInt.of(self(a).len()));
        t.def("__getitem__", (a, kw) -> {
            TypeMethods.check("memoryview.__getitem__", a, kw, 1, 1);
            return self(a).getItem(a[1]);
        });
        t.def("__setitem__", (a, kw) -> {
            TypeMethods.check("memoryview.__setitem__", a, kw, 2, 2);
            self(a).setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        t.def("__delitem__", (a, kw) -> {
            self(a).delItem(a[1]);
            return PyNone.NONE;
        });
        t.def("__iter__", (a, kw) -> self(a).iter());
        TypeMethods.property(t, "obj", a -> live(a).obj);
        TypeMethods.property(t, "nbytes", a -> PyInt.of(live(a).bufferLength()));
        TypeMethods.property(t, "readonly", a -> PyBool.of(live(a).readonly));
        TypeMethods.property(t, "format", a -> new PyStr(live(a).format));
        TypeMethods.property(t, "itemsize", a -> PyInt.of(live(a).itemsize));
        TypeMethods.property(t, "ndim", a -> {
            live(a);
            return PyInt.of(1);
        });
        TypeMethods.property(t, "shape", a -> PyTuple.of(PyInt.of(live(a).length)));
        TypeMethods.property(t, "strides", a -> PyTuple.of(PyInt.of(live(a).strides())));
        TypeMethods.property(t, "suboffsets", a -> new PyTuple(new PyObject[0]));
        TypeMethods.property(t, "c_contiguous", a -> PyBool.of(live(a).contiguous()));
        TypeMethods.property(t, "f_contiguous", a -> PyBool.of(live(a).contiguous()));
        TypeMethods.property(t, "contiguous", a -> PyBool.of(live(a).contiguous()));
    }

    private static PyMemoryView self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyMemoryView m)) {
            throw Errors.typeError("descriptor requires a 'memoryview' object but received a '"
                    + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return m;
    }

    /** Self, which must not have been released. */
    private static PyMemoryView live(PyObject[] a) {
        PyMemoryView m = self(a);
        m.checkReleased();
        return m;
    }
}
