package dev.eddy.builtins;

import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/** map(function, *iterables): lazy, stopping at the shortest iterable. */
public final class PyMap extends PyIterator {
    public static final PyType TYPE = Iters.type("map", PyMap::construct);

    private final PyObject func;
    private final PyObject first;
    private final PyObject[] iters;

    public PyMap(PyObject func, PyObject[] iterables, int from, int to) {
        this.func = func;
        this.iters = new PyObject[to - from];
        for (int i = from; i < to; i++) {
            iters[i - from] = iterables[i].iter();
        }
        this.first = iters[0];
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        Kw.none("map", kw);
        if (a.length < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        return new PyMap(a[0], a, 1, a.length);
    }

    static {
        PyIterator.defReduce(TYPE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** (map, (function, *iterators)). */
    @Override
    public PyObject reduce() {
        PyObject[] args = new PyObject[iters.length + 1];
        args[0] = func;
        System.arraycopy(iters, 0, args, 1, iters.length);
        return PyTuple.of(TYPE, new PyTuple(args));
    }

    @Override
    public PyObject next() {
        if (iters.length == 1) {
            PyObject x = first.next();
            return x == null ? null : func.call(new PyObject[] {x}, null);
        }
        PyObject[] args = new PyObject[iters.length];
        for (int i = 0; i < args.length; i++) {
            PyObject x = iters[i].next();
            if (x == null) {
                return null;
            }
            args[i] = x;
        }
        return func.call(args, null);
    }
}
