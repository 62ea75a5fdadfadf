package dev.eddy.runtime;

import java.util.IdentityHashMap;

/**
 * The interpreter state of one thread running Python code: call depth for RecursionError,
 * the exception being handled (for __context__ and bare raise), the innermost running frame,
 * the current contextvars context and the pending-signal flag the main thread polls.
 *
 * <p>Code reaches it with {@link #current()}: threads made to run Python are
 * {@link PythonThread}s, which carry their state in a field; any other thread (an embedder's
 * or a test's) binds one through a thread-local.
 */
public final class ThreadState {
    /** The interpreter this thread runs code of. */
    public final InterpreterState interp;
    public int depth;
    public int recursionLimit;
    /** The exception currently being handled by an except block, or null. */
    public PyBaseException handled;
    /** The innermost running frame, maintained by calls that want to be reported (may be null). */
    public Frame frame;
    /** The current contextvars context (null until the program uses one). */
    public PyObject context;
    /** The Java thread this state belongs to (re-bound when an embedder runs on another thread). */
    public Thread thread;
    /** Containers whose repr is in progress on this thread (stops self-containing reprs recursing). */
    final IdentityHashMap<PyObject, Boolean> reprActive = new IdentityHashMap<>();

    /** The yielded value of a test-mode bounce (see {@link InterpreterState#bounceEverySuspend}). */
    public static final PyObject BOUNCE = new PyCell(null);

    private static final ThreadLocal<ThreadState> BOUND = new ThreadLocal<>();

    public ThreadState(InterpreterState interp) {
        this.interp = interp;
        this.recursionLimit = interp.recursionLimit;
        interp.threads.add(this);
    }

    /** The thread has finished running Python code. */
    public void retire() {
        interp.threads.remove(this);
    }

    /**
     * The interpreter of Java code that uses the runtime outside any {@code Interpreter} (unit
     * tests calling object methods directly): a thread bound to no interpreter gets a state of
     * this one. Process-wide by nature; programs never run in it.
     */
    private static final class Standalone {
        static final InterpreterState INTERP = new InterpreterState();
    }

    /** The state of the calling thread (a thread bound to no interpreter gets one of {@link Standalone}). */
    public static ThreadState current() {
        ThreadState ts = Thread.currentThread() instanceof PythonThread p ? p.state : BOUND.get();
        if (ts == null) {
            ts = new ThreadState(Standalone.INTERP);
            bind(ts);
        }
        return ts;
    }

    /** The state of the calling thread, or null if none is bound. */
    public static ThreadState currentOrNull() {
        return Thread.currentThread() instanceof PythonThread p ? p.state : BOUND.get();
    }

    /** Makes {@code ts} the calling thread's state (null unbinds); returns the one it replaces. */
    public static ThreadState bind(ThreadState ts) {
        Thread t = Thread.currentThread();
        ThreadState old;
        if (t instanceof PythonThread p) {
            old = p.state;
            p.state = ts;
        } else {
            old = BOUND.get();
            if (ts == null) {
                BOUND.remove();
            } else {
                BOUND.set(ts);
            }
        }
        if (ts != null) {
            ts.thread = t;
        }
        return old;
    }

    /** Whether this is the interpreter's main thread (the one signal handlers run on). */
    public boolean isMain() {
        return interp.mainThread == this;
    }
}
