package dev.eddy.runtime;

/** Stops repr() of self-containing containers from recursing forever ([...] and {...}), per thread. */
public final class ReprGuard {
    private ReprGuard() {
    }

    public static boolean enter(PyObject o) {
        return ThreadState.current().reprActive.put(o, Boolean.TRUE) == null;
    }

    public static void exit(PyObject o) {
        ThreadState.current().reprActive.remove(o);
    }
}
