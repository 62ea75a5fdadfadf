package dev.eddy.runtime;

import java.util.IdentityHashMap;

/** Stops repr() of self-containing containers from recursing forever ([...] and {...}). */
public final class ReprGuard {
    private static final IdentityHashMap<PyObject, Boolean> ACTIVE = new IdentityHashMap<>();

    private ReprGuard() {
    }

    public static boolean enter(PyObject o) {
        return ACTIVE.put(o, Boolean.TRUE) == null;
    }

    public static void exit(PyObject o) {
        ACTIVE.remove(o);
    }
}
