package dev.eddy.builtins;

import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** zip(*iterables, strict=False). */
public final class PyZip extends PyIterator {
    public static final PyType TYPE = Iters.type("zip", PyZip::construct);

    private final PyObject[] iters;
    private boolean strict;

    static {
        PyIterator.defReduce(TYPE);
    }
    private boolean done;

    public PyZip(PyObject[] iterables, int n, boolean strict) {
        iters = new PyObject[n];
        for (int i = 0; i < n; i++) {
            iters[i] = iterables[i].iter();
        }
        this.strict = strict;
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyObject strict = Kw.only("zip", a, kw, "strict")[0];
        return new PyZip(a, Kw.npos(a, kw), strict != null && strict.isTrue());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        int n = iters.length;
        if (done || n == 0) {
            return null;
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = iters[i].next();
            if (x == null) {
                done = true;
                if (strict) {
                    checkStrict(i);
                }
                return null;
            }
            items[i] = x;
        }
        return new PyTuple(items);
    }

    /** (zip, iterators), with True as the state of a strict zip. */
    @Override
    public PyObject reduce() {
        PyTuple args = new PyTuple(iters.clone());
        return strict ? PyTuple.of(TYPE, args, PyBool.TRUE) : PyTuple.of(TYPE, args);
    }

    @Override
    public void setState(PyObject state) {
        strict = state.isTrue();
    }

    private void checkStrict(int exhausted) {
        if (exhausted > 0) {
            throw Errors.valueError("zip() argument " + (exhausted + 1) + " is shorter than argument" + plural(exhausted));
        }
        for (int i = 1; i < iters.length; i++) {
            if (iters[i].next() != null) {
                throw Errors.valueError("zip() argument " + (i + 1) + " is longer than argument" + plural(i));
            }
        }
    }

    private static String plural(int i) {
        return i == 1 ? " 1" : "s 1-" + i;
    }
}
