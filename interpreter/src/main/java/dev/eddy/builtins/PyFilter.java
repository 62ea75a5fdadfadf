package dev.eddy.builtins;

import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/** filter(function or None, iterable). */
public final class PyFilter extends PyIterator {
    public static final PyType TYPE = Iters.type("filter", PyFilter::construct);

    private final PyObject func;
    private final PyObject source;

    public PyFilter(PyObject func, PyObject iterable) {
        this.func = func == PyNone.NONE ? null : func;
        this.source = iterable.iter();
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        Kw.none("filter", kw);
        Args.check("filter", a, kw, 2, 2);
        return new PyFilter(a[0], a[1]);
    }

    static {
        PyIterator.defReduce(TYPE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** (filter, (function or None, iterator)). */
    @Override
    public PyObject reduce() {
        return PyTuple.of(TYPE, PyTuple.of(func == null ? PyNone.NONE : func, source));
    }

    @Override
    public PyObject next() {
        for (PyObject x = source.next(); x != null; x = source.next()) {
            if (func == null ? x.isTrue() : func.call(new PyObject[] {x}, null).isTrue()) {
                return x;
            }
        }
        return null;
    }
}
