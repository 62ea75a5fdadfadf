package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/** iter(callable, sentinel): calls until the sentinel comes back. */
public final class PyCallableIterator extends PyIterator {
    public static final PyType TYPE = Iters.type("callable_iterator", null);

    private PyObject func;
    private final PyObject sentinel;

    public PyCallableIterator(PyObject func, PyObject sentinel) {
        this.func = func;
        this.sentinel = sentinel;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        if (func == null) {
            return null;
        }
        PyObject r;
        try {
            r = func.call(Args.EMPTY, null);
        } catch (PyException e) {
            if (e.matches(Exceptions.STOP_ITERATION)) {
                func = null;
                return null;
            }
            throw e;
        }
        if (r == sentinel || Ops.eq(r, sentinel)) {
            func = null;
            return null;
        }
        return r;
    }
}
