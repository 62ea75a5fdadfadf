package dev.eddy.runtime;

/** Base of the builtin iterators: iter(it) is it, and __next__ is {@link #next()}. */
public abstract class PyIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT, null);

    static {
        TYPE.def("__length_hint__", PyIterator::lengthHintMethod);
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
