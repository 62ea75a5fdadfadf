package dev.eddy.stdlib.asyncio;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread-safe future (concurrent.futures.Future): what run_coroutine_threadsafe and an
 * executor's submit return. result() blocks the calling thread, letting go of the
 * interpreter lock ({@link dev.eddy.runtime.Gil}) while it waits.
 */
public final class ConcurrentFuture extends PyObject {
    public static final PyType ERROR = errorType("Error", Exceptions.EXCEPTION);
    public static final PyType CANCELLED_ERROR = errorType("CancelledError", ERROR);
    public static final PyType INVALID_STATE_ERROR = errorType("InvalidStateError", ERROR);
    public static final PyType TYPE = PyType.builtin("Future", PyType.OBJECT, (cls, a, kw) -> new ConcurrentFuture());

    private static PyType errorType(String name, PyType base) {
        PyType t = PyType.builtin(name, base, null);
        t.module = "concurrent.futures._base";
        return t;
    }

    private static final int PENDING = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED = 2;
    private static final int FINISHED = 3;
    private static final String[] NAMES = {"pending", "running", "cancelled", "finished"};

    private int state;
    private PyObject result = PyNone.NONE;
    private PyBaseException exception;
    private final List<PyObject> callbacks = new ArrayList<>();

    @Override
    public PyType type() {
        return TYPE;
    }

    synchronized boolean done() {
        return state == CANCELLED || state == FINISHED;
    }

    synchronized boolean cancelled() {
        return state == CANCELLED;
    }

    boolean cancel() {
        synchronized (this) {
            if (state == RUNNING || state == FINISHED) {
                return false;
            }
            if (state == CANCELLED) {
                return true;
            }
            state = CANCELLED;
            notifyAll();
        }
        invokeCallbacks();
        return true;
    }

    /** set_running_or_notify_cancel: false if it was cancelled. */
    synchronized boolean setRunningOrNotifyCancel() {
        if (state == CANCELLED) {
            return false;
        }
        if (state == PENDING) {
            state = RUNNING;
            return true;
        }
        throw Errors.runtimeError("Future in unexpected state");
    }

    void setResult(PyObject value) {
        synchronized (this) {
            if (state == CANCELLED || state == FINISHED) {
                throw Errors.of(INVALID_STATE_ERROR, NAMES[state].toUpperCase() + ": " + reprText());
            }
            result = value;
            state = FINISHED;
            notifyAll();
        }
        invokeCallbacks();
    }

    void setException(PyBaseException e) {
        synchronized (this) {
            if (state == CANCELLED || state == FINISHED) {
                throw Errors.of(INVALID_STATE_ERROR, NAMES[state].toUpperCase() + ": " + reprText());
            }
            exception = e;
            state = FINISHED;
            notifyAll();
        }
        invokeCallbacks();
    }

    private void invokeCallbacks() {
        List<PyObject> cbs;
        synchronized (this) {
            cbs = new ArrayList<>(callbacks);
            callbacks.clear();
        }
        for (PyObject cb : cbs) {
            callCallback(cb);
        }
    }

    private void callCallback(PyObject cb) {
        try {
            if (cb instanceof Handle.LoopCallback lc) {
                lc.invoke(new PyObject[] {this});
            } else {
                cb.call(this);
            }
        } catch (PyException e) {
            Formatting.log("exception calling callback for " + reprText(), e.value);
        }
    }

    void addDoneCallback(PyObject fn) {
        synchronized (this) {
            if (state != CANCELLED && state != FINISHED) {
                callbacks.add(fn);
                return;
            }
        }
        callCallback(fn);
    }

    /** Waits until done (letting go of the GIL); false on timeout. */
    private boolean await(double timeout) {
        boolean released = dev.eddy.runtime.InterpreterState.current().gil.release();
        try {
            synchronized (this) {
                long deadline = timeout < 0 ? 0 : System.nanoTime() + (long) (timeout * 1e9);
                while (state != CANCELLED && state != FINISHED) {
                    if (timeout < 0) {
                        wait();
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        wait(left / 1_000_000, (int) (left % 1_000_000));
                    }
                }
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.of(Exceptions.KEYBOARD_INTERRUPT, null);
        } finally {
            dev.eddy.runtime.InterpreterState.current().gil.reacquire(released);
        }
    }

    PyObject result(double timeout) {
        if (!await(timeout)) {
            throw Errors.of(Exceptions.TIMEOUT_ERROR, null);
        }
        synchronized (this) {
            if (state == CANCELLED) {
                throw Errors.of(CANCELLED_ERROR, null);
            }
            if (exception != null) {
                throw new PyException(exception);
            }
            return result;
        }
    }

    PyObject exception(double timeout) {
        if (!await(timeout)) {
            throw Errors.of(Exceptions.TIMEOUT_ERROR, null);
        }
        synchronized (this) {
            if (state == CANCELLED) {
                throw Errors.of(CANCELLED_ERROR, null);
            }
            return exception == null ? PyNone.NONE : exception;
        }
    }

    synchronized String reprText() {
        String s = "<Future at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16)
                + " state=" + NAMES[state];
        if (state == FINISHED) {
            s += exception != null ? " raised " + exception.type().name : " returned " + result.type().name;
        }
        return s + ">";
    }

    @Override
    public PyStr repr() {
        return new PyStr(reprText());
    }

    private static double timeoutArg(PyObject[] a, String[] kw, String name) {
        PyObject[] p = Args.bind(name, java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"timeout"}, 0);
        return p[0] == null || p[0] == PyNone.NONE ? -1 : AsyncioModule.seconds(p[0]);
    }

    static ConcurrentFuture self(PyObject o) {
        return SelfCheck.of(o, ConcurrentFuture.class, "Future");
    }

    static {
        TYPE.module = "concurrent.futures._base";
        TYPE.def("result", (a, kw) -> self(a[0]).result(timeoutArg(a, kw, "result")));
        TYPE.def("exception", (a, kw) -> self(a[0]).exception(timeoutArg(a, kw, "exception")));
        TYPE.def("done", (a, kw) -> PyBool.of(self(a[0]).done()));
        TYPE.def("cancelled", (a, kw) -> PyBool.of(self(a[0]).cancelled()));
        TYPE.def("running", (a, kw) -> {
            synchronized (a[0]) {
                return PyBool.of(self(a[0]).state == RUNNING);
            }
        });
        TYPE.def("cancel", (a, kw) -> PyBool.of(self(a[0]).cancel()));
        TYPE.def("set_running_or_notify_cancel", (a, kw) -> PyBool.of(self(a[0]).setRunningOrNotifyCancel()));
        TYPE.def("set_result", (a, kw) -> {
            Args.checkMethod("set_result", a, kw, 1, 1);
            self(a[0]).setResult(a[1]);
            return PyNone.NONE;
        });
        TYPE.def("set_exception", (a, kw) -> {
            Args.checkMethod("set_exception", a, kw, 1, 1);
            self(a[0]).setException(Exceptions.fromRaised(a[1]));
            return PyNone.NONE;
        });
        TYPE.def("add_done_callback", (a, kw) -> {
            Kw.none("add_done_callback", kw);
            self(a[0]).addDoneCallback(a[1]);
            return PyNone.NONE;
        });
    }
}
