package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Hooks;
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

    private record Entry(WeakReference<PyAsyncGenerator> gen, EventLoop loop) {
    }

    private static final List<Entry> ALL = new ArrayList<>();
    private static int pruneAt = 256;
    private static EventLoop hookLoop;

    /** Installs the creation hook (once per program run). */
    static void install() {
        ALL.clear();
        hookLoop = null;
        Hooks.asyncGeneratorFactory = (f, fn) -> {
            PyAsyncGenerator g = new PyAsyncGenerator(f, fn);
            track(g);
            return g;
        };
    }

    private static void track(PyAsyncGenerator g) {
        ALL.add(new Entry(new WeakReference<>(g), hookLoop));
        if (ALL.size() >= pruneAt) {
            ALL.removeIf(e -> {
                PyAsyncGenerator x = e.gen().get();
                return x == null || x.isFinished();
            });
            pruneAt = Math.max(256, ALL.size() * 2);
        }
    }

    static EventLoop hookLoop() {
        return hookLoop;
    }

    static void setHookLoop(EventLoop loop) {
        hookLoop = loop;
    }

    /** The open async generators that belong to {@code loop} (or to no loop), forgotten from now on. */
    static PyList takeForLoop(EventLoop loop) {
        loop.asyncgensShutdownCalled = true;
        PyList out = new PyList();
        List<Entry> keep = new ArrayList<>();
        for (Entry e : ALL) {
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
        ALL.clear();
        ALL.addAll(keep);
        return out;
    }
}
