package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/**
 * A coroutine written in Java, for the hot asyncio coroutines (Queue.get, Queue.put): a
 * small state machine instead of an interpreted frame. It behaves as a coroutine object
 * does: awaitable, drivable by a Task, with send/throw/close, reusable never.
 */
abstract class NativeCoroutine extends PyIterator implements PyGenerator.DelegationResult {
    static final PyType TYPE = PyType.builtin("coroutine", PyType.OBJECT, null);

    static {
        TYPE.def("__await__", (a, kw) -> a[0]);
        TYPE.def("send", (a, kw) -> {
            NativeCoroutine c = (NativeCoroutine) a[0];
            if (!c.started && a[1] != PyNone.NONE) {
                throw Errors.typeError("can't send non-None value to a just-started coroutine");
            }
            return c.stepOrStop(null);
        });
        TYPE.def("throw", (a, kw) -> {
            PyObject e = a[1];
            if (e instanceof PyType t && a.length > 2 && a[2] != PyNone.NONE) {
                e = a[2] instanceof PyBaseException ? a[2] : t.call(a[2]);
            }
            return SelfCheck.of(a[0], NativeCoroutine.class, "coroutine").stepOrStop(new PyException(Exceptions.fromRaised(e)));
        });
        TYPE.def("close", (a, kw) -> {
            SelfCheck.of(a[0], NativeCoroutine.class, "coroutine").close();
            return PyNone.NONE;
        });
        TYPE.def("__repr__", (a, kw) -> a[0].repr());
    }

    boolean started;
    boolean finished;
    private boolean running;
    PyObject result = PyNone.NONE;

    /** Never-started native coroutines, for the "was never awaited" warning (an intrusive list from {@link AsyncioState#unstartedHead}). */
    private NativeCoroutine prevUnstarted;
    private NativeCoroutine nextUnstarted;
    private boolean listed;
    /** Where it was created: the frame and its line, and in debug mode the whole stack. */
    private dev.eddy.runtime.Frame creator;
    private int creatorLine;
    private String origin;

    NativeCoroutine() {
        dev.eddy.runtime.ThreadState ts = dev.eddy.runtime.ThreadState.current();
        dev.eddy.runtime.Frame f = ts.frame;
        if (f != null) {
            creator = f;
            creatorLine = f.line;
        }
        if (ts.interp.trackOrigin) {
            origin = dev.eddy.runtime.CallSite.describe();
        }
        listed = true;
        AsyncioState state = AsyncioState.get();
        nextUnstarted = state.unstartedHead;
        if (state.unstartedHead != null) {
            state.unstartedHead.prevUnstarted = this;
        }
        state.unstartedHead = this;
    }

    private void unlist() {
        if (!listed) {
            return;
        }
        listed = false;
        if (prevUnstarted != null) {
            prevUnstarted.nextUnstarted = nextUnstarted;
        } else {
            AsyncioState.get().unstartedHead = nextUnstarted;
        }
        if (nextUnstarted != null) {
            nextUnstarted.prevUnstarted = prevUnstarted;
        }
        prevUnstarted = null;
        nextUnstarted = null;
        creator = null;
    }

    /** At program end: CPython's RuntimeWarning for each native coroutine never awaited. */
    static void reportUnstarted() {
        AsyncioState state = AsyncioState.get();
        java.util.ArrayList<NativeCoroutine> list = new java.util.ArrayList<>();
        for (NativeCoroutine c = state.unstartedHead; c != null; c = c.nextUnstarted) {
            list.add(c);
        }
        state.unstartedHead = null;
        java.util.Collections.reverse(list);
        for (NativeCoroutine c : list) {
            StringBuilder sb = new StringBuilder();
            dev.eddy.runtime.Frame f = c.creator;
            sb.append(f == null ? "sys" : f.code.filename()).append(':').append(f == null ? 1 : c.creatorLine)
                    .append(": RuntimeWarning: coroutine '").append(c.qualname()).append("' was never awaited\n");
            if (c.origin != null) {
                sb.append("Coroutine created at (most recent call last)\n").append(c.origin);
            } else {
                String src = f == null ? null : f.code.source.line(c.creatorLine);
                if (src != null && !src.isBlank()) {
                    sb.append("  ").append(src.strip()).append('\n');
                }
                sb.append("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
            }
            Formatting.writeStderr(sb.toString());
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The coroutine's __qualname__, e.g. "Queue.get". */
    abstract String qualname();

    /**
     * One step: the value to pass up to the Task (a future), or null when finished with
     * {@link #result}. {@code exc} is an exception thrown in at the suspension point.
     */
    protected abstract PyObject step(PyException exc);

    /** Resumes (exc == null: send None); returns what to yield, or null when done. */
    final PyObject resume(PyException exc) {
        if (running) {
            throw Errors.valueError("coroutine already executing");
        }
        if (finished) {
            if (exc != null) {
                throw exc;
            }
            throw Errors.runtimeError("cannot reuse already awaited coroutine");
        }
        if (!started) {
            started = true;
            unlist();
            if (exc != null) {
                finished = true;
                throw exc;
            }
        }
        running = true;
        try {
            PyObject r = step(exc);
            if (r == null) {
                finished = true;
            }
            return r;
        } catch (PyException e) {
            finished = true;
            throw e;
        } finally {
            running = false;
        }
    }

    private PyObject stepOrStop(PyException exc) {
        PyObject r = resume(exc);
        if (r == null) {
            throw Errors.stopIteration(result);
        }
        return r;
    }

    @Override
    public final PyObject next() {
        return resume(null);
    }

    @Override
    public final PyObject result() {
        return result;
    }

    void close() {
        if (finished) {
            return;
        }
        if (!started) {
            started = true;
            finished = true;
            unlist();
            return;
        }
        try {
            PyObject r = resume(Errors.of(Exceptions.GENERATOR_EXIT, null));
            if (r != null) {
                throw Errors.runtimeError("coroutine ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.matches(Exceptions.GENERATOR_EXIT) && !e.matches(Exceptions.STOP_ITERATION)) {
                throw e;
            }
        }
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "__name__": {
                String q = qualname();
                return new PyStr(q.substring(q.lastIndexOf('.') + 1));
            }
            case "__qualname__": return new PyStr(qualname());
            case "cr_running": return PyBool.of(running);
            case "cr_await": return PyNone.NONE;
            case "cr_frame": return finished ? PyNone.NONE : PyBool.TRUE;
            default: return super.lookupAttr(name);
        }
    }

    @Override
    public PyStr repr() {
        return new PyStr("<coroutine object " + qualname() + " at 0x"
                + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16) + ">");
    }
}
