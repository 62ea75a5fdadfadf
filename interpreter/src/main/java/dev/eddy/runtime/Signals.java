package dev.eddy.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An interpreter's signal dispositions and the signals that arrived but whose Python
 * handlers have not run yet. A signal only sets a bit (and wakes the main thread from a
 * blocking wait); the handlers run on the main thread between statements, as in CPython.
 */
public final class Signals {
    public static final int SIGINT = 2;
    public static final int SIGKILL = 9;
    public static final int SIGPIPE = 13;
    public static final int SIGSTOP = 19;
    /** Signal numbers are 1..64 on Linux. */
    public static final int NSIG = 65;

    /** What a signal does when it arrives. */
    public enum Disposition {
        /** The operating system's default action: end the process (or nothing, for SIGCHLD and the like). */
        DEFAULT,
        IGNORE,
        /** signal.default_int_handler, SIGINT's at start-up: KeyboardInterrupt. */
        INTERRUPT,
        /** A Python callable, called with (signum, frame) on the main thread between statements. */
        PYTHON,
        /** A Java callback run as soon as the signal arrives, on any thread (asyncio's loop handlers). */
        JAVA
    }

    private final InterpreterState interp;
    private final AtomicLong pending = new AtomicLong();
    private final Disposition[] dispositions = new Disposition[NSIG];
    private final PyObject[] handlers = new PyObject[NSIG];
    private final java.util.function.IntConsumer[] javaHandlers = new java.util.function.IntConsumer[NSIG];
    /** Called when a signal whose disposition changed must be (un)registered with the process. */
    public volatile java.util.function.IntConsumer onChange;

    Signals(InterpreterState interp) {
        this.interp = interp;
        java.util.Arrays.fill(dispositions, Disposition.DEFAULT);
        dispositions[SIGINT] = Disposition.INTERRUPT;
        dispositions[SIGPIPE] = Disposition.IGNORE; // as CPython sets it at start-up
    }

    public synchronized Disposition disposition(int sig) {
        return dispositions[sig];
    }

    /** The Python-visible handler of a signal whose disposition is PYTHON or JAVA, else null. */
    public synchronized PyObject handler(int sig) {
        return handlers[sig];
    }

    public void set(int sig, Disposition d, PyObject handler) {
        set(sig, d, handler, null);
    }

    /** Sets a disposition; {@code handler} is what getsignal shows, {@code javaHandler} what JAVA runs. */
    public void set(int sig, Disposition d, PyObject handler, java.util.function.IntConsumer javaHandler) {
        synchronized (this) {
            dispositions[sig] = d;
            handlers[sig] = d == Disposition.PYTHON || d == Disposition.JAVA ? handler : null;
            javaHandlers[sig] = d == Disposition.JAVA ? javaHandler : null;
        }
        java.util.function.IntConsumer c = onChange;
        if (c != null) {
            c.accept(sig);
        }
    }

    /**
     * A signal arrived for this interpreter (from the process, or os.kill/raise_signal of the
     * program itself), on any thread: ignored, handed to a Java handler, or left for the main
     * thread to handle at its next check.
     */
    public void deliver(int sig) {
        Disposition d;
        java.util.function.IntConsumer j;
        synchronized (this) {
            d = dispositions[sig];
            j = javaHandlers[sig];
        }
        if (d == Disposition.IGNORE || d == Disposition.DEFAULT && ignoredByDefault(sig)) {
            return;
        }
        if (d == Disposition.JAVA) {
            j.accept(sig);
            return;
        }
        trip(sig);
    }

    /** Remembers a signal for the main thread and wakes it. */
    public void trip(int sig) {
        pending.getAndUpdate(bits -> bits | 1L << sig);
        interp.pending = true;
        ThreadState main = interp.mainThread;
        Thread t = main == null ? null : main.thread;
        if (t != null) {
            t.interrupt();
        }
    }

    /** Whether a signal is waiting for its handler. */
    public boolean anyPending() {
        return pending.get() != 0;
    }

    /** Runs the handlers of the signals that arrived (on the main thread); a handler's exception propagates. */
    void runPending(ThreadState ts) {
        long bits = pending.getAndSet(0);
        for (int sig = 1; bits != 0 && sig < NSIG; sig++) {
            if ((bits & 1L << sig) == 0) {
                continue;
            }
            bits &= ~(1L << sig);
            try {
                dispatch(sig, ts);
            } catch (RuntimeException | Error e) {
                // the signals not handled yet stay pending for the next check
                long rest = bits;
                if (rest != 0) {
                    pending.getAndUpdate(b -> b | rest);
                    interp.pending = true;
                }
                throw e;
            }
        }
    }

    private void dispatch(int sig, ThreadState ts) {
        Disposition d;
        PyObject h;
        synchronized (this) {
            d = dispositions[sig];
            h = handlers[sig];
        }
        switch (d) {
            case IGNORE, JAVA -> {
            }
            case PYTHON -> h.call(PyInt.of(sig), ts.frame == null ? PyNone.NONE : new PyFrame(ts.frame));
            case INTERRUPT -> throw new PyException(Exceptions.make(Exceptions.KEYBOARD_INTERRUPT, null));
            case DEFAULT -> {
                if (!ignoredByDefault(sig)) {
                    throw new ProcessKilled(sig);
                }
            }
        }
    }

    /** Signals whose default action is to do nothing (SIGCHLD, SIGCONT, SIGURG, SIGWINCH). */
    public static boolean ignoredByDefault(int sig) {
        return sig == 17 || sig == 18 || sig == 23 || sig == 28;
    }

    /**
     * The program ends as if killed by signal {@code signal} (its default action): no
     * traceback, exit status 128 + signal, buffered output lost, as a killed CPython.
     * Not a Python exception: nothing can catch it.
     */
    public static final class ProcessKilled extends RuntimeException {
        public final int signal;

        public ProcessKilled(int signal) {
            super("killed by signal " + signal, null, false, false);
            this.signal = signal;
        }
    }
}
