package dev.eddy.nodes;

import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyObject;

/**
 * Awaits performed inside a node (async for's __anext__, async with's __aenter__/__aexit__):
 * start delegating to the awaitable; if it suspends, the node records its phase and returns
 * SUSPEND, and on re-entry picks up the result with {@link #resumeValue}.
 */
final class Awaiting {
    /** Returned by {@link #start} when the awaitable suspended (the yielded value is in f.retval). */
    static final PyObject SUSPENDED = new dev.eddy.runtime.PyCell(null);

    private Awaiting() {
    }

    static PyObject start(Frame f, PyObject awaitable) {
        PyGenerator g = f.generator;
        PyObject r = g.startDelegation(Suspend.awaitIterator(awaitable));
        if (r != null) {
            f.retval = r;
            return SUSPENDED;
        }
        return g.takeDelegateResult();
    }

    /** The awaited result after re-entry, or the exception it raised. */
    static PyObject resumeValue(Frame f) {
        PyGenerator g = f.generator;
        PyException t = g.thrown;
        if (t != null) {
            g.thrown = null;
            throw t;
        }
        PyObject v = g.sent;
        g.sent = null;
        return v;
    }
}
