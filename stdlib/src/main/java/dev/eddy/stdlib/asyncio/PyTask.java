package dev.eddy.stdlib.asyncio;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import java.util.List;

/**
 * asyncio.Task: a Future that drives a coroutine. Each step sends None (or throws an
 * exception) into the coroutine; a future yielded up the await chain gets the task's
 * wake-up callback, a bare yield reschedules the next step at once. Cancellation follows
 * CPython's C implementation: cancel() cancels the awaited future or marks the task to
 * throw CancelledError at its next step, and counts requests for cancelling()/uncancel().
 */
public final class PyTask extends PyFuture {
    public static final PyType TYPE = PyType.builtin("Task", PyFuture.TYPE, PyTask::construct);

    PyObject coro;
    /** The contextvars context the task runs in: a copy of the creator's, or the one given. */
    PyObject context;
    /** The name, or null while it is still the default "Task-" + {@link #number}. */
    private PyObject name;
    private long number;
    boolean mustCancel;
    /** The future this task waits for, or null. */
    PyObject futWaiter;
    int numCancelsRequested;
    boolean logDestroyPending = true;
    private TaskStep stepCallback;
    private TaskWakeup wakeupCallback;
    /** The loop's list of unfinished tasks (all_tasks). */
    PyTask prevTask;
    PyTask nextTask;
    boolean registered;
    /** Steps taken and thread CPU time spent in them, counted while the loop is in debug mode. */
    long steps;
    long cpuNanos;

    static {
        TYPE.module = "_asyncio";
        installTask(TYPE);
    }

    PyTask(PyType type) {
        super(type);
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyTask t = new PyTask(cls);
        if (!cls.heapType) {
            t.initFromTaskArgs(a, kw);
        }
        return t;
    }

    private void initFromTaskArgs(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("Task", a, kw, new String[] {"coro", "loop", "name", "context"}, 1);
        if (Kw.npos(a, kw) > 1) {
            throw Errors.typeError("Task() takes at most 1 positional argument (" + Kw.npos(a, kw) + " given)");
        }
        init(EventLoop.loopArg(p[1]));
        start(p[0], p[2] == null ? PyNone.NONE : p[2], p[3]);
    }

    /** A task made by loop.create_task. */
    static PyTask create(EventLoop loop, PyObject coro, PyObject name, PyObject context) {
        PyTask t = new PyTask(TYPE);
        t.init(loop);
        t.start(coro, name, context);
        return t;
    }

    private void start(PyObject coro, PyObject name, PyObject context) {
        this.context = context == null || context == PyNone.NONE
                ? dev.eddy.stdlib.contextvars.PyContext.captureCurrent() : context;
        if (!Formatting.isCoroutine(coro)) {
            logDestroyPending = false;
            throw Errors.typeError("a coroutine was expected, got " + coro.repr().value);
        }
        this.coro = coro;
        if (name == null || name == PyNone.NONE) {
            this.number = ++AsyncioState.get().taskCounter;
        } else if (name instanceof PyStr) {
            this.name = name;
        } else {
            this.name = name.str();
        }
        loop.callSoon(stepCallback(), Args.EMPTY);
        loop.registerTask(this);
    }

    PyObject name() {
        PyObject n = name;
        if (n == null) {
            n = new PyStr("Task-" + number);
            name = n;
        }
        return n;
    }

    void setName(PyObject value) {
        name = value instanceof PyStr ? value : value.str();
    }

    TaskStep stepCallback() {
        TaskStep s = stepCallback;
        if (s == null) {
            s = new TaskStep(this);
            stepCallback = s;
        }
        return s;
    }

    private TaskWakeup wakeupCallback() {
        TaskWakeup w = wakeupCallback;
        if (w == null) {
            w = new TaskWakeup(this);
            wakeupCallback = w;
        }
        return w;
    }

    // ---- cancellation ----------------------------------------------------------------------

    @Override
    boolean cancel(PyObject msg) {
        logTraceback = false;
        if (state != PENDING) {
            return false;
        }
        numCancelsRequested++;
        if (futWaiter != null) {
            if (cancelAny(futWaiter, msg == null ? PyNone.NONE : msg)) {
                return true;
            }
        }
        mustCancel = true;
        cancelMessage = msg == PyNone.NONE ? null : msg;
        return true;
    }

    // ---- stepping ----------------------------------------------------------------------------

    /** Task.__step: enter the task, run one step of the coroutine, leave. */
    void step(PyBaseException exc) {
        if (state != PENDING) {
            throw AsyncioErrors.invalidState("_step(): already done: " + reprText() + " " + (exc == null ? "None" : exc.repr().value));
        }
        EventLoop l = loop;
        l.enterTask(this);
        // the step runs in the task's context; one made by the step (the first ContextVar.set) becomes the task's
        dev.eddy.runtime.ThreadState ts = dev.eddy.runtime.ThreadState.current();
        PyObject savedContext = ts.context;
        ts.context = context;
        try {
            if (l.debug) {
                long t0 = TaskAccounting.cpuNow();
                try {
                    stepImpl(exc);
                } finally {
                    steps++;
                    cpuNanos += TaskAccounting.cpuNow() - t0;
                }
            } else {
                stepImpl(exc);
            }
        } finally {
            context = ts.context;
            ts.context = savedContext;
            l.leaveTask(this);
        }
    }

    private void stepImpl(PyBaseException exc) {
        if (mustCancel) {
            if (exc == null || !AsyncioErrors.isCancelled(exc)) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        PyObject result;
        PyObject c = coro;
        try {
            if (c instanceof PyGenerator g) {
                result = g.resume(PyNone.NONE, exc == null ? null : new PyException(exc));
                if (result == null) {
                    finish(g.returnValue);
                    return;
                }
            } else if (c instanceof NativeCoroutine n) {
                result = n.resume(exc == null ? null : new PyException(exc));
                if (result == null) {
                    finish(n.result);
                    return;
                }
            } else {
                try {
                    result = exc == null ? Ops.callMethod(c, "send", PyNone.NONE) : Ops.callMethod(c, "throw", exc);
                } catch (PyException e) {
                    if (e.matches(Exceptions.STOP_ITERATION)) {
                        PyObject[] args = e.value.args.items;
                        finish(args.length > 0 ? args[0] : PyNone.NONE);
                        return;
                    }
                    throw e;
                }
            }
        } catch (PyException e) {
            PyBaseException ev = e.value;
            if (AsyncioErrors.isCancelled(ev)) {
                cancelledExc = ev;
                futureCancel(null);
                loop.unregisterTask(this);
                return;
            }
            setExceptionUnchecked(ev);
            loop.unregisterTask(this);
            if (AsyncioErrors.isExit(ev)) {
                throw e;
            }
            return;
        }
        handleYield(result);
    }

    private void finish(PyObject value) {
        if (mustCancel) {
            mustCancel = false;
            futureCancel(cancelMessage);
        } else {
            setResult(value);
        }
        loop.unregisterTask(this);
    }

    private void handleYield(PyObject result) {
        if (result == this) {
            errorSoon("Task cannot await on itself: " + reprText());
            return;
        }
        if (result instanceof PyFuture f && !f.type.heapType) {
            if (f.loop != loop) {
                errorSoon("Task " + reprText() + " got Future " + f.repr().value + " attached to a different loop");
                return;
            }
            if (!f.blocking) {
                errorSoon("yield was used instead of yield from in task " + reprText() + " with " + f.repr().value);
                return;
            }
            f.blocking = false;
            f.addAwaiter(this);
            f.addDoneCallback(wakeupCallback());
            futWaiter = f;
            if (mustCancel) {
                if (f.cancel(cancelMessage == null ? PyNone.NONE : cancelMessage)) {
                    mustCancel = false;
                }
            }
            return;
        }
        if (result == PyNone.NONE) {
            loop.callSoon(stepCallback(), Args.EMPTY);
            return;
        }
        PyObject blockingAttr = result.lookupAttr("_asyncio_future_blocking");
        if (blockingAttr != null && blockingAttr != PyNone.NONE) {
            boolean blocking = blockingAttr.isTrue();
            PyObject oloop = futureLoop(result);
            if (oloop != loop) {
                errorSoon("Task " + reprText() + " got Future " + result.repr().value + " attached to a different loop");
                return;
            }
            if (!blocking) {
                errorSoon("yield was used instead of yield from in task " + reprText() + " with " + result.repr().value);
                return;
            }
            result.setAttr("_asyncio_future_blocking", PyBool.FALSE);
            result.getAttr("add_done_callback").call(wakeupCallback());
            futWaiter = result;
            if (mustCancel) {
                if (cancelAny(result, cancelMessage == null ? PyNone.NONE : cancelMessage)) {
                    mustCancel = false;
                }
            }
            return;
        }
        if (result instanceof PyGenerator g && g.type() == PyGenerator.GENERATOR_TYPE) {
            errorSoon("yield was used instead of yield from for generator in task " + reprText() + " with " + result.repr().value);
            return;
        }
        errorSoon("Task got bad yield: " + result.repr().value);
    }

    static PyObject futureLoop(PyObject fut) {
        if (fut instanceof PyFuture f && !f.type.heapType) {
            return f.loop();
        }
        PyObject gl = fut.lookupAttr("get_loop");
        if (gl != null) {
            return gl.call();
        }
        return fut.getAttr("_loop");
    }

    private void errorSoon(String message) {
        loop.callSoon(stepCallback(), new PyObject[] {Exceptions.make(Exceptions.RUNTIME_ERROR, message)});
    }

    /** The wake-up callback: the awaited future is done, take the next step. */
    void wakeup(PyObject fut) {
        if (fut instanceof PyFuture pf) {
            pf.removeAwaiter(this);
        }
        if (fut instanceof PyFuture f && !f.type.heapType) {
            if (f.state == CANCELLED) {
                step(f.makeCancelledError());
                return;
            }
            if (f.state != FINISHED) {
                step(AsyncioErrors.invalidState("Result is not set.").value);
                return;
            }
            f.logTraceback = false;
            step(f.exception == null ? null : f.takeException());
            return;
        }
        try {
            Ops.callMethod(fut, "result");
        } catch (PyException e) {
            step(e.value);
            return;
        }
        step(null);
    }

    /** A done callback that marks a future's exception as seen. */
    private static final PyObject FORGET_OUTCOME = new dev.eddy.runtime.PyBuiltinFunction("_forget_outcome", (a, kw) -> {
        if (a[0] instanceof PyFuture f) {
            f.logTraceback = false;
        }
        return PyNone.NONE;
    });

    /**
     * Stops waiting for the awaited future and throws {@code exc} into the coroutine at its
     * next step (what the deadlock report does to the main task).
     */
    void interrupt(PyBaseException exc) {
        PyObject w = futWaiter;
        if (w != null) {
            if (w instanceof PyFuture f) {
                f.removeAwaiter(this);
            }
            AsyncioModule.removeDoneCallback(w, wakeupCallback());
            futWaiter = null;
            if (w instanceof GatheringFuture g) {
                // nobody awaits the gather any more: its children are cancelled, and its outcome is not news
                g.addDoneCallback(FORGET_OUTCOME);
                g.cancel(PyNone.NONE);
            }
        }
        loop.callSoon(stepCallback(), new PyObject[] {exc});
    }

    // ---- repr ------------------------------------------------------------------------------

    @Override
    List<String> reprInfo() {
        List<String> info = super.reprInfo();
        if (numCancelsRequested > 0 && state == PENDING) {
            info.set(0, "cancelling");
        }
        info.add(1, "name=" + name().repr().value);
        info.add(2, "coro=<" + (coro == null ? "None()" : Formatting.coroutine(coro)) + ">");
        if (futWaiter != null) {
            info.add(3, "wait_for=" + futWaiter.repr().value);
        }
        return info;
    }

    // ---- attributes ----------------------------------------------------------------------------

    @Override
    protected PyObject specialAttr(String attr) {
        switch (attr) {
            case "_coro": return coro == null ? PyNone.NONE : coro;
            case "_fut_waiter": return futWaiter == null ? PyNone.NONE : futWaiter;
            case "_must_cancel": return PyBool.of(mustCancel);
            case "_log_destroy_pending": return PyBool.of(logDestroyPending);
            case "_num_cancels_requested": return PyInt.of(numCancelsRequested);
            case "_name": return name();
            default: return super.specialAttr(attr);
        }
    }

    @Override
    public void storeAttr(String attr, PyObject value) {
        switch (attr) {
            case "_log_destroy_pending":
                logDestroyPending = value.isTrue();
                return;
            case "_must_cancel":
                mustCancel = value.isTrue();
                return;
            case "_num_cancels_requested":
                numCancelsRequested = Ops.toInt(value);
                return;
            default:
                super.storeAttr(attr, value);
        }
    }

    static PyTask task(PyObject o) {
        return SelfCheck.of(o, PyTask.class, "_asyncio.Task");
    }

    private static void installTask(PyType t) {
        t.def("__init__", (a, kw) -> {
            task(a[0]).initFromTaskArgs(java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        t.def("get_coro", (a, kw) -> task(a[0]).coro);
        t.def("get_name", (a, kw) -> task(a[0]).name());
        t.def("set_name", (a, kw) -> {
            Args.checkMethod("set_name", a, kw, 1, 1);
            task(a[0]).setName(a[1]);
            return PyNone.NONE;
        });
        t.def("get_context", (a, kw) -> {
            PyTask task = (PyTask) a[0];
            if (task.context == null) {
                task.context = new dev.eddy.stdlib.contextvars.PyContext();
            }
            return task.context;
        });
        t.def("set_result", (a, kw) -> {
            throw Errors.runtimeError("Task does not support set_result operation");
        });
        t.def("set_exception", (a, kw) -> {
            throw Errors.runtimeError("Task does not support set_exception operation");
        });
        t.def("cancel", (a, kw) -> {
            PyObject[] p = Args.bind("cancel", java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"msg"}, 0);
            return PyBool.of(task(a[0]).cancel(p[0] == null ? PyNone.NONE : p[0]));
        });
        t.def("cancelling", (a, kw) -> PyInt.of(task(a[0]).numCancelsRequested));
        t.def("uncancel", (a, kw) -> {
            PyTask self = task(a[0]);
            if (self.numCancelsRequested > 0) {
                self.numCancelsRequested--;
            }
            return PyInt.of(self.numCancelsRequested);
        });
        t.def("get_stack", (a, kw) -> new PyList());
        t.def("print_stack", (a, kw) -> PyNone.NONE);
        t.def("__repr__", (a, kw) -> new PyStr(task(a[0]).reprText()));
    }

    /** The step callback (CPython's TaskStepMethWrapper): runs the task's next step. */
    static final class TaskStep extends PyObject implements Handle.LoopCallback {
        static final PyType TYPE = PyType.builtin("TaskStepMethWrapper", PyType.OBJECT, null);
        final PyTask task;

        TaskStep(PyTask task) {
            this.task = task;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public void invoke(PyObject[] args) {
            task.step(args.length == 0 ? null : (PyBaseException) args[0]);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            invoke(args.length == 0 || args[0] == PyNone.NONE ? Args.EMPTY : new PyObject[] {Exceptions.fromRaised(args[0])});
            return PyNone.NONE;
        }

        @Override
        public PyObject lookupAttr(String attr) {
            if (attr.equals("__self__")) {
                return task;
            }
            return super.lookupAttr(attr);
        }
    }

    /** The wake-up callback added to the awaited future (CPython's task_wakeup). */
    static final class TaskWakeup extends PyObject implements Handle.LoopCallback {
        static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT, null);
        final PyTask task;

        TaskWakeup(PyTask task) {
            this.task = task;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public void invoke(PyObject[] args) {
            task.wakeup(args[0]);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            task.wakeup(args[0]);
            return PyNone.NONE;
        }

        @Override
        public PyObject lookupAttr(String attr) {
            switch (attr) {
                case "__self__": return task;
                case "__name__": return new PyStr("task_wakeup");
                case "__qualname__": return new PyStr("Task.task_wakeup");
                default: return super.lookupAttr(attr);
            }
        }

        @Override
        public PyStr repr() {
            return new PyStr("<built-in method task_wakeup of Task object>");
        }
    }
}
