package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.CallSite;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.ThreadState;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A global interpreter lock for the worker threads asyncio starts (run_in_executor,
 * to_thread): the interpreter keeps its per-run state in statics ({@link ThreadState},
 * {@link CallSite}), so only one thread may run Python code at a time.
 *
 * <p>Until the first worker starts, the lock is inactive and costs nothing. Then the thread
 * that activated it (the interpreter's) holds it while it runs and lets go while it blocks:
 * in the event loop's select, while waiting for a thread's result, and every few
 * milliseconds if another thread is queued. Each thread's interpreter state is saved when
 * it lets go and restored when it takes the lock back, so frames never leak between threads.
 *
 * <p>This belongs in the runtime once a threading module exists; see the asyncio notes.
 */
public final class Gil {
    private Gil() {
    }

    private static volatile ReentrantLock lock = new ReentrantLock(true);
    private static volatile boolean active;
    private static long lastSwitch;

    private record Snapshot(Frame current, int depth, PyBaseException handled) {
    }

    private static final ThreadLocal<Snapshot> SAVED = new ThreadLocal<>();

    /**
     * A new program run starts (several may share a JVM, one after another): forget the lock
     * of the last one, whose holder may be a thread that has finished.
     */
    public static void reset() {
        active = false;
        lock = new ReentrantLock(true);
    }

    /** Whether more than one thread may run Python code (so the lock is in use). */
    public static boolean active() {
        return active;
    }

    /** Called on a thread running Python before it starts a worker: from now on the lock is held. */
    public static void activate() {
        if (!active) {
            lock.lock();
            active = true;
            lastSwitch = System.nanoTime();
        }
    }

    /** Lets go of the lock before blocking (no-op when inactive or not held). */
    public static boolean release() {
        if (!active || !lock.isHeldByCurrentThread()) {
            return false;
        }
        SAVED.set(new Snapshot(CallSite.current, ThreadState.depth, ThreadState.handled));
        lock.unlock();
        return true;
    }

    /** Takes the lock back after {@link #release} returned true. */
    public static void reacquire(boolean released) {
        if (!released) {
            return;
        }
        lock.lock();
        Snapshot s = SAVED.get();
        if (s != null) {
            CallSite.current = s.current();
            ThreadState.depth = s.depth();
            ThreadState.handled = s.handled();
        }
        lastSwitch = System.nanoTime();
    }

    /** A worker thread starts running Python code: take the lock with fresh interpreter state. */
    public static void enterWorker() {
        ReentrantLock l = lock;
        l.lock();
        held.set(l);
        CallSite.current = null;
        ThreadState.depth = 0;
        ThreadState.handled = null;
        lastSwitch = System.nanoTime();
    }

    /** A worker thread is done running Python code. */
    public static void exitWorker() {
        ReentrantLock l = held.get();
        held.remove();
        if (l != null && l.isHeldByCurrentThread()) {
            l.unlock();
        }
    }

    /** The lock a worker took (the lock object changes when a new program run starts). */
    private static final ThreadLocal<ReentrantLock> held = new ThreadLocal<>();

    /** Lets queued threads run if this one has held the lock for a while (the switch interval). */
    public static void yieldIfContended() {
        if (active && lock.hasQueuedThreads() && System.nanoTime() - lastSwitch > 5_000_000L) {
            boolean r = release();
            reacquire(r);
        }
    }
}
