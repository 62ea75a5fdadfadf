package dev.eddy.stdlib.weak;

import dev.eddy.builtins.StdStreams;
import dev.eddy.interpreter.Tracebacks;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/**
 * Runs the callbacks of weak references whose referents Java has collected. Python code
 * runs them at safe points (gc.collect() and the creation of new references), never on the
 * collector's thread; an exception from a callback is reported and ignored, as in CPython.
 */
final class Callbacks {
    private Callbacks() {
    }

    static void runPending(WeakRegistry registry) {
        for (PyWeakRef ref : registry.drainDead()) {
            if (ref.callback == PyNone.NONE) {
                continue;
            }
            try {
                ref.callback.call(ref);
            } catch (PyException e) {
                report(ref.callback, e);
            }
        }
    }

    private static void report(PyObject callback, PyException e) {
        String text = "Exception ignored in: " + callback.repr().value + "\n" + Tracebacks.format(e.value);
        try {
            StdStreams.flushQuietly(StdStreams.stdout());
            PyObject err = StdStreams.stderr();
            Ops.callMethod(err, "write", new PyStr(text));
            StdStreams.flushQuietly(err);
        } catch (RuntimeException x) {
            System.err.print(text);
        }
    }
}
