package dev.eddy.runtime;

/**
 * Blocking waits of Python code (sleep, lock acquire, join, event and condition waits, input):
 * the interpreter lock is let go while the thread waits, and on the main thread a signal
 * wakes the wait (the signal machinery interrupts the Java thread), its Python handler runs,
 * and unless it raised, the wait goes on for what is left of its time (as CPython does since
 * PEP 475).
 */
public final class Blocking {
    private Blocking() {
    }

    /** A wait for something; {@code nanos} < 0 means no time limit. */
    public interface Wait {
        /** @return whether what was waited for happened (false: the time ran out) */
        boolean await(long nanos) throws InterruptedException;
    }

    /**
     * Waits with {@code w} for at most {@code timeoutNanos} (< 0: no limit).
     *
     * @return what {@code w} returned
     */
    public static boolean await(long timeoutNanos, Wait w) {
        ThreadState ts = ThreadState.current();
        InterpreterState interp = ts.interp;
        long deadline = timeoutNanos < 0 ? 0 : System.nanoTime() + timeoutNanos;
        while (true) {
            boolean released = interp.gil.release();
            try {
                long left = timeoutNanos < 0 ? -1 : Math.max(0, deadline - System.nanoTime());
                return w.await(left);
            } catch (InterruptedException e) {
                // a signal (or Ctrl-C) for this thread: run the handlers, then wait on
            } finally {
                interp.gil.reacquire(released);
            }
            interp.runSignalHandlers(ts);
        }
    }

    /** time.sleep: sleeps, running signal handlers that arrive meanwhile. */
    public static void sleep(long nanos) {
        await(nanos, left -> {
            if (left > 0) {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
            return true;
        });
    }

    /** A call into the operating system that may block: a select, a read from a pipe, a wait for a child. */
    public interface IoCall<T> {
        T call() throws java.io.IOException, InterruptedException;
    }

    /**
     * Makes {@code call} with the interpreter lock let go, so that other Python threads run while
     * it blocks. A signal that woke it has its Python handlers run afterwards; the caller, which
     * loops until what it waits for has happened, then simply waits again.
     */
    public static <T> T io(IoCall<T> call) throws java.io.IOException, InterruptedException {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return call.call();
        }
        InterpreterState interp = ts.interp;
        boolean released = interp.gil.release();
        T result;
        try {
            result = call.call();
        } finally {
            interp.gil.reacquire(released);
        }
        if (Thread.interrupted()) {
            interp.runSignalHandlers(ts);
        }
        return result;
    }
}
