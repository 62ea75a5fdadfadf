package dev.eddy.runtime;

/**
 * Per-interpreter mutable state the evaluator consults on hot paths: Python call depth
 * for RecursionError, and the exception being handled (for __context__ and bare raise).
 * There is one interpreter thread, so this is a plain static holder.
 */
public final class ThreadState {
    private ThreadState() {
    }

    public static int depth;
    public static int recursionLimit = 1000;
    /** The exception currently being handled by an except block, or null. */
    public static PyBaseException handled;
}
