package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/**
 * What Future.__await__ returns: the first step hands the pending future up the await chain
 * to the Task (marking it {@code _asyncio_future_blocking}); once the future is done the
 * await finishes with its result, or raises its exception.
 */
final class FutureIter extends PyIterator implements PyGenerator.DelegationResult {
    static final PyType TYPE = PyType.builtin("FutureIter", PyType.OBJECT, null);

    static {
        TYPE.module = "_asyncio";
        TYPE.def("__next__", (a, kw) -> SelfCheck.of(a[0], FutureIter.class, "FutureIter").step());
        TYPE.def("send", (a, kw) -> SelfCheck.of(a[0], FutureIter.class, "FutureIter").step());
        TYPE.def("__iter__", (a, kw) -> a[0]);
        TYPE.def("close", (a, kw) -> {
            SelfCheck.of(a[0], FutureIter.class, "FutureIter").future = null;
            return PyNone.NONE;
        });
        TYPE.def("throw", (a, kw) -> {
            SelfCheck.of(a[0], FutureIter.class, "FutureIter").future = null;
            PyObject e = a[1];
            if (e instanceof PyType t && a.length > 2 && a[2] != PyNone.NONE) {
                e = a[2] instanceof dev.eddy.runtime.PyBaseException ? a[2] : t.call(a[2]);
            }
            throw new dev.eddy.runtime.PyException(dev.eddy.runtime.Exceptions.fromRaised(e));
        });
    }

    private PyFuture future;
    private PyObject result = PyNone.NONE;

    FutureIter(PyFuture future) {
        this.future = future;
    }

    @Override
    public PyObject next() {
        PyFuture f = future;
        if (f == null) {
            return null;
        }
        if (f.state == PyFuture.PENDING) {
            if (!f.blocking) {
                f.blocking = true;
                return f;
            }
            throw Errors.runtimeError("await wasn't used with future");
        }
        future = null;
        result = f.result();
        return null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject step() {
        PyObject r = next();
        if (r == null) {
            throw Errors.stopIteration(result);
        }
        return r;
    }

    @Override
    public PyObject result() {
        return result;
    }
}
