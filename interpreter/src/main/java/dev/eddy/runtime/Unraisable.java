package dev.eddy.runtime;

/**
 * Reports an exception that has nowhere to go (CPython's PyErr_WriteUnraisable): one raised
 * while closing a dropped generator. The report is "Exception ignored in: REPR" and the
 * traceback, on sys.stderr; the program goes on.
 */
public final class Unraisable {
    private Unraisable() {
    }

    /** Writes the report (through the interpreter's reporter); never raises. */
    public static void report(PyObject where, PyBaseException e) {
        ThreadState ts = ThreadState.current();
        if (e.traceback == null && ts.frame != null) {
            // as CPython: an exception raised outside any frame is shown where the program was
            e.addTraceback(new TracebackEntry(ts.frame.code.filename(), ts.frame.line, ts.frame.code.name, ts.frame.code.source, ts.frame));
        }
        java.util.function.BiConsumer<PyObject, PyBaseException> reporter = ts.interp.unraisableReporter;
        String what;
        try {
            what = where.repr().value;
        } catch (PyException x) {
            what = "<object repr() failed>";
        }
        if (reporter != null) {
            reporter.accept(new PyStr(what), e);
        } else {
            System.err.println("Exception ignored in: " + what + "\n" + e.type().name);
        }
    }
}
