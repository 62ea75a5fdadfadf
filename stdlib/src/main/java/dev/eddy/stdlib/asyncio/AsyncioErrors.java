package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/**
 * asyncio's exception classes (asyncio.exceptions and asyncio.queues), with the module
 * names CPython prints in tracebacks ("asyncio.exceptions.CancelledError").
 */
public final class AsyncioErrors {
    private AsyncioErrors() {
    }

    private static PyType type(String module, String name, PyType base) {
        PyType t = PyType.builtin(name, base, null);
        t.module = module;
        return t;
    }

    /** The Future or Task was cancelled (a BaseException, as in 3.8+). */
    public static final PyType CANCELLED_ERROR = type("asyncio.exceptions", "CancelledError", Exceptions.BASE_EXCEPTION);
    public static final PyType INVALID_STATE_ERROR = type("asyncio.exceptions", "InvalidStateError", Exceptions.EXCEPTION);
    public static final PyType SENDFILE_NOT_AVAILABLE_ERROR = type("asyncio.exceptions", "SendfileNotAvailableError", Exceptions.RUNTIME_ERROR);
    public static final PyType INCOMPLETE_READ_ERROR = type("asyncio.exceptions", "IncompleteReadError", Exceptions.EOF_ERROR);
    public static final PyType LIMIT_OVERRUN_ERROR = type("asyncio.exceptions", "LimitOverrunError", Exceptions.EXCEPTION);
    public static final PyType BROKEN_BARRIER_ERROR = type("asyncio.exceptions", "BrokenBarrierError", Exceptions.RUNTIME_ERROR);
    public static final PyType QUEUE_EMPTY = type("asyncio.queues", "QueueEmpty", Exceptions.EXCEPTION);
    public static final PyType QUEUE_FULL = type("asyncio.queues", "QueueFull", Exceptions.EXCEPTION);

    static {
        INCOMPLETE_READ_ERROR.constructor = (cls, a, kw) -> {
            PyBaseException e = new PyBaseException(cls, Args.EMPTY);
            if (!cls.heapType) {
                initIncompleteRead(e, a, kw);
            }
            return e;
        };
        INCOMPLETE_READ_ERROR.def("__init__", (a, kw) -> {
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            initIncompleteRead((PyBaseException) a[0], rest, kw);
            return PyNone.NONE;
        });
        INCOMPLETE_READ_ERROR.def("__reduce__", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            return PyTuple.of(e.type(), PyTuple.of(e.getAttr("partial"), e.getAttr("expected")));
        });
        LIMIT_OVERRUN_ERROR.constructor = (cls, a, kw) -> {
            PyBaseException e = new PyBaseException(cls, Args.EMPTY);
            if (!cls.heapType) {
                initLimitOverrun(e, a, kw);
            }
            return e;
        };
        LIMIT_OVERRUN_ERROR.def("__init__", (a, kw) -> {
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            initLimitOverrun((PyBaseException) a[0], rest, kw);
            return PyNone.NONE;
        });
    }

    private static void initIncompleteRead(PyBaseException e, PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("IncompleteReadError", a, kw, new String[] {"partial", "expected"}, 2);
        String expected = p[1] == PyNone.NONE ? "undefined" : p[1].repr().value;
        int n = p[0] instanceof PyBytes b ? b.len() : p[0].len();
        e.args = new PyTuple(new PyObject[] {new PyStr(n + " bytes read on a total of " + expected + " expected bytes")});
        e.storeAttr("partial", p[0]);
        e.storeAttr("expected", p[1]);
    }

    private static void initLimitOverrun(PyBaseException e, PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("LimitOverrunError", a, kw, new String[] {"message", "consumed"}, 2);
        e.args = new PyTuple(new PyObject[] {p[0]});
        e.storeAttr("consumed", p[1]);
    }

    /** A new CancelledError, with {@code msg} as its argument unless it is null or None. */
    public static PyBaseException cancelled(PyObject msg) {
        if (msg == null || msg == PyNone.NONE) {
            return new PyBaseException(CANCELLED_ERROR, Args.EMPTY);
        }
        return new PyBaseException(CANCELLED_ERROR, new PyObject[] {msg});
    }

    public static PyException invalidState(String message) {
        return Errors.of(INVALID_STATE_ERROR, message);
    }

    public static boolean isCancelled(PyBaseException e) {
        return e.type().isSubtypeOf(CANCELLED_ERROR);
    }

    /** KeyboardInterrupt and SystemExit: the exceptions the loop lets through rather than reports. */
    public static boolean isExit(PyBaseException e) {
        PyType t = e.type();
        return t.isSubtypeOf(Exceptions.KEYBOARD_INTERRUPT) || t.isSubtypeOf(Exceptions.SYSTEM_EXIT);
    }
}
