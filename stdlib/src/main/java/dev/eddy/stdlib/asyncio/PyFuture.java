package dev.eddy.stdlib.asyncio;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.TracebackEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * asyncio.Future, with the semantics of CPython's C implementation (_asyncio.Future):
 * PENDING, then CANCELLED or FINISHED; done callbacks are scheduled with call_soon in the
 * order they were added; awaiting yields the future itself up to the Task.
 */
public class PyFuture extends PyInstance {
    public static final PyType TYPE = PyType.builtin("Future", PyType.OBJECT, PyFuture::construct);

    static final int PENDING = 0;
    static final int CANCELLED = 1;
    static final int FINISHED = 2;
    private static final String[] STATE_NAMES = {"PENDING", "CANCELLED", "FINISHED"};

    int state;
    PyObject result = PyNone.NONE;
    PyBaseException exception;
    /** The exception's traceback when it was set; restored on the first retrieval. */
    private List<TracebackEntry> exceptionTb;
    EventLoop loop;
    private PyObject[] callbacks;
    private int ncallbacks;
    /** The message given to cancel(), or null. */
    PyObject cancelMessage;
    /** The CancelledError a task's coroutine ended with, re-raised by the first result(). */
    PyBaseException cancelledExc;
    /** _asyncio_future_blocking: set while a Task is being asked to wait for this future. */
    boolean blocking;
    /** An exception was set and nobody has looked at it yet. */
    boolean logTraceback;
    List<TracebackEntry> sourceTraceback;
    /** The gather callback this future was last given to, to spot duplicate gather arguments cheaply. */
    Object gatherMark;
    /** The futures (tasks, gathers) awaiting this one: null, one PyObject, or an ArrayList of them. */
    private Object awaitedBy;
    /** What a waiter future stands for (a Lock, an Event, a Queue, a sleep's timer), or null. */
    PyObject waitSubject;
    /** How the subject is waited on ("acquire", "wait", "Queue.get", "sleep"...), or null. */
    String waitKind;

    static {
        TYPE.module = "_asyncio";
        install(TYPE);
    }

    PyFuture(PyType type) {
        super(type);
    }

    /** A future bound to {@code loop} (loop.create_future()). */
    PyFuture(EventLoop loop) {
        super(TYPE);
        init(loop);
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyFuture f = new PyFuture(cls);
        if (!cls.heapType) {
            f.initFromArgs(a, kw);
        }
        return f;
    }

    void initFromArgs(PyObject[] a, String[] kw) {
        if (Kw.npos(a, kw) > 0) {
            throw Errors.typeError("Future() takes no positional arguments");
        }
        PyObject[] k = Kw.only("Future", a, kw, "loop");
        init(EventLoop.loopArg(k[0]));
    }

    final void init(EventLoop loop) {
        this.loop = loop;
        if (loop.debug) {
            sourceTraceback = Formatting.extractStack();
        }
    }

    final EventLoop loop() {
        if (loop == null) {
            throw Errors.runtimeError("Future object is not initialized.");
        }
        return loop;
    }

    // ---- state -------------------------------------------------------------------------------

    final boolean done() {
        return state != PENDING;
    }

    final boolean isCancelled() {
        return state == CANCELLED;
    }

    /** The result, or raises the exception / a CancelledError / InvalidStateError. */
    final PyObject result() {
        if (state == CANCELLED) {
            throw new PyException(makeCancelledError());
        }
        if (state != FINISHED) {
            throw AsyncioErrors.invalidState("Result is not set.");
        }
        logTraceback = false;
        if (exception != null) {
            throw new PyException(takeException());
        }
        return result;
    }

    /** The exception with the traceback it had when it was set (first retrieval only, as CPython). */
    final PyBaseException takeException() {
        if (exceptionTb != null) {
            exception.traceback = new ArrayList<>(exceptionTb);
            exceptionTb = null;
        }
        return exception;
    }

    final PyObject exceptionOrNone() {
        if (state == CANCELLED) {
            throw new PyException(makeCancelledError());
        }
        if (state != FINISHED) {
            throw AsyncioErrors.invalidState("Exception is not set.");
        }
        if (exception != null) {
            logTraceback = false;
            return exception;
        }
        return PyNone.NONE;
    }

    /** _make_cancelled_error: the saved CancelledError once, else a new one with the cancel message. */
    final PyBaseException makeCancelledError() {
        if (cancelledExc != null) {
            PyBaseException e = cancelledExc;
            cancelledExc = null;
            return e;
        }
        return AsyncioErrors.cancelled(cancelMessage);
    }

    void setResult(PyObject value) {
        if (state != PENDING) {
            throw AsyncioErrors.invalidState("invalid state");
        }
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    void setException(PyObject exc) {
        if (state != PENDING) {
            throw AsyncioErrors.invalidState("invalid state");
        }
        PyObject val = exc;
        if (exc instanceof PyType t && t.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            val = t.call(Args.EMPTY, null);
            if (!(val instanceof PyBaseException) || val.type() != t) {
                throw Errors.typeError("invalid exception object");
            }
        }
        if (!(val instanceof PyBaseException e)) {
            throw Errors.typeError("invalid exception object");
        }
        if (e.type() == Exceptions.STOP_ITERATION) {
            throw Errors.typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        setExceptionUnchecked(e);
    }

    final void setExceptionUnchecked(PyBaseException e) {
        exception = e;
        exceptionTb = e.traceback == null ? null : new ArrayList<>(e.traceback);
        if (exceptionTb == null) {
            exceptionTb = new ArrayList<>();
        }
        state = FINISHED;
        scheduleCallbacks();
        logTraceback = true;
        loop.trackUnretrieved(this);
    }

    /** Future.cancel(msg); Task and the gathering future override it. */
    boolean cancel(PyObject msg) {
        logTraceback = false;
        return futureCancel(msg);
    }

    final boolean futureCancel(PyObject msg) {
        logTraceback = false;
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMessage = msg == PyNone.NONE ? null : msg;
        scheduleCallbacks();
        return true;
    }

    // ---- callbacks ---------------------------------------------------------------------------

    final void addDoneCallback(PyObject fn) {
        if (state != PENDING) {
            loop.callSoon(fn, new PyObject[] {this});
            return;
        }
        if (callbacks == null) {
            callbacks = new PyObject[2];
        } else if (ncallbacks == callbacks.length) {
            callbacks = java.util.Arrays.copyOf(callbacks, ncallbacks * 2);
        }
        callbacks[ncallbacks++] = fn;
    }

    final int removeDoneCallback(PyObject fn) {
        int kept = 0;
        for (int i = 0; i < ncallbacks; i++) {
            PyObject cb = callbacks[i];
            if (cb == fn || Ops.eq(cb, fn)) {
                continue;
            }
            callbacks[kept++] = cb;
        }
        int removed = ncallbacks - kept;
        for (int i = kept; i < ncallbacks; i++) {
            callbacks[i] = null;
        }
        ncallbacks = kept;
        return removed;
    }

    private void scheduleCallbacks() {
        int n = ncallbacks;
        if (n == 0) {
            return;
        }
        PyObject[] cbs = callbacks;
        callbacks = null;
        ncallbacks = 0;
        for (int i = 0; i < n; i++) {
            loop.callSoon(cbs[i], new PyObject[] {this});
        }
    }

    final PyList callbackList() {
        PyList l = new PyList();
        for (int i = 0; i < ncallbacks; i++) {
            l.append(PyTuple.of(callbacks[i], PyNone.NONE));
        }
        return l;
    }

    // ---- repr ------------------------------------------------------------------------------

    /** base_futures._future_repr_info. */
    List<String> reprInfo() {
        List<String> info = new ArrayList<>();
        info.add(STATE_NAMES[state].toLowerCase());
        if (state == FINISHED) {
            if (exception != null) {
                info.add("exception=" + exception.repr().value);
            } else {
                info.add("result=" + Formatting.shortRepr(result));
            }
        }
        if (ncallbacks > 0) {
            String cb;
            if (ncallbacks == 1) {
                cb = Formatting.callbackName(callbacks[0]);
            } else if (ncallbacks == 2) {
                cb = Formatting.callbackName(callbacks[0]) + ", " + Formatting.callbackName(callbacks[1]);
            } else {
                cb = Formatting.callbackName(callbacks[0]) + ", <" + (ncallbacks - 2) + " more>, "
                        + Formatting.callbackName(callbacks[ncallbacks - 1]);
            }
            info.add("cb=[" + cb + "]");
        }
        if (sourceTraceback != null && !sourceTraceback.isEmpty()) {
            info.add(Formatting.createdAt(sourceTraceback));
        }
        return info;
    }

    private boolean inRepr;

    @Override
    public PyStr repr() {
        if (type.heapType && type.lookup("__repr__") != TYPE.dict.get("__repr__")) {
            return super.repr();
        }
        return new PyStr(reprText());
    }

    final String reprText() {
        if (inRepr) {
            return "...";
        }
        inRepr = true;
        try {
            return "<" + type.name + " " + String.join(" ", reprInfo()) + ">";
        } finally {
            inRepr = false;
        }
    }

    @Override
    public PyStr defaultRepr() {
        return new PyStr(reprText());
    }

    // ---- who awaits this future (asyncio's call graph) ------------------------------------------

    /** future_add_to_awaited_by: {@code waiter} awaits this future. */
    @SuppressWarnings("unchecked")
    final void addAwaiter(PyObject waiter) {
        Object a = awaitedBy;
        if (a == null) {
            awaitedBy = waiter;
        } else if (a instanceof ArrayList<?> l) {
            if (!l.contains(waiter)) {
                ((ArrayList<PyObject>) l).add(waiter);
            }
        } else if (a != waiter) {
            ArrayList<PyObject> l = new ArrayList<>(2);
            l.add((PyObject) a);
            l.add(waiter);
            awaitedBy = l;
        }
    }

    /** future_discard_from_awaited_by. */
    final void removeAwaiter(PyObject waiter) {
        Object a = awaitedBy;
        if (a == waiter) {
            awaitedBy = null;
        } else if (a instanceof ArrayList<?> l) {
            l.remove(waiter);
            if (l.isEmpty()) {
                awaitedBy = null;
            }
        }
    }

    /** The futures awaiting this one, oldest first. */
    final List<PyObject> awaiters() {
        Object a = awaitedBy;
        if (a == null) {
            return List.of();
        }
        if (a instanceof ArrayList<?> l) {
            List<PyObject> copy = new ArrayList<>();
            for (Object o : l) {
                copy.add((PyObject) o);
            }
            return copy;
        }
        return List.of((PyObject) a);
    }

    // ---- attributes ----------------------------------------------------------------------------

    @Override
    protected PyObject specialAttr(String name) {
        switch (name) {
            case "_asyncio_awaited_by": {
                if (awaitedBy == null) {
                    return PyNone.NONE;
                }
                dev.eddy.runtime.PySet s = new dev.eddy.runtime.PySet(true);
                for (PyObject w : awaiters()) {
                    s.add(w);
                }
                return s;
            }
            case "_state": return new PyStr(STATE_NAMES[state]);
            case "_result": return state == FINISHED && exception == null ? result : PyNone.NONE;
            case "_exception": return exception == null ? PyNone.NONE : exception;
            case "_loop": return loop == null ? PyNone.NONE : loop;
            case "_callbacks": return callbackList();
            case "_cancel_message": return cancelMessage == null ? PyNone.NONE : cancelMessage;
            case "_source_traceback": return sourceTraceback == null ? PyNone.NONE : EventLoop.stackObject(sourceTraceback);
            default: return super.specialAttr(name);
        }
    }

    @Override
    public void storeAttr(String name, PyObject value) {
        switch (name) {
            case "_cancel_message":
                cancelMessage = value == PyNone.NONE ? null : value;
                return;
            case "_loop":
                loop = EventLoop.loopArg(value);
                return;
            case "_asyncio_future_blocking":
                blocking = value.isTrue();
                return;
            case "_log_traceback":
                if (value.isTrue()) {
                    throw Errors.valueError("_log_traceback can only be set to False");
                }
                logTraceback = false;
                return;
            default:
                super.storeAttr(name, value);
        }
    }

    // ---- the Python-visible methods ------------------------------------------------------------

    static PyFuture self(PyObject o) {
        return SelfCheck.of(o, PyFuture.class, "_asyncio.Future");
    }

    /** Cancels any future-like: directly for ours, through its cancel method otherwise. */
    static boolean cancelAny(PyObject fut, PyObject msg) {
        if (fut instanceof PyFuture f && !f.type.heapType) {
            return f.cancel(msg);
        }
        PyObject r = msg == null ? Ops.callMethod(fut, "cancel") : Ops.callMethod(fut, "cancel", msg);
        return r.isTrue();
    }

    static void install(PyType t) {
        t.def("__init__", (a, kw) -> {
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            self(a[0]).initFromArgs(rest, kw);
            return PyNone.NONE;
        });
        t.def("result", (a, kw) -> {
            Args.checkMethod("result", a, kw, 0, 0);
            return self(a[0]).result();
        });
        t.def("exception", (a, kw) -> {
            Args.checkMethod("exception", a, kw, 0, 0);
            return self(a[0]).exceptionOrNone();
        });
        t.def("set_result", (a, kw) -> {
            Args.checkMethod("set_result", a, kw, 1, 1);
            self(a[0]).setResult(a[1]);
            return PyNone.NONE;
        });
        t.def("set_exception", (a, kw) -> {
            Args.checkMethod("set_exception", a, kw, 1, 1);
            self(a[0]).setException(a[1]);
            return PyNone.NONE;
        });
        t.def("cancel", (a, kw) -> {
            PyObject[] p = Args.bind("cancel", java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"msg"}, 0);
            self(a[0]).loop();
            return PyBool.of(self(a[0]).cancel(p[0] == null ? PyNone.NONE : p[0]));
        });
        t.def("cancelled", (a, kw) -> PyBool.of(self(a[0]).state == CANCELLED));
        t.def("done", (a, kw) -> PyBool.of(self(a[0]).state != PENDING));
        t.def("get_loop", (a, kw) -> self(a[0]).loop());
        t.def("add_done_callback", (a, kw) -> {
            Kw.only("add_done_callback", a, kw, "context");
            if (Kw.npos(a, kw) != 2) {
                throw Errors.typeError("add_done_callback() takes exactly one positional argument (" + (Kw.npos(a, kw) - 1) + " given)");
            }
            PyFuture f = self(a[0]);
            f.loop();
            f.addDoneCallback(a[1]);
            return PyNone.NONE;
        });
        t.def("remove_done_callback", (a, kw) -> {
            Args.checkMethod("remove_done_callback", a, kw, 1, 1);
            return PyInt.of(self(a[0]).removeDoneCallback(a[1]));
        });
        t.def("_make_cancelled_error", (a, kw) -> self(a[0]).makeCancelledError());
        t.def("__await__", (a, kw) -> new FutureIter(self(a[0])));
        t.def("__iter__", (a, kw) -> new FutureIter(self(a[0])));
        t.def("__repr__", (a, kw) -> new PyStr(self(a[0]).reprText()));
        t.def("__class_getitem__", (a, kw) -> a[0]);
        t.dict.put("_asyncio_future_blocking", new PyProperty(
                new dev.eddy.runtime.PyBuiltinFunction("_asyncio_future_blocking", (a, kw) -> PyBool.of(self(a[0]).blocking)),
                new dev.eddy.runtime.PyBuiltinFunction("_asyncio_future_blocking", (a, kw) -> {
                    self(a[0]).blocking = a[1].isTrue();
                    return PyNone.NONE;
                }), null, PyNone.NONE));
        t.dict.put("_log_traceback", new PyProperty(
                new dev.eddy.runtime.PyBuiltinFunction("_log_traceback", (a, kw) -> PyBool.of(self(a[0]).logTraceback)),
                new dev.eddy.runtime.PyBuiltinFunction("_log_traceback", (a, kw) -> {
                    if (a[1].isTrue()) {
                        throw Errors.valueError("_log_traceback can only be set to False");
                    }
                    self(a[0]).logTraceback = false;
                    return PyNone.NONE;
                }), null, PyNone.NONE));
    }
}
