package dev.eddy.builtins;

import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyCell;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.Sys;

import java.io.OutputStream;

/**
 * The Python-level standard streams (sys.stdout, sys.stderr, sys.stdin) over the raw streams
 * in {@link Sys}: made on demand, remade when the raw streams changed (a new program run).
 */
public final class StdStreams {
    private StdStreams() {
    }

    /** Makes Sys.pyStdout/pyStderr/pyStdin when missing or left over from other raw streams. */
    public static void install() {
        if (!(Sys.pyStdout != null && !(Sys.pyStdout instanceof PyTextStream s && s.outputStream() != Sys.stdout))) {
            boolean tty = looksLikeTerminal(Sys.stdout);
            PyTextStream.Buffering b = unbuffered() ? PyTextStream.Buffering.WRITE_THROUGH
                    : tty ? PyTextStream.Buffering.LINE : PyTextStream.Buffering.BLOCK;
            originalOut = PyTextStream.writer("<stdout>", Sys.stdout, b, tty);
            Sys.pyStdout = originalOut;
        }
        if (!(Sys.pyStderr != null && !(Sys.pyStderr instanceof PyTextStream s && s.outputStream() != Sys.stderr))) {
            originalErr = PyTextStream.writer("<stderr>", Sys.stderr, PyTextStream.Buffering.WRITE_THROUGH, looksLikeTerminal(Sys.stderr));
            Sys.pyStderr = originalErr;
        }
        if (!(Sys.pyStdin != null && !(Sys.pyStdin instanceof PyTextStream s && s.inputStream() != Sys.stdin))) {
            Sys.pyStdin = PyTextStream.reader("<stdin>", Sys.stdin, false);
        }
    }

    /** Replaces all three with fresh objects over the current raw streams. */
    public static void reset() {
        Sys.pyStdout = null;
        Sys.pyStderr = null;
        Sys.pyStdin = null;
        install();
    }

    /**
     * The sys module's cells for stdout, stderr and stdin, once it is imported: assigning
     * sys.stdout then redirects print(). Cleared when a new builtins module is made.
     */
    private static PyCell outCell;
    private static PyCell errCell;
    private static PyCell inCell;

    /** Called by the sys module: its globals become where the streams are looked up. */
    public static void bindSysCells(PyCell out, PyCell err, PyCell in) {
        outCell = out;
        errCell = err;
        inCell = in;
    }

    public static void unbindSysCells() {
        outCell = null;
        errCell = null;
        inCell = null;
    }

    /** sys.stdout as the program sees it now (None when deleted). */
    public static PyObject stdout() {
        PyCell c = outCell;
        if (c != null) {
            PyObject v = c.value == null ? PyNone.NONE : c.value;
            if (v != Sys.pyStdout) {
                switched(Sys.pyStdout);
                Sys.pyStdout = v;
            }
            return v;
        }
        if (Sys.pyStdout == null) {
            install();
        }
        return Sys.pyStdout;
    }

    public static PyObject stderr() {
        PyCell c = errCell;
        if (c != null) {
            PyObject v = c.value == null ? PyNone.NONE : c.value;
            if (v != Sys.pyStderr) {
                switched(Sys.pyStderr);
                Sys.pyStderr = v;
            }
            return v;
        }
        if (Sys.pyStderr == null) {
            install();
        }
        return Sys.pyStderr;
    }

    public static PyObject stdin() {
        PyCell c = inCell;
        if (c != null) {
            PyObject v = c.value == null ? PyNone.NONE : c.value;
            Sys.pyStdin = v;
            return v;
        }
        if (Sys.pyStdin == null) {
            install();
        }
        return Sys.pyStdin;
    }

    /** A stream the program stopped using gets its buffered output out now, keeping the order of output. */
    private static void switched(PyObject old) {
        if (old instanceof PyTextStream t) {
            t.flushQuietly();
        }
    }

    /** Assigns sys.stdout (contextlib.redirect_stdout): the sys module's global too when it exists. */
    public static void setStdout(PyObject v) {
        switched(Sys.pyStdout);
        Sys.pyStdout = v;
        if (outCell != null) {
            outCell.value = v;
        }
    }

    public static void setStderr(PyObject v) {
        switched(Sys.pyStderr);
        Sys.pyStderr = v;
        if (errCell != null) {
            errCell.value = v;
        }
    }

    /** The stream objects made by install(), flushed at exit even when the program replaced them. */
    private static PyTextStream originalOut;
    private static PyTextStream originalErr;

    /**
     * Flushes sys.stdout and sys.stderr, and the original standard streams if the program
     * replaced them, dropping any failure: for program exit.
     */
    public static void flushAll() {
        flushQuietly(stdout());
        if (originalOut != null && originalOut != Sys.pyStdout) {
            originalOut.flushQuietly();
        }
        flushQuietly(stderr());
        if (originalErr != null && originalErr != Sys.pyStderr) {
            originalErr.flushQuietly();
        }
    }

    /** Flushes a stream object, through its Python flush() when it is not ours. */
    public static void flushQuietly(PyObject stream) {
        if (stream == null || stream == PyNone.NONE) {
            return;
        }
        if (stream instanceof PyTextStream t) {
            t.flushQuietly();
            return;
        }
        try {
            Ops.callMethod(stream, "flush");
        } catch (RuntimeException e) {
            // exit-time flush: nothing left to report to
        }
    }

    /** Flushes a stream object, raising what flush raises. */
    public static void flush(PyObject stream) {
        if (stream instanceof PyTextStream t) {
            t.flush();
        } else if (stream != null && stream.lookupAttr("flush") != null) {
            Ops.callMethod(stream, "flush");
        }
    }

    private static boolean unbuffered() {
        String v = Sys.env.get("PYTHONUNBUFFERED");
        return v != null && !v.isEmpty();
    }

    /**
     * Whether a raw stream is a terminal. The launcher wraps a terminal stdout in its line
     * buffering stream, so that is the sign; everything else counts as a file or pipe.
     */
    private static boolean looksLikeTerminal(OutputStream out) {
        return out != null && out.getClass().getSimpleName().equals("LineBufferedOutputStream");
    }
}
