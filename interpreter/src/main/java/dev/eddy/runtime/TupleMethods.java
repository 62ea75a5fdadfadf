package dev.eddy.runtime;

/** The methods of tuple. */
public final class TupleMethods {
    private TupleMethods() {
    }

    static void install(PyType t) {
        t.def("__getnewargs__", (a, kw) -> {
            Args.checkMethod("__getnewargs__", a, kw, 0, 0);
            return PyTuple.of(new PyTuple(((PyTuple) a[0]).items.clone()));
        });
        t.def("index", (a, kw) -> {
            TypeMethods.check("tuple.index", a, kw, 1, 3);
            PyObject[] items = self(a).items;
            int[] r = ListMethods.range(a, items.length);
            for (int i = r[0]; i < r[1] && i < items.length; i++) {
                if (items[i] == a[1] || Ops.eq(items[i], a[1])) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        t.def("count", (a, kw) -> {
            TypeMethods.check("tuple.count", a, kw, 1, 1);
            int n = 0;
            for (PyObject x : self(a).items) {
                if (x == a[1] || Ops.eq(x, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.def("__len__", (a, kw) -> PyInt.of(self(a).items.length));
        // tuple's own repr, not a subclass's override of it
        t.def("__repr__", (a, kw) -> new PyTuple(self(a).items).repr());
        t.def("__getitem__", (a, kw) -> {
            TypeMethods.check("tuple.__getitem__", a, kw, 1, 1);
            return base(a).getItem(a[1]);
        });
        t.def("__contains__", (a, kw) -> {
            TypeMethods.check("tuple.__contains__", a, kw, 1, 1);
            return PyBool.of(base(a).contains(a[1]));
        });
        t.def("__iter__", (a, kw) -> base(a).iter());
    }

    /**
     * The tuple behind the receiver, as tuple itself behaves: a subclass that overrides
     * __getitem__ or __iter__ and calls super() reaches tuple's, not its own again.
     */
    private static PyTuple base(PyObject[] a) {
        PyTuple t = self(a);
        return t.getClass() == PyTuple.class ? t : new PyTuple(t.items);
    }

    private static PyTuple self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyTuple t)) {
            throw Errors.typeError("descriptor requires a 'tuple' object but received a '" + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return t;
    }
}
