package dev.eddy.runtime;

/** Base of the builtin iterators: iter(it) is it, and __next__ is {@link #next()}. */
public abstract class PyIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT, null);

    static {
        TYPE.def("__length_hint__", PyIterator::lengthHintMethod);
    }

    /**
     * A builtin iterator type of its own name (list_iterator, set_iterator...): __iter__,
     * __next__ and __length_hint__, and __reduce__ and __setstate__ through {@link #reduce}
     * and {@link #setState}, so that it pickles and copies as CPython's does.
     */
    public static PyType reducibleType(String name) {
        PyType t = PyType.builtin(name, PyType.OBJECT, null);
        t.def("__iter__", (a, kw) -> a[0]);
        t.def("__next__", (a, kw) -> {
            PyObject r = a[0].next();
            if (r == null) {
                throw Errors.stopIteration(null);
            }
            return r;
        });
        t.def("__length_hint__", PyIterator::lengthHintMethod);
        defReduce(t);
        return t;
    }

    /** Gives an iterator type __reduce__ and __setstate__ that call {@link #reduce} and {@link #setState}. */
    public static void defReduce(PyType t) {
        t.def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            return ((PyIterator) a[0]).reduce();
        });
        t.def("__setstate__", (a, kw) -> {
            Args.checkMethod("__setstate__", a, kw, 1, 1);
            ((PyIterator) a[0]).setState(a[1]);
            return PyNone.NONE;
        });
    }

    /** What __reduce__ answers: how to rebuild this iterator where it stands. */
    public PyObject reduce() {
        throw Errors.typeError("cannot pickle '" + type().name + "' object");
    }

    /** __setstate__: moves a rebuilt iterator to the position its reduce recorded. */
    public void setState(PyObject state) {
        throw Errors.attributeError("'" + type().name + "' object has no attribute '__setstate__'");
    }

    /** The position __setstate__ asks for, clamped to 0..length as CPython's iterators clamp it. */
    protected static int position(PyObject state, int length) {
        long i = Ops.index(state, null).longValueExact();
        return (int) Math.max(0, Math.min(i, length));
    }

    /**
     * __length_hint__ of a builtin iterator: how many items remain, or NotImplemented when the
     * iterator cannot tell (operator.length_hint then falls back to its default).
     */
    public static PyObject lengthHintMethod(PyObject[] a, String[] kw) {
        Args.checkMethod("__length_hint__", a, kw, 0, 0);
        long n = a[0] instanceof PyIterator it ? it.lengthHint() : -1;
        return n < 0 ? PyNotImplemented.INSTANCE : PyInt.of(n);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public abstract PyObject next();

    /** How many items remain, as __length_hint__ reports it; -1 when unknown. */
    public long lengthHint() {
        return -1;
    }
}
