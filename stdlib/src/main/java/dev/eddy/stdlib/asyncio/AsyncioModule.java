package dev.eddy.stdlib.asyncio;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.Shutdown;
import dev.eddy.runtime.SourceModules;
import dev.eddy.runtime.Sys;
import java.lang.ref.WeakReference;
import java.util.ArrayList;

/**
 * The asyncio module. The hot paths are Java (this package): the event loop, Future, Task,
 * handles, gather, sleep, the queues, the loop-level functions, sockets and the worker
 * pool. The higher levels that CPython also writes in Python (the policy, run/Runner,
 * wait, wait_for, shield, timeouts, TaskGroup, locks, streams) are the Python source
 * {@code asyncio.py} beside this class, run in the module's namespace at import.
 *
 * <p>State that CPython keeps per process (the Task-N counter, the loops, the policy's
 * current loop) is reset by {@link #create}, so that several program runs can share a JVM.
 */
public final class AsyncioModule implements ModuleProvider {
    /** asyncio.coroutines._is_coroutine: the marker iscoroutinefunction accepts. */
    static final PyObject IS_COROUTINE_MARKER = new PyInstance(PyType.OBJECT);

    /** futures._set_result_unless_cancelled: what sleep's timer calls. */
    static final PyBuiltinFunction SET_RESULT_UNLESS_CANCELLED = new PyBuiltinFunction("_set_result_unless_cancelled", (a, kw) -> {
        PyObject fut = a[0];
        if (fut instanceof PyFuture f && !f.type.heapType) {
            if (f.state == PyFuture.CANCELLED) {
                return PyNone.NONE;
            }
            f.setResult(a[1]);
        } else {
            if (Ops.callMethod(fut, "cancelled").isTrue()) {
                return PyNone.NONE;
            }
            Ops.callMethod(fut, "set_result", a[1]);
        }
        return PyNone.NONE;
    });

    /** Builtins that return native coroutines: iscoroutinefunction says yes to them. */
    static final java.util.Set<PyObject> NATIVE_COROUTINE_FUNCTIONS = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    /** The default policy's per-thread current loop. */
    static final class LoopSlot {
        EventLoop loop;
        boolean setCalled;
    }

    @Override
    public String name() {
        return "asyncio";
    }

    @Override
    public PyModule create() {
        DebugOptions.current(); // a bad -X asyncio-... value is an error at import, before any coroutine is made
        reset();
        PyModule m = new PyModule("asyncio");
        AsyncioState.get().module = m;
        defineTypes(m);
        defineFunctions(m);
        SourceModules.execResource(AsyncioModule.class, "asyncio.py", m);
        ChildStreams.define(m);
        SourceModules.execResource(AsyncioModule.class, "asyncio_subprocess.py", m);
        Shutdown.register(AsyncioModule::atExit);
        Shutdown.register(NativeCoroutine::reportUnstarted);
        return m;
    }

    /** Starts this interpreter's asyncio state afresh (the module is made once per interpreter). */
    private static void reset() {
        dev.eddy.runtime.InterpreterState.current().dropExtension(AsyncioState.class);
        EventLoop.setRunning(null);
        AsyncGenerators.install();
    }

    private static void atExit() {
        ArrayList<WeakReference<EventLoop>> loops = new ArrayList<>(AsyncioState.get().loops);
        for (WeakReference<EventLoop> r : loops) {
            EventLoop l = r.get();
            if (l != null) {
                try {
                    l.reportAtExit();
                } catch (PyException e) {
                    Formatting.log("Exception ignored in asyncio shutdown", e.value);
                }
            }
        }
    }

    static boolean debugFromEnvironment() {
        if (Sys.get().xOptions.contains("dev")) {
            return true;
        }
        String v = Sys.get().env.get("PYTHONASYNCIODEBUG");
        return v != null && !v.isEmpty();
    }

    // ---- helpers shared by the package ---------------------------------------------------------

    /** A number of seconds from an int or float (or anything with __float__). */
    static double seconds(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.toDouble();
        }
        if (o.type().lookup("__float__") != null) {
            PyObject r = Ops.callMethod(o, "__float__");
            if (r instanceof PyFloat f) {
                return f.value;
            }
        }
        if (o.asIndexOrNull() != null) {
            return o.asIndexOrNull().toDouble();
        }
        throw Errors.typeError("must be real number, not " + o.type().name);
    }

    /** asyncio.isfuture. */
    static boolean isFuture(PyObject o) {
        if (o instanceof PyFuture) {
            return true;
        }
        if (o.type().lookup("_asyncio_future_blocking") == null) {
            return false;
        }
        PyObject v = o.lookupAttr("_asyncio_future_blocking");
        return v != null && v != PyNone.NONE;
    }

    static void addDoneCallback(PyObject fut, PyObject cb) {
        if (fut instanceof PyFuture f && !f.type.heapType) {
            f.loop();
            f.addDoneCallback(cb);
        } else {
            Ops.callMethod(fut, "add_done_callback", cb);
        }
    }

    static void removeDoneCallback(PyObject fut, PyObject cb) {
        if (fut instanceof PyFuture f && !f.type.heapType) {
            f.removeDoneCallback(cb);
        } else {
            Ops.callMethod(fut, "remove_done_callback", cb);
        }
    }

    /** events.get_event_loop / _get_event_loop: the running loop, else the policy's. */
    static EventLoop getEventLoop() {
        EventLoop l = EventLoop.running();
        if (l != null) {
            return l;
        }
        PyObject customPolicy = AsyncioState.get().customPolicy;
        if (customPolicy != null) {
            PyObject r = Ops.callMethod(customPolicy, "get_event_loop");
            if (!(r instanceof EventLoop el)) {
                throw Errors.typeError("the event loop policy returned a non-asyncio loop");
            }
            return el;
        }
        return policyGetEventLoop();
    }

    static EventLoop policyGetEventLoop() {
        LoopSlot s = AsyncioState.get().slots.get();
        boolean mainThread = dev.eddy.runtime.ThreadState.current().isMain();
        if (s.loop == null && !s.setCalled && mainThread) {
            s.setCalled = true;
            s.loop = EventLoop.create();
        }
        if (s.loop == null) {
            String name = mainThread ? "MainThread" : Thread.currentThread().getName();
            throw Errors.runtimeError("There is no current event loop in thread " + PyStr.repr(name) + ".");
        }
        return s.loop;
    }

    static void policySetEventLoop(PyObject loop) {
        LoopSlot s = AsyncioState.get().slots.get();
        s.setCalled = true;
        if (loop != PyNone.NONE && !(loop instanceof EventLoop)) {
            throw Errors.typeError("loop must be an instance of AbstractEventLoop or None, not '" + loop.type().name + "'");
        }
        s.loop = loop == PyNone.NONE ? null : (EventLoop) loop;
    }

    /** tasks.ensure_future / _ensure_future. */
    static PyObject ensureFuture(PyObject arg, EventLoop loop) {
        if (isFuture(arg)) {
            if (loop != null && loop != PyTask.futureLoop(arg)) {
                throw Errors.valueError("The future belongs to a different loop than the one specified as the loop argument");
            }
            return arg;
        }
        boolean wrapped = false;
        if (!Formatting.isCoroutine(arg)) {
            if (arg.type().lookup("__await__") != null) {
                arg = AsyncioState.get().module.get("_wrap_awaitable").call(arg);
                wrapped = true;
            } else {
                throw Errors.typeError("An asyncio.Future, a coroutine or an awaitable is required");
            }
        }
        if (loop == null) {
            loop = getEventLoop();
        }
        try {
            return loop.createTask(arg, null);
        } catch (PyException e) {
            if (e.matches(Exceptions.RUNTIME_ERROR) && !wrapped) {
                if (arg instanceof PyGenerator g) {
                    g.close();
                } else {
                    Ops.callMethod(arg, "close");
                }
            }
            throw e;
        }
    }

    /** futures.wrap_future for a concurrent future. */
    static PyObject wrapFuture(PyObject cf, EventLoop loop) {
        if (isFuture(cf)) {
            return cf;
        }
        if (loop == null) {
            loop = getEventLoop();
        }
        return AsyncioState.get().module.get("_wrap_concurrent").call(cf, loop);
    }

    // ---- module contents ---------------------------------------------------------------------

    private static void defineTypes(PyModule m) {
        m.set("Future", PyFuture.TYPE);
        m.set("Task", PyTask.TYPE);
        m.set("Handle", Handle.TYPE);
        m.set("TimerHandle", TimerHandle.TYPE);
        m.set("AbstractEventLoop", EventLoop.ABSTRACT_TYPE);
        m.set("BaseEventLoop", EventLoop.BASE_TYPE);
        m.set("SelectorEventLoop", EventLoop.TYPE);
        m.set("_GatheringFuture", GatheringFuture.TYPE);
        m.set("Queue", PyQueue.TYPE);
        m.set("PriorityQueue", PyQueue.PRIORITY_TYPE);
        m.set("LifoQueue", PyQueue.LIFO_TYPE);
        m.set("CancelledError", AsyncioErrors.CANCELLED_ERROR);
        m.set("InvalidStateError", AsyncioErrors.INVALID_STATE_ERROR);
        m.set("TimeoutError", Exceptions.TIMEOUT_ERROR);
        m.set("SendfileNotAvailableError", AsyncioErrors.SENDFILE_NOT_AVAILABLE_ERROR);
        m.set("IncompleteReadError", AsyncioErrors.INCOMPLETE_READ_ERROR);
        m.set("LimitOverrunError", AsyncioErrors.LIMIT_OVERRUN_ERROR);
        m.set("BrokenBarrierError", AsyncioErrors.BROKEN_BARRIER_ERROR);
        m.set("QueueEmpty", AsyncioErrors.QUEUE_EMPTY);
        m.set("QueueFull", AsyncioErrors.QUEUE_FULL);
        m.set("_ConcurrentFuture", ConcurrentFuture.TYPE);
        m.set("_StreamBuffer", StreamBuffer.TYPE);
        m.set("_ConcurrentCancelledError", ConcurrentFuture.CANCELLED_ERROR);
        m.set("_ConcurrentInvalidStateError", ConcurrentFuture.INVALID_STATE_ERROR);
        m.set("_is_coroutine", IS_COROUTINE_MARKER);
        m.set("FIRST_COMPLETED", new PyStr("FIRST_COMPLETED"));
        m.set("FIRST_EXCEPTION", new PyStr("FIRST_EXCEPTION"));
        m.set("ALL_COMPLETED", new PyStr("ALL_COMPLETED"));
    }

    private static PyBuiltinFunction def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        m.set(name, f);
        return f;
    }

    private static EventLoop loopOrRunning(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return EventLoop.runningOrRaise();
        }
        if (!(o instanceof EventLoop l)) {
            throw Errors.typeError("loop must be an asyncio event loop");
        }
        return l;
    }

    private static void defineFunctions(PyModule m) {
        def(m, "get_running_loop", (a, kw) -> {
            Args.check("get_running_loop", a, kw, 0, 0);
            return EventLoop.runningOrRaise();
        });
        def(m, "_get_running_loop", (a, kw) -> {
            EventLoop l = EventLoop.running();
            return l == null ? PyNone.NONE : l;
        });
        def(m, "_set_running_loop", (a, kw) -> {
            EventLoop.setRunning(a[0] == PyNone.NONE ? null : (EventLoop) a[0]);
            return PyNone.NONE;
        });
        def(m, "get_event_loop", (a, kw) -> {
            Args.check("get_event_loop", a, kw, 0, 0);
            return getEventLoop();
        });
        def(m, "_get_event_loop", (a, kw) -> getEventLoop());
        def(m, "_policy_get_event_loop", (a, kw) -> policyGetEventLoop());
        def(m, "_policy_set_event_loop", (a, kw) -> {
            policySetEventLoop(a[0]);
            return PyNone.NONE;
        });
        def(m, "_set_custom_policy", (a, kw) -> {
            AsyncioState.get().customPolicy = a[0] == PyNone.NONE ? null : a[0];
            return PyNone.NONE;
        });
        def(m, "set_event_loop", (a, kw) -> {
            Args.check("set_event_loop", a, kw, 1, 1);
            PyObject customPolicy = AsyncioState.get().customPolicy;
            if (customPolicy != null) {
                Ops.callMethod(customPolicy, "set_event_loop", a[0]);
            } else {
                policySetEventLoop(a[0]);
            }
            return PyNone.NONE;
        });
        def(m, "new_event_loop", (a, kw) -> {
            Args.check("new_event_loop", a, kw, 0, 0);
            PyObject customPolicy = AsyncioState.get().customPolicy;
            if (customPolicy != null) {
                return Ops.callMethod(customPolicy, "new_event_loop");
            }
            return EventLoop.create();
        });
        def(m, "create_task", (a, kw) -> {
            if (kw == null && a.length == 1) {
                return EventLoop.runningOrRaise().createTask(a[0], null);
            }
            PyObject[] p = Args.bind("create_task", a, kw, new String[] {"coro", "name", "context"}, 1);
            EventLoop loop = EventLoop.runningOrRaise();
            PyObject t = loop.createTask(p[0], null, p[2]);
            if (p[1] != null && p[1] != PyNone.NONE) {
                if (t instanceof PyTask task && !task.type.heapType) {
                    task.setName(p[1]);
                } else {
                    Ops.callMethod(t, "set_name", p[1]);
                }
            }
            return t;
        });
        def(m, "ensure_future", (a, kw) -> {
            PyObject[] p = Args.bind("ensure_future", a, kw, new String[] {"coro_or_future", "loop"}, 1);
            EventLoop loop = p[1] == null || p[1] == PyNone.NONE ? null : EventLoop.loopArg(p[1]);
            return ensureFuture(p[0], loop);
        });
        def(m, "isfuture", (a, kw) -> {
            Args.check("isfuture", a, kw, 1, 1);
            return PyBool.of(isFuture(a[0]));
        });
        def(m, "iscoroutine", (a, kw) -> {
            Args.check("iscoroutine", a, kw, 1, 1);
            return PyBool.of(Formatting.isCoroutine(a[0]));
        });
        def(m, "iscoroutinefunction", (a, kw) -> {
            Args.check("iscoroutinefunction", a, kw, 1, 1);
            return PyBool.of(EventLoop.isCoroutineFunction(a[0]));
        });
        def(m, "current_task", (a, kw) -> {
            PyObject[] p = Args.bind("current_task", a, kw, new String[] {"loop"}, 0);
            PyTask t = loopOrRunning(p[0]).currentTask();
            return t == null ? PyNone.NONE : t;
        });
        def(m, "all_tasks", (a, kw) -> {
            PyObject[] p = Args.bind("all_tasks", a, kw, new String[] {"loop"}, 0);
            return loopOrRunning(p[0]).allTasks();
        });
        def(m, "gather", (a, kw) -> {
            if (kw == null) {
                return GatheringFuture.gather(a, false);
            }
            PyObject[] k = Kw.only("gather", a, kw, "return_exceptions");
            PyObject[] aws = java.util.Arrays.copyOf(a, Kw.npos(a, kw));
            return GatheringFuture.gather(aws, k[0] != null && k[0].isTrue());
        });
        m.set("_set_result_unless_cancelled", SET_RESULT_UNLESS_CANCELLED);
        NATIVE_COROUTINE_FUNCTIONS.add(def(m, "sleep", Sleep::create));
        def(m, "_enter_task", (a, kw) -> {
            ((EventLoop) a[0]).enterTask((PyTask) a[1]);
            return PyNone.NONE;
        });
        def(m, "_leave_task", (a, kw) -> {
            ((EventLoop) a[0]).leaveTask((PyTask) a[1]);
            return PyNone.NONE;
        });
        def(m, "_register_task", (a, kw) -> PyNone.NONE);
        def(m, "_unregister_task", (a, kw) -> PyNone.NONE);
        def(m, "_install_method", (a, kw) -> {
            PyType t = (PyType) a[0];
            String name = a[1].str().value;
            PyObject f = a[2];
            if (f instanceof dev.eddy.runtime.PyFunction pf) {
                pf.name = name;
                pf.qualname = t.name + "." + name;
            }
            t.dict.put(name, f);
            return PyNone.NONE;
        });
        def(m, "_future_loop", (a, kw) -> PyTask.futureLoop(a[0]));
        def(m, "_is_debug_mode", (a, kw) -> PyBool.of(debugFromEnvironment()));
        def(m, "_format_callback_source", (a, kw) -> new PyStr(Formatting.callbackSource(a[0], Ops.toArray(a[1]))));
        def(m, "_format_coroutine", (a, kw) -> new PyStr(Formatting.coroutine(a[0])));
        defineDebuggingHelpers(m);
    }

    /** The call graph functions, and what the Python half tells the debugging reports. */
    private static void defineDebuggingHelpers(PyModule m) {
        CallGraph.define(m);
        def(m, "future_add_to_awaited_by", (a, kw) -> {
            Args.check("future_add_to_awaited_by", a, kw, 2, 2);
            if (a[0] instanceof PyFuture f && a[1] instanceof PyFuture) {
                f.addAwaiter(a[1]);
            }
            return PyNone.NONE;
        });
        def(m, "future_discard_from_awaited_by", (a, kw) -> {
            Args.check("future_discard_from_awaited_by", a, kw, 2, 2);
            if (a[0] instanceof PyFuture f) {
                f.removeAwaiter(a[1]);
            }
            return PyNone.NONE;
        });
        // _waiting_on(fut, subject, kind) -> fut: the future stands for waiting on subject (a Lock's acquire...)
        def(m, "_waiting_on", (a, kw) -> {
            if (a[0] instanceof PyFuture f) {
                f.waitSubject = a[1];
                f.waitKind = a[2].str().value;
            }
            return a[0];
        });
        // the running task or None: who holds a Lock just acquired
        def(m, "_current_holder", (a, kw) -> {
            EventLoop l = EventLoop.running();
            PyTask t = l == null ? null : l.currentTask();
            return t == null ? PyNone.NONE : t;
        });
        // _external_work(loop, concurrent_future): a job on another thread will call back into the loop
        def(m, "_external_work", (a, kw) -> {
            if (a[0] instanceof EventLoop loop) {
                loop.externalWorkBegan();
                boolean[] ended = {false};
                Ops.callMethod(a[1], "add_done_callback", new PyBuiltinFunction("_external_work_done", (b, kw2) -> {
                    synchronized (ended) {
                        if (ended[0]) {
                            return PyNone.NONE;
                        }
                        ended[0] = true;
                    }
                    loop.externalWorkEnded();
                    return PyNone.NONE;
                }));
            }
            return PyNone.NONE;
        });
        def(m, "_task_tree", (a, kw) -> new PyStr(TaskTree.render(loopOrRunning(a.length == 0 ? null : a[0]))));
    }
}
