package dev.eddy.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An interpreter's global lock: one thread at a time runs its Python code, as in CPython.
 * The built-in containers (dict, list, set, deque) and the object model rely on it.
 *
 * <p>Until a second thread starts, the lock is inactive and costs nothing. Then every thread
 * holds it while it runs Python code and lets go while it blocks (sleep, lock and queue
 * waits, join, select, input), and at a statement boundary once another thread has waited
 * for {@value #SWITCH_MILLIS} ms: a waiting thread sets {@link InterpreterState#pending}, which
 * the running thread polls at calls and loop back-edges.
 */
public final class Gil {
    /** How long a thread may keep the lock while another waits (CPython's switch interval is 5 ms). */
    static final long SWITCH_MILLIS = 5;
    private static final long SWITCH_NANOS = SWITCH_MILLIS * 1_000_000L;

    private final InterpreterState interp;
    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile boolean active;
    private volatile long lastSwitch;

    Gil(InterpreterState interp) {
        this.interp = interp;
    }

    /** Whether more than one thread may run Python code (so the lock is in use). */
    public boolean active() {
        return active;
    }

    /** Called on a thread running Python before it starts another: from now on the lock is held. */
    public void activate() {
        if (!active) {
            lock.lock();
            active = true;
            lastSwitch = System.nanoTime();
        }
    }

    /** Lets go of the lock before blocking; returns whether it was held (pass that to {@link #reacquire}). */
    public boolean release() {
        if (!active || !lock.isHeldByCurrentThread()) {
            return false;
        }
        lock.unlock();
        return true;
    }

    /** Takes the lock back after {@link #release} returned true. */
    public void reacquire(boolean released) {
        if (released) {
            acquire();
        }
    }

    /**
     * A thread starts running this interpreter's Python code: binds a fresh thread state to it
     * and takes the lock.
     */
    public ThreadState attach() {
        ThreadState ts = new ThreadState(interp);
        ThreadState.bind(ts);
        acquire();
        return ts;
    }

    /** The calling thread is done running Python code: lets go of the lock and unbinds its state. */
    public void detach() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            ts.retire();
        }
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
        ThreadState.bind(null);
    }

    /** Lets waiting threads run if this one has held the lock for the switch interval. */
    public void yieldIfContended() {
        if (active && lock.hasQueuedThreads() && lock.isHeldByCurrentThread()
                && System.nanoTime() - lastSwitch > SWITCH_NANOS) {
            lock.unlock();
            acquire();
        }
    }

    private void acquire() {
        boolean interrupted = false;
        boolean got;
        try {
            got = lock.tryLock(0, TimeUnit.NANOSECONDS); // unlike tryLock(), waits its turn behind queued threads
        } catch (InterruptedException e) {
            interrupted = true;
            got = false;
        }
        if (!got) {
            while (true) {
                interp.pending = true; // ask the running thread to let go at its next check
                try {
                    if (lock.tryLock(SWITCH_MILLIS, TimeUnit.MILLISECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        lastSwitch = System.nanoTime();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
