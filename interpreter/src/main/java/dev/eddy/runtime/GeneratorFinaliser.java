package dev.eddy.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * What closes a generator that was dropped while suspended inside a {@code try} or
 * {@code with}, as CPython's reference counting does the moment the last reference goes.
 *
 * <p>A generator registers one the first time it suspends in code that has a suspension
 * point inside a try or with ({@link Code#suspendsInCleanup}); plain generators never pay for
 * it. The record is a weak reference to the generator and holds, strongly, everything
 * close() needs: the frame, the function and the object it delegates to. It never reaches
 * the generator itself (a suspended frame drops its {@code generator} and {@code back}
 * links), so Java can find the generator unreachable while the frame lives on here.
 *
 * <p>When Java clears the reference, a watcher thread only moves the record to its
 * interpreter's queue and raises {@link InterpreterState#pending}; the interpreter's own
 * thread then finalises it at its next safe point (a call or a loop back-edge): a stand-in
 * generator object over the same frame is closed, and whatever escapes is reported as
 * "Exception ignored in: ..." and dropped. Generators still suspended when the program ends
 * are closed by {@link #finaliseAllAtExit}. {@link #dropped} is the close itself, shared with
 * loops that let go of a generator they own (async generators go to the event loop's
 * finalizer). Coroutines are not covered: a dropped suspended coroutine is not closed.
 */
public final class GeneratorFinaliser extends WeakReference<PyGenerator> {
    private static final ReferenceQueue<PyGenerator> QUEUE = new ReferenceQueue<>();
    private static Thread watcher;

    final InterpreterState interp;
    final Frame frame;
    final PyFunction function;
    final String qualname;
    /** The generator's identity hash: its repr's address, kept for the report. */
    final int identity;
    /** Registration order in the interpreter: dropped generators found together are closed oldest first. */
    final long serial;
    /** What the generator delegated to (yield from) when it last suspended. */
    PyObject delegate;
    /** Finalised, or the generator finished: nothing left to do. */
    boolean done;
    /** Neighbours in the interpreter's list of live records ({@link InterpreterState#finalisers}). */
    private GeneratorFinaliser prev;
    private GeneratorFinaliser next;

    private GeneratorFinaliser(PyGenerator g, InterpreterState interp) {
        super(g, QUEUE);
        this.interp = interp;
        this.frame = g.frame;
        this.function = g.function;
        this.qualname = g.qualname;
        this.identity = System.identityHashCode(g);
        this.serial = interp.finaliserSerial++;
    }

    /** The generator suspended in code that may need closing: make sure it has a record, and note its delegate. */
    static void suspended(PyGenerator g) {
        GeneratorFinaliser f = g.finaliser;
        if (f == null) {
            if (g.kind == Code.Kind.COROUTINE) {
                return;
            }
            InterpreterState interp = ThreadState.current().interp;
            f = new GeneratorFinaliser(g, interp);
            f.link();
            g.finaliser = f;
            startWatcher();
        }
        f.delegate = g.delegate;
    }

    /** The generator finished: it needs no finalising. */
    void forget() {
        if (!done) {
            done = true;
            clear();
            unlink();
        }
    }

    private void link() {
        GeneratorFinaliser head = interp.finalisers;
        next = head;
        if (head != null) {
            head.prev = this;
        }
        interp.finalisers = this;
    }

    private void unlink() {
        if (prev != null) {
            prev.next = next;
        } else if (interp.finalisers == this) {
            interp.finalisers = next;
        }
        if (next != null) {
            next.prev = prev;
        }
        prev = null;
        next = null;
    }

    private static synchronized void startWatcher() {
        if (watcher != null) {
            return;
        }
        watcher = new Thread(GeneratorFinaliser::watch, "eddy-generator-finaliser");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The watcher thread: hands each cleared record to its interpreter and wakes it. */
    private static void watch() {
        while (true) {
            Reference<? extends PyGenerator> r;
            try {
                r = QUEUE.remove();
            } catch (InterruptedException e) {
                continue;
            }
            handOver(r);
        }
    }

    private static void handOver(Reference<? extends PyGenerator> r) {
        if (r instanceof GeneratorFinaliser f) {
            f.interp.droppedGenerators.add(f);
            f.interp.pending = true;
        }
    }

    /**
     * gc.collect(), after a full collection: closes the generators of {@code interp} it found
     * dropped, oldest first, without waiting for Java to queue their records.
     */
    static void collectNow(InterpreterState interp) {
        List<GeneratorFinaliser> cleared = new ArrayList<>();
        for (GeneratorFinaliser f = interp.finalisers; f != null; f = f.next) {
            if (f.refersTo(null)) {
                cleared.add(f);
            }
        }
        for (int i = cleared.size() - 1; i >= 0; i--) {
            interp.droppedGenerators.add(cleared.get(i));
        }
        runDropped(interp);
    }

    /**
     * Closes the generators Java found dropped since the last call; on an interpreter thread,
     * at a safe point. A finaliser that drops more generators has them closed in the same run.
     */
    static void runDropped(InterpreterState interp) {
        if (interp.finalising) {
            return;
        }
        interp.finalising = true;
        try {
            List<GeneratorFinaliser> batch = new ArrayList<>();
            while (!interp.droppedGenerators.isEmpty()) {
                GeneratorFinaliser f;
                while ((f = interp.droppedGenerators.poll()) != null) {
                    batch.add(f);
                }
                // Java queues them in no set order; the program most likely dropped the oldest first
                batch.sort((a, b) -> Long.compare(a.serial, b.serial));
                for (GeneratorFinaliser d : batch) {
                    d.finalise();
                }
                batch.clear();
            }
        } finally {
            interp.finalising = false;
        }
    }

    /**
     * At the end of the program: closes every generator still suspended in a try or with, as
     * CPython does when it frees the main module and then the rest. Those the main module's
     * globals hold go first, in definition order (the order its dict lets go of them); then
     * the rest, oldest first.
     */
    static void finaliseAllAtExit(InterpreterState interp, PyModule main) {
        runDropped(interp);
        if (main != null) {
            for (String name : new ArrayList<>(main.globals.keySet())) {
                if (main.get(name) instanceof PyGenerator g && g.finaliser != null && !g.finaliser.done) {
                    g.finaliser.finalise();
                }
            }
        }
        List<GeneratorFinaliser> rest = new ArrayList<>();
        for (GeneratorFinaliser f = interp.finalisers; f != null; f = f.next) {
            rest.add(f);
        }
        for (int i = rest.size() - 1; i >= 0; i--) {
            if (!rest.get(i).done) {
                rest.get(i).finalise();
            }
        }
        runDropped(interp);
    }

    /** Runs close() on the dropped generator's frame, reporting what it raises. */
    private void finalise() {
        if (done) {
            return;
        }
        done = true;
        unlink();
        PyGenerator g = get();
        if (g == null) {
            g = frame.code.kind == Code.Kind.ASYNC_GENERATOR ? new PyAsyncGenerator(frame, function) : new PyGenerator(frame, function);
            g.qualname = qualname;
            g.started = true;
            g.delegate = delegate;
            g.finaliser = this;
        }
        delegate = null;
        ThreadState ts = ThreadState.current();
        PyBaseException handled = ts.handled;
        ts.handled = null; // the close runs outside whatever except block the safe point is in
        try {
            dropped(g);
        } finally {
            ts.handled = handled;
        }
    }

    /**
     * A suspended generator its last holder let go of: closed as CPython's deallocation
     * closes it, with what escapes reported, not raised. An async generator goes to the
     * event loop's finalizer (asyncio schedules its aclose()) when one is installed.
     */
    public static void dropped(PyGenerator g) {
        if (!g.started || g.finished) {
            return;
        }
        try {
            java.util.function.Predicate<PyGenerator> loopFinalizer = InterpreterState.current().asyncGeneratorFinalizer;
            if (g.kind != Code.Kind.ASYNC_GENERATOR || loopFinalizer == null || !loopFinalizer.test(g)) {
                g.close();
            }
        } catch (PyException e) {
            Unraisable.report(g, e.value);
        }
    }
}
