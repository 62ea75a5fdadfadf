package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.PyAsyncGenerator;
import dev.eddy.runtime.PyList;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop's view of async generators (CPython's sys.set_asyncgen_hooks): each one is
 * remembered, with the loop running when it was made, so that loop.shutdown_asyncgens()
 * can aclose() those still open at the end of asyncio.run().
 */
final class AsyncGenerators {
    private AsyncGenerators() {
    }

    record Entry(WeakReference<PyAsyncGenerator> gen, EventLoop loop) {
    }

    /** Installs the creation hook and the finalizer hook (once per interpreter). */
    static void install() {
        dev.eddy.runtime.InterpreterState interp = dev.eddy.runtime.InterpreterState.current();
        interp.asyncGeneratorFactory = (f, fn) -> {
            PyAsyncGenerator g = new PyAsyncGenerator(f, fn);
            track(g);
            return g;
        };
        interp.asyncGeneratorFinalizer = AsyncGenerators::finalizeDropped;
    }

    /**
     * An async generator dropped while suspended: as the loop's finalizer hook, schedule a task
     * that runs its aclose() (nothing when the loop is closed); false when no loop is running.
     */
    private static boolean finalizeDropped(dev.eddy.runtime.PyGenerator g) {
        EventLoop loop = hookLoop();
        if (loop == null) {
            return false;
        }
        if (!loop.isClosed()) {
            loop.callSoonThreadsafe(loop.lookupAttr("create_task"), new dev.eddy.runtime.PyObject[] {dev.eddy.runtime.Ops.callMethod(g, "aclose")}, false);
        }
        return true;
    }

    private static void track(PyAsyncGenerator g) {
        AsyncioState state = AsyncioState.get();
        List<Entry> all = state.asyncGenerators;
        all.add(new Entry(new WeakReference<>(g), state.asyncGeneratorHookLoop));
        if (all.size() >= state.asyncGeneratorsPruneAt) {
            all.removeIf(e -> {
                PyAsyncGenerator x = e.gen().get();
                return x == null || x.isFinished();
            });
            state.asyncGeneratorsPruneAt = Math.max(256, all.size() * 2);
        }
    }

    static EventLoop hookLoop() {
        return AsyncioState.get().asyncGeneratorHookLoop;
    }

    static void setHookLoop(EventLoop loop) {
        AsyncioState.get().asyncGeneratorHookLoop = loop;
    }

    /** The open async generators that belong to {@code loop} (or to no loop), forgotten from now on. */
    static PyList takeForLoop(EventLoop loop) {
        loop.asyncgensShutdownCalled = true;
        PyList out = new PyList();
        List<Entry> keep = new ArrayList<>();
        List<Entry> all = AsyncioState.get().asyncGenerators;
        for (Entry e : all) {
            PyAsyncGenerator g = e.gen().get();
            if (g == null || g.isFinished()) {
                continue;
            }
            if ((e.loop() == loop || e.loop() == null) && g.isStarted()) {
                out.append(g);
            } else {
                keep.add(e);
            }
        }
        all.clear();
        all.addAll(keep);
        return out;
    }
}
