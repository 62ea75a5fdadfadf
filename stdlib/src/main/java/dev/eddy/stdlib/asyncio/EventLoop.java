package dev.eddy.stdlib.asyncio;

import dev.eddy.builtins.Functions;
import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Code;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyCoroutine;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyFunction;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.TracebackEntry;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The event loop (CPython's _UnixSelectorEventLoop): a FIFO of ready handles, a heap of
 * timers ordered by (deadline, sequence), and a {@link Selector} for sockets, which also
 * lets other threads wake the loop (call_soon_threadsafe). {@link #runOnce} is CPython's
 * _run_once step for step.
 */
public final class EventLoop extends PyInstance {
    public static final PyType ABSTRACT_TYPE = PyType.builtin("AbstractEventLoop", PyType.OBJECT, null);
    public static final PyType BASE_TYPE = PyType.builtin("BaseEventLoop", ABSTRACT_TYPE, null);
    public static final PyType SELECTOR_TYPE = PyType.builtin("BaseSelectorEventLoop", BASE_TYPE, null);
    public static final PyType TYPE = PyType.builtin("_UnixSelectorEventLoop", SELECTOR_TYPE, (cls, a, kw) -> {
        Kw.only("SelectorEventLoop", a, kw, "selector");
        return new EventLoop(cls);
    });

    private static final int MIN_SCHEDULED_TIMER_HANDLES = 100;
    private static final double MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;
    private static final double MAXIMUM_SELECT_TIMEOUT = 24 * 3600;
    private static final double CLOCK_RESOLUTION = 1e-09;

    /** The loop running in each thread (events._get_running_loop). */
    private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();

    final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final PriorityQueue<TimerHandle> scheduled = new PriorityQueue<>(TimerHandle::compare);
    /** Handles added by other threads, moved to {@link #ready} by the loop's own thread. */
    private final ConcurrentLinkedQueue<Handle> incoming = new ConcurrentLinkedQueue<>();
    /** Work handed over by {@link #runSoonFromAnyThread}, made into handles on the loop's thread. */
    private final ConcurrentLinkedQueue<Runnable> foreignWork = new ConcurrentLinkedQueue<>();
    /** add_signal_handler's handles by signal number, and the signals that arrived for them. */
    private final java.util.Map<Integer, Handle> signalHandlers = new java.util.HashMap<>();
    private final ConcurrentLinkedQueue<Integer> signalsArrived = new ConcurrentLinkedQueue<>();
    int timerCancelledCount;
    private long timerSequence;
    private boolean closed;
    private boolean stopping;
    boolean debug;
    double slowCallbackDuration = 0.1;
    /** The thread running the loop, or null when it is not running. */
    volatile Thread thread;
    private PyObject exceptionHandler;
    private Handle currentHandle;
    PyObject taskFactory;
    private volatile Selector selector;
    int registeredChannels;
    private PyTask currentTask;
    private PyTask firstTask;
    private PyTask lastTask;
    private final ArrayList<PyFuture> unretrieved = new ArrayList<>();
    private int unretrievedPruneAt = 64;
    boolean asyncgensShutdownCalled;
    boolean executorShutdownCalled;
    /** The concurrent.futures.ThreadPoolExecutor run_in_executor(None, ...) uses, made on first use. */
    PyObject defaultExecutor;
    /** The switches of the debugging aids (-X asyncio-...), {@link DebugOptions#NONE} when none is on. */
    final DebugOptions options;
    /** The virtual or seeded clock, or null for the monotonic one. */
    private final VirtualClock clock;
    /** The future run_until_complete runs the loop for, or null. */
    private PyObject mainFuture;
    /** Work outside the loop's thread that will call back into it: executor jobs, pipe and child watchers. */
    private final java.util.concurrent.atomic.AtomicInteger externalWork = new java.util.concurrent.atomic.AtomicInteger();
    /** The executors this loop gave work to: their idle worker threads cannot wake it. */
    private final List<WeakReference<PyObject>> executorsUsed = new ArrayList<>();

    EventLoop(PyType type) {
        super(type);
        debug = AsyncioModule.debugFromEnvironment();
        options = DebugOptions.current();
        clock = VirtualClock.of(options);
        AsyncioState.get().loops.add(new WeakReference<>(this));
    }

    static EventLoop create() {
        return new EventLoop(TYPE);
    }

    // ---- the running loop and the policy ----------------------------------------------------

    static EventLoop running() {
        return RUNNING.get();
    }

    static void setRunning(EventLoop loop) {
        RUNNING.set(loop);
    }

    /** get_running_loop(): the running loop or RuntimeError('no running event loop'). */
    static EventLoop runningOrRaise() {
        EventLoop l = RUNNING.get();
        if (l == null) {
            throw Errors.runtimeError("no running event loop");
        }
        return l;
    }

    /** The loop argument of Future(loop=...) and friends: None means the current loop. */
    static EventLoop loopArg(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return AsyncioModule.getEventLoop();
        }
        if (o instanceof EventLoop l) {
            return l;
        }
        throw Errors.typeError("loop must be an asyncio event loop, not '" + o.type().name + "'");
    }

    // ---- time and scheduling ----------------------------------------------------------------

    /** loop.time(): monotonic seconds, the same clock as time.monotonic() (unless the clock is virtual). */
    double time() {
        VirtualClock c = clock;
        return c == null ? System.nanoTime() / 1e9 : c.now();
    }

    VirtualClock clock() {
        return clock;
    }

    private void checkClosed() {
        if (closed) {
            throw Errors.runtimeError("Event loop is closed");
        }
    }

    boolean isClosed() {
        return closed;
    }

    boolean isRunning() {
        return thread != null;
    }

    private void checkThread() {
        Thread t = thread;
        if (t == null) {
            return;
        }
        if (Thread.currentThread() != t) {
            throw Errors.runtimeError("Non-thread-safe operation invoked on an event loop other than the current one");
        }
    }

    private void checkCallback(PyObject callback, String method) {
        if (Formatting.isCoroutine(callback) || isCoroutineFunction(callback)) {
            throw Errors.typeError("coroutines cannot be used with " + method + "()");
        }
        if (!Functions.callable(callback)) {
            throw Errors.typeError("a callable object was expected by " + method + "(), got " + callback.repr().value);
        }
    }

    static boolean isCoroutineFunction(PyObject f) {
        PyObject fn = f;
        while (fn instanceof dev.eddy.stdlib.PyPartial p) {
            fn = p.func;
        }
        if (fn instanceof dev.eddy.runtime.PyMethod m) {
            fn = m.func;
        }
        if (AsyncioModule.NATIVE_COROUTINE_FUNCTIONS.contains(fn)) {
            return true;
        }
        if (fn instanceof PyFunction pf) {
            return pf.code.kind == Code.Kind.COROUTINE || pf.dict != null && pf.dict.get("_is_coroutine") == AsyncioModule.IS_COROUTINE_MARKER;
        }
        PyObject marker = f.lookupAttr("_is_coroutine");
        return marker != null && marker == AsyncioModule.IS_COROUTINE_MARKER;
    }

    /** loop.call_soon for callbacks asyncio itself schedules (future callbacks, task steps). */
    Handle callSoon(PyObject callback, PyObject[] args) {
        checkClosed();
        if (debug) {
            checkThread();
        }
        Handle h = new Handle(callback, args, this);
        ready.add(h);
        return h;
    }

    private Handle callSoonChecked(PyObject callback, PyObject[] args, String method) {
        checkClosed();
        if (debug) {
            checkThread();
            checkCallback(callback, method);
        }
        Handle h = new Handle(callback, args, this);
        ready.add(h);
        return h;
    }

    TimerHandle callAt(double when, PyObject callback, PyObject[] args, String method) {
        checkClosed();
        if (debug) {
            checkThread();
            checkCallback(callback, method);
        }
        TimerHandle t = new TimerHandle(when, timerSequence++, callback, args, this);
        scheduled.add(t);
        t.scheduled = true;
        return t;
    }

    /** call_soon_threadsafe: from the loop's own thread like call_soon, else through the wake-up path. */
    Handle callSoonThreadsafe(PyObject callback, PyObject[] args, boolean check) {
        checkClosed();
        if (debug && check) {
            checkCallback(callback, "call_soon_threadsafe");
        }
        Handle h = new Handle(callback, args, this);
        Thread t = thread;
        if (t == Thread.currentThread() || t == null && !dev.eddy.runtime.InterpreterState.current().gil.active()) {
            ready.add(h);
        } else {
            incoming.add(h);
        }
        wakeup();
        return h;
    }

    /**
     * Runs {@code work} on the loop's thread at its next iteration: for a thread that runs no
     * Python code (the REPL's line reader hands it each statement this way). Safe from any
     * thread, whether the loop runs yet or not.
     */
    public void runSoonFromAnyThread(Runnable work) {
        foreignWork.add(work);
        wakeup();
    }

    /** Wakes a loop blocked in select (the self-pipe write). */
    void wakeup() {
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
    }

    Selector selector() {
        Selector s = selector;
        if (s == null) {
            try {
                s = Selector.open();
            } catch (IOException e) {
                throw Errors.of(Exceptions.OS_ERROR, String.valueOf(e.getMessage()));
            }
            selector = s;
        }
        return s;
    }

    // ---- tasks -------------------------------------------------------------------------------

    void registerTask(PyTask t) {
        t.registered = true;
        t.prevTask = lastTask;
        t.nextTask = null;
        if (lastTask == null) {
            firstTask = t;
        } else {
            lastTask.nextTask = t;
        }
        lastTask = t;
    }

    void unregisterTask(PyTask t) {
        if (!t.registered) {
            return;
        }
        t.registered = false;
        if (t.prevTask == null) {
            firstTask = t.nextTask;
        } else {
            t.prevTask.nextTask = t.nextTask;
        }
        if (t.nextTask == null) {
            lastTask = t.prevTask;
        } else {
            t.nextTask.prevTask = t.prevTask;
        }
        t.prevTask = null;
        t.nextTask = null;
    }

    /** all_tasks(loop): the unfinished tasks, in creation order. */
    PySet allTasks() {
        PySet s = new PySet(false);
        for (PyTask t = firstTask; t != null; t = t.nextTask) {
            if (!t.done()) {
                s.add(t);
            }
        }
        return s;
    }

    void enterTask(PyTask t) {
        if (currentTask != null) {
            throw Errors.runtimeError("Cannot enter into task " + t.reprText() + " while another task "
                    + currentTask.reprText() + " is being executed.");
        }
        currentTask = t;
    }

    void leaveTask(PyTask t) {
        if (currentTask != t) {
            throw Errors.runtimeError("Leaving task " + t.reprText() + " does not match the current task "
                    + (currentTask == null ? "None" : currentTask.reprText()) + ".");
        }
        currentTask = null;
    }

    PyTask currentTask() {
        return currentTask;
    }

    PyObject createTask(PyObject coro, PyObject name) {
        return createTask(coro, name, null);
    }

    /** create_task; {@code context} (a contextvars.Context, or null) is the one the task runs in. */
    PyObject createTask(PyObject coro, PyObject name, PyObject context) {
        checkClosed();
        if (taskFactory == null) {
            return PyTask.create(this, coro, name == null ? PyNone.NONE : name, context);
        }
        PyObject t = taskFactory.call(this, coro);
        if (name != null && name != PyNone.NONE) {
            Ops.callMethod(t, "set_name", name);
        }
        return t;
    }

    // ---- running -----------------------------------------------------------------------------

    private void checkRunning() {
        if (isRunning()) {
            throw Errors.runtimeError("This event loop is already running");
        }
        if (RUNNING.get() != null) {
            throw Errors.runtimeError("Cannot run the event loop while another loop is running");
        }
    }

    void runForever() {
        checkClosed();
        checkRunning();
        boolean oldTracking = dev.eddy.runtime.InterpreterState.current().trackOrigin;
        dev.eddy.runtime.InterpreterState.current().trackOrigin = debug;
        EventLoop oldAsyncgenLoop = AsyncGenerators.hookLoop();
        TaskTree.SignalInstallation dump = options.dumpSignal() == 0 ? null : TaskTree.installSignal(this, options.dumpSignal());
        try {
            selector();
            thread = Thread.currentThread();
            AsyncGenerators.setHookLoop(this);
            RUNNING.set(this);
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            if (dump != null) {
                dump.remove();
            }
            stopping = false;
            thread = null;
            RUNNING.set(null);
            dev.eddy.runtime.InterpreterState.current().trackOrigin = oldTracking;
            AsyncGenerators.setHookLoop(oldAsyncgenLoop);
        }
    }

    private static final PyObject RUN_UNTIL_COMPLETE_CB = new dev.eddy.runtime.PyBuiltinFunction("_run_until_complete_cb", (a, kw) -> {
        PyObject fut = a[0];
        if (!isCancelledAny(fut)) {
            PyObject exc = fut instanceof PyFuture f && !f.type.heapType ? f.exceptionOrNone() : Ops.callMethod(fut, "exception");
            if (exc instanceof PyBaseException e && AsyncioErrors.isExit(e)) {
                return PyNone.NONE;
            }
        }
        PyObject l = PyTask.futureLoop(fut);
        if (l instanceof EventLoop el) {
            el.stopping = true;
        } else {
            Ops.callMethod(l, "stop");
        }
        return PyNone.NONE;
    });

    static boolean isCancelledAny(PyObject fut) {
        if (fut instanceof PyFuture f && !f.type.heapType) {
            return f.state == PyFuture.CANCELLED;
        }
        return Ops.callMethod(fut, "cancelled").isTrue();
    }

    static boolean isDoneAny(PyObject fut) {
        if (fut instanceof PyFuture f && !f.type.heapType) {
            return f.done();
        }
        return Ops.callMethod(fut, "done").isTrue();
    }

    PyObject runUntilComplete(PyObject arg) {
        checkClosed();
        checkRunning();
        boolean newTask = !AsyncioModule.isFuture(arg);
        PyObject future = AsyncioModule.ensureFuture(arg, this);
        if (newTask && future instanceof PyTask t) {
            t.logDestroyPending = false;
        }
        AsyncioModule.addDoneCallback(future, RUN_UNTIL_COMPLETE_CB);
        PyObject outerMain = mainFuture;
        mainFuture = future;
        try {
            runForever();
        } catch (PyException e) {
            if (newTask && isDoneAny(future) && !isCancelledAny(future)) {
                if (future instanceof PyFuture f && !f.type.heapType) {
                    f.exceptionOrNone();
                } else {
                    Ops.callMethod(future, "exception");
                }
            }
            throw e;
        } finally {
            mainFuture = outerMain;
            AsyncioModule.removeDoneCallback(future, RUN_UNTIL_COMPLETE_CB);
        }
        if (!isDoneAny(future)) {
            throw Errors.runtimeError("Event loop stopped before Future completed.");
        }
        if (clock != null && clock.seeded() && !isCancelledAny(future)) {
            PyObject exc = future instanceof PyFuture f && !f.type.heapType ? f.exception : Ops.callMethod(future, "exception");
            if (exc instanceof PyBaseException e && !AsyncioErrors.isExit(e)) {
                Formatting.writeStderr("asyncio: the run failed under -X asyncio-seed=" + clock.seed()
                        + " (the same seed repeats it)\n");
            }
        }
        if (future instanceof PyFuture f && !f.type.heapType) {
            return f.result();
        }
        return Ops.callMethod(future, "result");
    }

    void stop() {
        stopping = true;
    }

    /** add_signal_handler (the Unix loop's): the callback runs in the loop soon after the signal arrives. */
    void addSignalHandler(PyObject sigObj, PyObject callback, PyObject[] args) {
        if (Formatting.isCoroutine(callback) || isCoroutineFunction(callback)) {
            throw Errors.typeError("coroutines cannot be used with add_signal_handler()");
        }
        int sig = checkSignal(sigObj);
        checkClosed();
        dev.eddy.runtime.ThreadState ts = dev.eddy.runtime.ThreadState.current();
        if (!ts.isMain()) {
            throw Errors.runtimeError("set_wakeup_fd only works in main thread of the main interpreter");
        }
        if (sig == dev.eddy.runtime.Signals.SIGKILL || sig == dev.eddy.runtime.Signals.SIGSTOP) {
            throw Errors.runtimeError("sig " + sig + " cannot be caught");
        }
        signalHandlers.put(sig, new Handle(callback, args, this));
        PyObject noop = AsyncioState.get().module.get("_sighandler_noop");
        ts.interp.signals.set(sig, dev.eddy.runtime.Signals.Disposition.JAVA, noop, s -> {
            signalsArrived.add(s); // any thread: the loop picks it up at its next iteration
            wakeup();
        });
    }

    /** remove_signal_handler: whether there was one; the signal gets its default handling back. */
    boolean removeSignalHandler(PyObject sigObj) {
        return removeSignalHandler(checkSignal(sigObj));
    }

    private boolean removeSignalHandler(int sig) {
        if (signalHandlers.remove(sig) == null) {
            return false;
        }
        dev.eddy.runtime.InterpreterState.current().signals.set(sig, sig == dev.eddy.runtime.Signals.SIGINT
                ? dev.eddy.runtime.Signals.Disposition.INTERRUPT : dev.eddy.runtime.Signals.Disposition.DEFAULT, null);
        return true;
    }

    private static int checkSignal(PyObject sig) {
        if (!(sig instanceof dev.eddy.runtime.PyInt)) {
            throw Errors.typeError("sig must be an int, not " + sig.repr().value);
        }
        long n = ((dev.eddy.runtime.PyInt) sig).isBig() ? -1 : ((dev.eddy.runtime.PyInt) sig).value;
        if (n < 1 || n >= dev.eddy.runtime.Signals.NSIG || n == 32 || n == 33) {
            throw Errors.valueError("invalid signal number " + sig.str().value);
        }
        return (int) n;
    }

    void close() {
        if (isRunning()) {
            throw Errors.runtimeError("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        for (Integer sig : new ArrayList<>(signalHandlers.keySet())) {
            removeSignalHandler(sig);
        }
        closed = true;
        ready.clear();
        incoming.clear();
        for (TimerHandle t : scheduled) {
            t.scheduled = false;
        }
        scheduled.clear();
        executorShutdownCalled = true;
        PyObject ex = defaultExecutor;
        if (ex != null) {
            defaultExecutor = null;
            ex.getAttr("shutdown").call(new PyObject[] {dev.eddy.runtime.PyBool.FALSE}, new String[] {"wait"});
        }
        Selector s = selector;
        if (s != null) {
            selector = null;
            try {
                for (SelectionKey k : s.keys()) {
                    k.channel().close();
                }
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        reportUnretrieved();
    }

    /** One iteration: CPython's BaseEventLoop._run_once. */
    void runOnce() {
        int schedCount = scheduled.size();
        if (schedCount > MIN_SCHEDULED_TIMER_HANDLES
                && (double) timerCancelledCount / schedCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
            scheduled.removeIf(h -> {
                if (h.cancelled) {
                    h.scheduled = false;
                    return true;
                }
                return false;
            });
            timerCancelledCount = 0;
        } else {
            while (!scheduled.isEmpty() && scheduled.peek().cancelled) {
                timerCancelledCount--;
                TimerHandle h = scheduled.poll();
                h.scheduled = false;
            }
        }
        drainIncoming();
        long timeoutNanos;
        if (!ready.isEmpty() || stopping) {
            timeoutNanos = 0;
        } else if (!scheduled.isEmpty()) {
            double when = scheduled.peek().when;
            double t = Math.min(Math.max(0, when - time()), MAXIMUM_SELECT_TIMEOUT);
            if (clock != null && t > 0) {
                t = idleUntil(when, t);
            }
            timeoutNanos = (long) (t * 1e9);
        } else {
            timeoutNanos = idleForever();
        }
        select(timeoutNanos);
        drainIncoming();
        double endTime = time() + CLOCK_RESOLUTION;
        while (!scheduled.isEmpty()) {
            TimerHandle h = scheduled.peek();
            if (h.when >= endTime) {
                break;
            }
            scheduled.poll();
            h.scheduled = false;
            ready.add(h);
        }
        int ntodo = ready.size();
        for (int i = 0; i < ntodo; i++) {
            Handle h = ready.poll();
            if (h.cancelled) {
                continue;
            }
            if (debug) {
                try {
                    currentHandle = h;
                    PyTask task = taskOf(h);
                    String from = task == null ? null : TaskIntrospection.location(task);
                    long cpuBefore = task == null ? 0 : task.cpuNanos;
                    double t0 = time();
                    h.run();
                    double dt = time() - t0;
                    if (dt >= slowCallbackDuration) {
                        String note = task == null ? "" : TaskAccounting.slowStepNote(task, from, cpuBefore);
                        Formatting.log("Executing " + formatHandle(h) + " took " + String.format(Locale.ROOT, "%.3f", dt) + " seconds" + note, null);
                    }
                } finally {
                    currentHandle = null;
                }
            } else {
                h.run();
            }
        }
        if (clock != null && ntodo > 0) {
            clock.iterationRan();
        }
        dev.eddy.runtime.InterpreterState.current().gil.yieldIfContended();
    }

    // ---- when the loop has nothing to run ----------------------------------------------------

    /** Nothing outside the loop can wake it. */
    private static final int NO_WAKER = 0;
    /** Only another live thread might (call_soon_threadsafe): the loop looks again now and then. */
    private static final int THREADS_MAY_WAKE = 1;
    /** I/O, a signal handler, an executor job or a child's watcher will. */
    private static final int WAKER = 2;
    /** How often a loop that only another thread might wake looks again (a thread may end without a word). */
    private static final long THREAD_POLL_NANOS = 50_000_000;

    /**
     * The virtual clock's wait for the next timer, due at {@code when}: none (time jumps) when
     * nothing else can wake the loop, else the real wait, shortened while only a thread might.
     */
    private double idleUntil(double when, double t) {
        switch (wakeSources()) {
            case NO_WAKER:
                clock.advanceTo(when);
                return 0;
            case THREADS_MAY_WAKE:
                return Math.min(t, THREAD_POLL_NANOS / 1e9);
            default:
                return t;
        }
    }

    /**
     * The wait when no timer is left: forever, unless deadlocks are reported and the main future
     * is stuck; then the report is made (the main task gets a RuntimeError, so the loop goes on).
     */
    private long idleForever() {
        if (mainFuture == null || !options.reportsDeadlocks(debug) || isDoneAny(mainFuture)) {
            return -1;
        }
        switch (wakeSources()) {
            case NO_WAKER:
                Deadlock.report(this, mainFuture);
                return 0;
            case THREADS_MAY_WAKE:
                return THREAD_POLL_NANOS;
            default:
                return -1;
        }
    }

    /** What outside the loop's own callbacks could still wake it. */
    private int wakeSources() {
        if (registeredChannels > 0 || !signalHandlers.isEmpty() || externalWork.get() > 0) {
            return WAKER;
        }
        if (!incoming.isEmpty() || !foreignWork.isEmpty() || !signalsArrived.isEmpty() || pythonSignalHandlers()) {
            return WAKER;
        }
        return otherThreadsAlive() ? THREADS_MAY_WAKE : NO_WAKER;
    }

    /**
     * Whether the program set a Python signal handler (signal.signal), which may wake the loop
     * through call_soon_threadsafe or cancel a task; asyncio.run's own Ctrl-C handler does not count.
     */
    private static boolean pythonSignalHandlers() {
        dev.eddy.runtime.Signals signals = dev.eddy.runtime.InterpreterState.current().signals;
        for (int sig = 1; sig < dev.eddy.runtime.Signals.NSIG; sig++) {
            if (signals.disposition(sig) != dev.eddy.runtime.Signals.Disposition.PYTHON) {
                continue;
            }
            PyObject h = signals.handler(sig);
            boolean runners = sig == dev.eddy.runtime.Signals.SIGINT && h instanceof dev.eddy.stdlib.PyPartial p
                    && p.func instanceof dev.eddy.runtime.PyMethod m && m.func instanceof PyFunction f
                    && f.qualname.equals("Runner._on_sigint");
            if (!runners) {
                return true;
            }
        }
        return false;
    }

    /** Another thread runs this interpreter's code, not counting executor workers (their jobs count on their own). */
    private boolean otherThreadsAlive() {
        dev.eddy.runtime.InterpreterState interp = dev.eddy.runtime.InterpreterState.current();
        Thread me = Thread.currentThread();
        java.util.Set<Long> workers = null;
        for (dev.eddy.runtime.ThreadState ts : interp.threads) {
            Thread t = ts.thread;
            if (t == null || t == me || !t.isAlive()) {
                continue;
            }
            if (workers == null) {
                workers = executorWorkerIds();
            }
            @SuppressWarnings("deprecation")
            long id = t.getId();
            if (!workers.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** The idents of the worker threads of the executors this loop used. */
    private java.util.Set<Long> executorWorkerIds() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        List<PyObject> executors = new ArrayList<>();
        if (defaultExecutor != null) {
            executors.add(defaultExecutor);
        }
        for (WeakReference<PyObject> r : executorsUsed) {
            PyObject e = r.get();
            if (e != null) {
                executors.add(e);
            }
        }
        for (PyObject e : executors) {
            PyObject threads = e.lookupAttr("_threads");
            if (threads == null) {
                continue;
            }
            try {
                for (PyObject t : Ops.toArray(threads)) {
                    PyObject ident = t.lookupAttr("ident");
                    if (ident instanceof PyInt i && !i.isBig()) {
                        ids.add(i.value);
                    }
                }
            } catch (PyException ignored) {
                // an executor of another kind: its threads count as wakers
            }
        }
        return ids;
    }

    /** Work on another thread that will call back into the loop has begun (see {@link #externalWorkEnded}). */
    void externalWorkBegan() {
        externalWork.incrementAndGet();
    }

    /** That work has ended, after handing the loop its last callback. */
    void externalWorkEnded() {
        externalWork.decrementAndGet();
        wakeup();
    }

    /** The pending main future, or null (for the reports). */
    PyObject mainFuture() {
        return mainFuture;
    }

    /** The unfinished tasks in creation order. */
    List<PyTask> pendingTasks() {
        List<PyTask> l = new ArrayList<>();
        for (PyTask t = firstTask; t != null; t = t.nextTask) {
            if (!t.done()) {
                l.add(t);
            }
        }
        return l;
    }

    /** The timer that will call {@code callback} with {@code arg} first, or null (what a sleep waits for). */
    TimerHandle timerFor(PyObject future) {
        for (TimerHandle t : scheduled) {
            if (!t.cancelled && t.args != null && t.args.length > 0 && t.args[0] == future) {
                return t;
            }
        }
        return null;
    }

    private void drainIncoming() {
        Integer sig;
        while ((sig = signalsArrived.poll()) != null) {
            Handle sh = signalHandlers.get(sig);
            if (sh != null) {
                if (sh.cancelled) {
                    removeSignalHandler(sig);
                } else {
                    ready.add(sh);
                }
            }
        }
        Handle h;
        while ((h = incoming.poll()) != null) {
            if (!h.cancelled) {
                ready.add(h);
            }
        }
        Runnable work;
        while ((work = foreignWork.poll()) != null) {
            Runnable w = work;
            ready.add(new Handle(new dev.eddy.runtime.PyBuiltinFunction("run_soon", (a, kw) -> {
                w.run();
                return PyNone.NONE;
            }), new PyObject[0], this));
        }
    }

    /** Polls the selector: not at all when there is nothing to poll and no reason to wait. */
    private void select(long timeoutNanos) {
        if (timeoutNanos == 0 && registeredChannels == 0) {
            return;
        }
        Selector s = selector();
        boolean released = dev.eddy.runtime.InterpreterState.current().gil.release();
        long waitStart = clock != null && timeoutNanos != 0 ? System.nanoTime() : 0;
        int n;
        try {
            if (timeoutNanos == 0) {
                n = s.selectNow();
            } else if (timeoutNanos < 0) {
                n = s.select();
            } else {
                long ms = (timeoutNanos + 999_999) / 1_000_000;
                n = s.select(Math.max(1, ms));
            }
        } catch (IOException e) {
            n = 0;
        } finally {
            dev.eddy.runtime.InterpreterState.current().gil.reacquire(released);
            if (waitStart != 0) {
                clock.waited(System.nanoTime() - waitStart);
            }
        }
        // a signal woke the select (the main thread was interrupted): its Python handler runs now
        dev.eddy.runtime.ThreadState ts = dev.eddy.runtime.ThreadState.current();
        if (ts.isMain()) {
            Thread.interrupted();
            if (ts.interp.pending) {
                ts.interp.handlePending();
            }
        }
        if (n > 0) {
            processEvents(s);
        }
    }

    private void processEvents(Selector s) {
        Iterator<SelectionKey> it = s.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey k = it.next();
            it.remove();
            if (k.attachment() instanceof IoRegistration reg) {
                reg.ready(k, this);
            }
        }
    }

    /** Adds an I/O callback to the ready queue unless it was cancelled (_add_callback). */
    void addCallback(Handle h) {
        if (!h.cancelled) {
            ready.add(h);
        }
    }

    /** The task whose step or wake-up a handle runs, or null. */
    private static PyTask taskOf(Handle h) {
        PyObject cb = h.callback;
        if (cb instanceof PyTask.TaskStep s) {
            return s.task;
        }
        if (cb instanceof PyTask.TaskWakeup w) {
            return w.task;
        }
        return null;
    }

    private static String formatHandle(Handle h) {
        PyObject cb = h.callback;
        if (cb instanceof PyTask.TaskStep s) {
            return s.task.reprText();
        }
        if (cb instanceof PyTask.TaskWakeup w) {
            return w.task.reprText();
        }
        if (cb != null) {
            PyObject self = cb.lookupAttr("__self__");
            if (self instanceof PyTask t) {
                return t.reprText();
            }
        }
        return h.reprText();
    }

    // ---- exceptions ------------------------------------------------------------------------

    void callExceptionHandler(PyDict context) {
        if (exceptionHandler == null) {
            try {
                defaultExceptionHandler(context);
            } catch (PyException e) {
                if (AsyncioErrors.isExit(e.value)) {
                    throw e;
                }
                Formatting.log("Exception in default exception handler", e.value);
            }
            return;
        }
        try {
            exceptionHandler.call(this, context);
        } catch (PyException e) {
            if (AsyncioErrors.isExit(e.value)) {
                throw e;
            }
            dev.eddy.runtime.ThreadState tstate = dev.eddy.runtime.ThreadState.current();
            PyBaseException prev = tstate.handled;
            tstate.handled = e.value;
            try {
                PyDict c = new PyDict();
                c.put("message", new PyStr("Unhandled error in exception handler"));
                c.put("exception", e.value);
                c.put("context", context);
                defaultExceptionHandler(c);
            } catch (PyException e2) {
                if (AsyncioErrors.isExit(e2.value)) {
                    throw e2;
                }
                Formatting.log("Exception in default exception handler while handling an unexpected error in custom exception handler", e2.value);
            } finally {
                tstate.handled = prev;
            }
        }
    }

    void defaultExceptionHandler(PyDict context) {
        PyObject m = context.get("message");
        String message = m == null || !m.isTrue() ? "Unhandled exception in event loop" : m.str().value;
        PyObject exception = context.get("exception");
        if (context.get("source_traceback") == null && currentHandle != null && currentHandle.sourceTraceback != null) {
            context.put("handle_traceback", stackObject(currentHandle.sourceTraceback));
        }
        StringBuilder sb = new StringBuilder(message);
        List<String> keys = new ArrayList<>();
        for (PyObject k : context.map.keySet()) {
            keys.add(k.str().value);
        }
        java.util.Collections.sort(keys);
        for (String key : keys) {
            if (key.equals("message") || key.equals("exception")) {
                continue;
            }
            PyObject value = context.get(key);
            String text;
            if (key.equals("source_traceback")) {
                text = ("Object created at (most recent call last):\n" + formatStackObject(value)).stripTrailing();
            } else if (key.equals("handle_traceback")) {
                text = ("Handle created at (most recent call last):\n" + formatStackObject(value)).stripTrailing();
            } else {
                text = value.repr().value;
            }
            sb.append('\n').append(key).append(": ").append(text);
        }
        Formatting.log(sb.toString(), exception instanceof PyBaseException e ? e : null);
    }

    /** A creation stack as Python sees it: a list of (filename, lineno, name, line) tuples. */
    static PyObject stackObject(List<TracebackEntry> stack) {
        PyList l = new PyList();
        for (TracebackEntry t : stack) {
            String src = t.source() == null ? null : t.source().line(t.line());
            l.append(PyTuple.of(new PyStr(t.filename()), PyInt.of(t.line()), new PyStr(t.function()),
                    src == null ? PyNone.NONE : new PyStr(src.strip())));
        }
        return l;
    }

    private static String formatStackObject(PyObject value) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] instanceof PyTuple t && t.items.length >= 4) {
                    sb.append("  File \"").append(t.items[0].str().value).append("\", line ").append(t.items[1].repr().value)
                            .append(", in ").append(t.items[2].str().value).append('\n');
                    if (t.items[3] instanceof PyStr s && !s.value.isEmpty()) {
                        sb.append("    ").append(s.value).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Remembers a future whose exception may never be retrieved. */
    void trackUnretrieved(PyFuture f) {
        unretrieved.add(f);
        if (unretrieved.size() >= unretrievedPruneAt) {
            unretrieved.removeIf(x -> !x.logTraceback);
            unretrievedPruneAt = Math.max(64, unretrieved.size() * 2);
        }
    }

    /** "Task exception was never retrieved" for every failed future nobody looked at. */
    void reportUnretrieved() {
        List<PyFuture> pending = new ArrayList<>(unretrieved);
        unretrieved.clear();
        for (PyFuture f : pending) {
            if (!f.logTraceback) {
                continue;
            }
            f.logTraceback = false;
            PyDict c = new PyDict();
            c.put("message", new PyStr(f.type.name + " exception was never retrieved"));
            c.put("exception", f.exception);
            c.put("future", f);
            if (f.sourceTraceback != null) {
                c.put("source_traceback", stackObject(f.sourceTraceback));
            }
            callExceptionHandler(c);
        }
    }

    /** At program end: "Task was destroyed but it is pending!" and never-retrieved exceptions. */
    void reportAtExit() {
        List<PyTask> pendingTasks = new ArrayList<>();
        for (PyTask t = firstTask; t != null; t = t.nextTask) {
            if (t.state == PyFuture.PENDING && t.logDestroyPending) {
                pendingTasks.add(t);
            }
        }
        for (PyTask t : pendingTasks) {
            PyDict c = new PyDict();
            c.put("task", t);
            c.put("message", new PyStr("Task was destroyed but it is pending!"));
            if (t.sourceTraceback != null) {
                c.put("source_traceback", stackObject(t.sourceTraceback));
            }
            callExceptionHandler(c);
        }
        reportUnretrieved();
    }

    // ---- attributes --------------------------------------------------------------------------

    @Override
    protected PyObject specialAttr(String name) {
        switch (name) {
            case "slow_callback_duration": return new PyFloat(slowCallbackDuration);
            case "_debug": return PyBool.of(debug);
            case "_closed": return PyBool.of(closed);
            case "_stopping": return PyBool.of(stopping);
            case "_exception_handler": return exceptionHandler == null ? PyNone.NONE : exceptionHandler;
            case "_task_factory": return taskFactory == null ? PyNone.NONE : taskFactory;
            case "_asyncgens_shutdown_called": return PyBool.of(asyncgensShutdownCalled);
            case "_executor_shutdown_called": return PyBool.of(executorShutdownCalled);
            case "_ready": {
                PyList l = new PyList();
                for (Handle h : ready) {
                    l.append(h);
                }
                return l;
            }
            case "_scheduled": {
                PyList l = new PyList();
                for (TimerHandle h : scheduled) {
                    l.append(h);
                }
                return l;
            }
            case "_current_handle": return currentHandle == null ? PyNone.NONE : currentHandle;
            default: return super.specialAttr(name);
        }
    }

    @Override
    public void storeAttr(String name, PyObject value) {
        switch (name) {
            case "slow_callback_duration":
                slowCallbackDuration = AsyncioModule.seconds(value);
                return;
            case "_debug":
                debug = value.isTrue();
                return;
            case "_asyncgens_shutdown_called":
                asyncgensShutdownCalled = value.isTrue();
                return;
            case "_executor_shutdown_called":
                executorShutdownCalled = value.isTrue();
                return;
            default:
                super.storeAttr(name, value);
        }
    }

    @Override
    public dev.eddy.runtime.PyStr repr() {
        if (type.heapType && type.lookup("__repr__") != BASE_TYPE.dict.get("__repr__")) {
            return super.repr();
        }
        return new PyStr(reprText());
    }

    String reprText() {
        return "<" + type.name + " running=" + (isRunning() ? "True" : "False") + " closed=" + (closed ? "True" : "False")
                + " debug=" + (debug ? "True" : "False") + ">";
    }

    // ---- the Python-visible methods ----------------------------------------------------------

    static EventLoop self(PyObject o) {
        return SelfCheck.of(o, EventLoop.class, "BaseEventLoop");
    }

    private static PyObject[] rest(PyObject[] a, int from, String[] kw) {
        int npos = Kw.npos(a, kw);
        return java.util.Arrays.copyOfRange(a, from, npos);
    }

    static {
        for (PyType t : new PyType[] {ABSTRACT_TYPE}) {
            t.module = "asyncio.events";
        }
        BASE_TYPE.module = "asyncio.base_events";
        SELECTOR_TYPE.module = "asyncio.selector_events";
        TYPE.module = "asyncio.unix_events";
        PyType t = BASE_TYPE;
        t.def("__repr__", (a, kw) -> new PyStr(self(a[0]).reprText()));
        t.def("time", (a, kw) -> new PyFloat(self(a[0]).time()));
        t.def("call_soon", (a, kw) -> {
            Kw.only("call_soon", a, kw, "context");
            if (Kw.npos(a, kw) < 2) {
                throw Errors.typeError("call_soon() missing 1 required positional argument: 'callback'");
            }
            Handle h = self(a[0]).callSoonChecked(a[1], rest(a, 2, kw), "call_soon");
            PyObject context = Args.keyword(a, kw, "context");
            if (context != null && context != PyNone.NONE) {
                h.context = context;
            }
            return h;
        });
        t.def("add_signal_handler", (a, kw) -> {
            Kw.none("add_signal_handler", kw);
            if (a.length < 3) {
                throw Errors.typeError("add_signal_handler() missing required positional arguments: 'sig' and 'callback'");
            }
            self(a[0]).addSignalHandler(a[1], a[2], java.util.Arrays.copyOfRange(a, 3, a.length));
            return PyNone.NONE;
        });
        t.def("remove_signal_handler", (a, kw) -> {
            Args.check("remove_signal_handler", a, kw, 2, 2);
            return dev.eddy.runtime.PyBool.of(self(a[0]).removeSignalHandler(a[1]));
        });
        t.def("call_soon_threadsafe", (a, kw) -> {
            Kw.only("call_soon_threadsafe", a, kw, "context");
            if (Kw.npos(a, kw) < 2) {
                throw Errors.typeError("call_soon_threadsafe() missing 1 required positional argument: 'callback'");
            }
            return self(a[0]).callSoonThreadsafe(a[1], rest(a, 2, kw), true);
        });
        t.def("call_later", (a, kw) -> {
            Kw.only("call_later", a, kw, "context");
            if (Kw.npos(a, kw) < 3) {
                throw Errors.typeError("call_later() missing required positional arguments: 'delay' and 'callback'");
            }
            if (a[1] == PyNone.NONE) {
                throw Errors.typeError("delay must not be None");
            }
            EventLoop l = self(a[0]);
            return l.callAt(l.time() + AsyncioModule.seconds(a[1]), a[2], rest(a, 3, kw), "call_at");
        });
        t.def("call_at", (a, kw) -> {
            Kw.only("call_at", a, kw, "context");
            if (Kw.npos(a, kw) < 3) {
                throw Errors.typeError("call_at() missing required positional arguments: 'when' and 'callback'");
            }
            if (a[1] == PyNone.NONE) {
                throw Errors.typeError("when cannot be None");
            }
            return self(a[0]).callAt(AsyncioModule.seconds(a[1]), a[2], rest(a, 3, kw), "call_at");
        });
        t.def("create_future", (a, kw) -> new PyFuture(self(a[0])));
        t.def("create_task", (a, kw) -> {
            PyObject[] p = Args.bind("create_task", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"coro", "name", "context"}, 1);
            return self(a[0]).createTask(p[0], p[1], p[2]);
        });
        t.def("set_task_factory", (a, kw) -> {
            Args.checkMethod("set_task_factory", a, kw, 1, 1);
            if (a[1] != PyNone.NONE && !Functions.callable(a[1])) {
                throw Errors.typeError("task factory must be a callable or None");
            }
            self(a[0]).taskFactory = a[1] == PyNone.NONE ? null : a[1];
            return PyNone.NONE;
        });
        t.def("get_task_factory", (a, kw) -> self(a[0]).taskFactory == null ? PyNone.NONE : self(a[0]).taskFactory);
        t.def("run_forever", (a, kw) -> {
            Args.checkMethod("run_forever", a, kw, 0, 0);
            self(a[0]).runForever();
            return PyNone.NONE;
        });
        t.def("run_until_complete", (a, kw) -> {
            Args.checkMethod("run_until_complete", a, kw, 1, 1);
            return self(a[0]).runUntilComplete(a[1]);
        });
        t.def("_run_once", (a, kw) -> {
            self(a[0]).runOnce();
            return PyNone.NONE;
        });
        t.def("stop", (a, kw) -> {
            self(a[0]).stop();
            return PyNone.NONE;
        });
        t.def("close", (a, kw) -> {
            self(a[0]).close();
            return PyNone.NONE;
        });
        t.def("is_running", (a, kw) -> PyBool.of(self(a[0]).isRunning()));
        t.def("is_closed", (a, kw) -> PyBool.of(self(a[0]).closed));
        t.def("get_debug", (a, kw) -> PyBool.of(self(a[0]).debug));
        t.def("set_debug", (a, kw) -> {
            Args.checkMethod("set_debug", a, kw, 1, 1);
            EventLoop l = self(a[0]);
            boolean enabled = a[1].isTrue();
            l.debug = enabled;
            if (l.isRunning()) {
                l.callSoonThreadsafe(new SetOriginTracking(enabled), Args.EMPTY, false);
            }
            return PyNone.NONE;
        });
        t.def("_check_closed", (a, kw) -> {
            self(a[0]).checkClosed();
            return PyNone.NONE;
        });
        t.def("_check_thread", (a, kw) -> {
            self(a[0]).checkThread();
            return PyNone.NONE;
        });
        t.def("get_exception_handler", (a, kw) -> self(a[0]).exceptionHandler == null ? PyNone.NONE : self(a[0]).exceptionHandler);
        t.def("set_exception_handler", (a, kw) -> {
            Args.checkMethod("set_exception_handler", a, kw, 1, 1);
            PyObject h = a[1];
            if (h != PyNone.NONE && !Functions.callable(h)) {
                throw Errors.typeError("A callable object or None is expected, got " + h.repr().value);
            }
            self(a[0]).exceptionHandler = h == PyNone.NONE ? null : h;
            return PyNone.NONE;
        });
        t.def("call_exception_handler", (a, kw) -> {
            Args.checkMethod("call_exception_handler", a, kw, 1, 1);
            self(a[0]).callExceptionHandler(asDict(a[1]));
            return PyNone.NONE;
        });
        t.def("default_exception_handler", (a, kw) -> {
            Args.checkMethod("default_exception_handler", a, kw, 1, 1);
            self(a[0]).defaultExceptionHandler(asDict(a[1]));
            return PyNone.NONE;
        });
        t.def("run_in_executor", (a, kw) -> {
            Kw.none("run_in_executor", kw);
            if (a.length < 3) {
                throw Errors.typeError("run_in_executor() missing required positional arguments: 'executor' and 'func'");
            }
            return self(a[0]).runInExecutor(a[1], a[2], java.util.Arrays.copyOfRange(a, 3, a.length));
        });
        t.def("set_default_executor", (a, kw) -> {
            Args.checkMethod("set_default_executor", a, kw, 1, 1);
            if (!Ops.isInstance(a[1], threadPoolExecutorClass())) {
                throw Errors.typeError("executor must be ThreadPoolExecutor instance");
            }
            self(a[0]).defaultExecutor = a[1];
            return PyNone.NONE;
        });
        t.def("_asyncgens_to_close", (a, kw) -> AsyncGenerators.takeForLoop(self(a[0])));
        t.def("_default_executor_shutdown", (a, kw) -> self(a[0]).beginDefaultExecutorShutdown());
        t.def("_write_to_self", (a, kw) -> {
            self(a[0]).wakeup();
            return PyNone.NONE;
        });
        Sockets.install(t);
    }

    private static PyDict asDict(PyObject o) {
        if (o instanceof PyDict d) {
            return d;
        }
        PyDict d = new PyDict();
        PyObject keys = Ops.callMethod(o, "keys");
        for (PyObject k : Ops.toArray(keys)) {
            d.put(k, Ops.getItem(o, k));
        }
        return d;
    }

    /** loop._set_coroutine_origin_tracking, scheduled by set_debug while running. */
    private static final class SetOriginTracking extends PyObject implements Handle.LoopCallback {
        private final boolean enabled;

        SetOriginTracking(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }

        @Override
        public void invoke(PyObject[] args) {
            dev.eddy.runtime.InterpreterState.current().trackOrigin = enabled;
        }

        @Override
        public PyObject lookupAttr(String name) {
            if (name.equals("__qualname__")) {
                return new PyStr("BaseEventLoop._set_coroutine_origin_tracking");
            }
            return super.lookupAttr(name);
        }
    }

    // ---- executors ---------------------------------------------------------------------------

    /** concurrent.futures.ThreadPoolExecutor, the class of default executors. */
    private static PyType threadPoolExecutorClass() {
        return (PyType) dev.eddy.runtime.Importer.current().importModule("concurrent.futures").getAttr("ThreadPoolExecutor");
    }

    /** run_in_executor: executor.submit(func, *args) wrapped in an asyncio future of this loop. */
    PyObject runInExecutor(PyObject executor, PyObject func, PyObject[] args) {
        checkClosed();
        if (debug) {
            checkCallback(func, "run_in_executor");
        }
        if (executor == PyNone.NONE) {
            if (executorShutdownCalled) {
                throw Errors.runtimeError("Executor shutdown has been called");
            }
            if (defaultExecutor == null) {
                defaultExecutor = threadPoolExecutorClass().call(new PyObject[] {new PyStr("asyncio")}, new String[] {"thread_name_prefix"});
            }
            executor = defaultExecutor;
        } else {
            noteExecutor(executor);
        }
        PyObject[] sa = new PyObject[args.length + 1];
        sa[0] = func;
        System.arraycopy(args, 0, sa, 1, args.length);
        PyObject cf = executor.getAttr("submit").call(sa, null);
        return AsyncioModule.wrapFuture(cf, this);
    }

    private void noteExecutor(PyObject executor) {
        for (WeakReference<PyObject> r : executorsUsed) {
            if (r.get() == executor) {
                return;
            }
        }
        executorsUsed.removeIf(r -> r.get() == null);
        executorsUsed.add(new WeakReference<>(executor));
    }

    /**
     * The first half of loop.shutdown_default_executor(): marks the executor shut down and
     * gives the default executor, or None, for asyncio.py to shut down on a thread.
     */
    private PyObject beginDefaultExecutorShutdown() {
        executorShutdownCalled = true;
        return defaultExecutor == null ? PyNone.NONE : defaultExecutor;
    }
}
