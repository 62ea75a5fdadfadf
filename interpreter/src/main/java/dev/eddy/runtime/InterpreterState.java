package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The state of one interpreter (one program run, or one REPL session) shared by all its
 * threads: the sys facts and streams, hooks the stdlib plugs in, the never-awaited coroutine
 * registry, shutdown work, id() numbers, the interpreter lock and the state of Java modules.
 * Two interpreters in one JVM share none of it.
 */
public final class InterpreterState {
    /** argv, streams, environment: what sys is built on. */
    public final Sys sys = new Sys();
    /** sys.getrecursionlimit(); each thread state starts with it. */
    public volatile int recursionLimit = 1000;
    /** sys.get_int_max_str_digits(): the longest decimal (or other non-binary) int string, 0 for no limit. */
    public volatile int intMaxStrDigits = IntDigits.DEFAULT_MAX_STR_DIGITS;
    /**
     * Test mode (-X eddy-resume-every-suspend): every yield and await first suspends the frame
     * and re-enters it at once, so all resume state is saved and restored at every suspension
     * point without changing what the program observes.
     */
    public boolean bounceEverySuspend;
    /** The thread the program started on (signal handlers run there). */
    public volatile ThreadState mainThread;
    /** The thread states of threads now running this interpreter's code. */
    public final java.util.Set<ThreadState> threads = ConcurrentHashMap.newKeySet();
    /** The lock that lets one thread at a time run this interpreter's Python code. */
    public final Gil gil = new Gil(this);

    /** Makes coroutine objects (asyncio plugs in its tracking). */
    public volatile Hooks.GeneratorFactory coroutineFactory = PyCoroutine::new;
    public volatile Hooks.GeneratorFactory asyncGeneratorFactory = PyAsyncGenerator::new;
    /** import: from a module name to the module (the interpreter's module loader). */
    public volatile Importer importer;
    /** Runs Python source in a module's namespace (see {@link SourceModules}). */
    public volatile SourceModules.Executor sourceExecutor;

    /** Coroutines created and not yet started (see {@link PyCoroutine}), as an intrusive list. */
    PyCoroutine unstartedHead;
    boolean unstartedHookRegistered;
    /** Set by asyncio debug mode: record where coroutines are created. */
    public volatile boolean trackOrigin;
    /** Reports a never-awaited coroutine (installed by the interpreter). */
    public volatile java.util.function.Consumer<PyCoroutine> neverAwaitedReporter;

    /**
     * Takes a dropped async generator to close (asyncio schedules its aclose() on the running
     * loop, as CPython's finalizer hook of sys.set_asyncgen_hooks); false if no loop takes it.
     */
    public volatile java.util.function.Predicate<PyGenerator> asyncGeneratorFinalizer;
    /** Reports an exception that has nowhere to go (see {@link Unraisable}): the text of "Exception ignored in: X", and the exception. */
    public volatile java.util.function.BiConsumer<PyObject, PyBaseException> unraisableReporter;

    /** Generators that may need closing if dropped: the newest record first (see {@link GeneratorFinaliser}). */
    GeneratorFinaliser finalisers;
    /** Records of generators Java found dropped, waiting for a safe point on an interpreter thread. */
    final java.util.concurrent.ConcurrentLinkedQueue<GeneratorFinaliser> droppedGenerators = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Records made so far (see GeneratorFinaliser's serial). */
    long finaliserSerial;
    /** Dropped generators are being closed (a finaliser's own safe points do not start another round). */
    boolean finalising;

    /** Work to do when the program ends, in registration order (see {@link Shutdown}). */
    final List<Runnable> shutdownHooks = new ArrayList<>();
    /** id() numbers. */
    public final IdentityIds ids = new IdentityIds();

    /**
     * Set from another thread (a signal, a thread waiting for the interpreter lock) to make the
     * running thread look at {@link #handlePending} at its next statement boundary.
     */
    public volatile boolean pending;
    /** Signal dispositions and signals waiting for their handlers. */
    public final Signals signals = new Signals(this);

    /** The per-interpreter state of Java modules, by key (usually the module's state class). */
    private final ConcurrentHashMap<Object, Object> extensions = new ConcurrentHashMap<>();

    /** sys.setrecursionlimit: for every thread of the interpreter. */
    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
        for (ThreadState ts : threads) {
            ts.recursionLimit = limit;
        }
    }

    /** The interpreter the calling thread runs code of. */
    public static InterpreterState current() {
        return ThreadState.current().interp;
    }

    /** A Java module's state in this interpreter, made on first use. */
    @SuppressWarnings("unchecked")
    public <T> T extension(Class<T> key, Supplier<T> make) {
        Object v = extensions.get(key);
        if (v == null) {
            v = extensions.computeIfAbsent(key, k -> make.get());
        }
        return (T) v;
    }

    /** Drops a Java module's state (it is made afresh on next use). */
    public void dropExtension(Class<?> key) {
        extensions.remove(key);
    }

    /** Called at a statement boundary when {@link #pending} is set. */
    public void handlePending() {
        pending = false;
        gil.yieldIfContended();
        if (!droppedGenerators.isEmpty()) {
            GeneratorFinaliser.runDropped(this);
        }
        ThreadState ts = ThreadState.current();
        if (ts == mainThread) {
            runSignalHandlers(ts);
        }
    }

    /** Closes the generators Java found dropped (gc.collect() calls this after collecting). */
    public void runFinalisers() {
        GeneratorFinaliser.collectNow(this);
    }

    /** At the end of the program: closes every generator still suspended in a try or with (see {@link GeneratorFinaliser}). */
    public void finaliseGeneratorsAtExit(PyModule main) {
        GeneratorFinaliser.finaliseAllAtExit(this, main);
    }

    /**
     * Runs the Python handlers of signals that arrived (on the main thread only; elsewhere
     * nothing), as the signal module installed them; a handler's exception propagates.
     */
    public void runSignalHandlers(ThreadState ts) {
        if (ts == mainThread && signals.anyPending()) {
            Thread.interrupted(); // the interrupt that woke a blocking wait has done its job
            signals.runPending(ts);
        }
    }
}
