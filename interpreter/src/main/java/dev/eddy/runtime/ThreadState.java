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
    /**
     * Test mode (-X eddy-resume-every-suspend): every yield and await first suspends the frame
     * and re-enters it at once, so all resume state is saved and restored at every suspension
     * point without changing what the program observes.
     */
    public static boolean bounceEverySuspend;
    /** The yielded value of such a bounce; never seen outside the generator. */
    public static final PyObject BOUNCE = new PyCell(null);
    /** The exception currently being handled by an except block, or null. */
    public static PyBaseException handled;
}
