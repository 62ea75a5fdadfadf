package dev.eddy.runtime;

/**
 * Guards repr() of containers, per thread: a container already being shown shows as [...]
 * or {...}, and each level of nesting counts towards the recursion limit, so a very deep
 * structure raises RecursionError at once, as CPython's does.
 */
public final class ReprGuard {
    private ReprGuard() {
    }

    /**
     * Starts showing {@code o}: false if it is already being shown (a cycle). Raises
     * RecursionError past the recursion limit. A true result must be paired with {@link #exit}.
     */
    public static boolean enter(PyObject o) {
        ThreadState ts = ThreadState.current();
        if (ts.depth >= ts.recursionLimit) {
            throw Errors.of(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded while getting the repr of an object");
        }
        if (ts.reprActive.put(o, Boolean.TRUE) != null) {
            return false;
        }
        ts.depth++;
        return true;
    }

    public static void exit(PyObject o) {
        ThreadState ts = ThreadState.current();
        ts.reprActive.remove(o);
        ts.depth--;
    }
}
