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
        Sys sys = Sys.get();
        if (!(sys.pyStdout != null && !(sys.pyStdout instanceof PyTextStream s && s.outputStream() != sys.stdout))) {
            boolean tty = looksLikeTerminal(sys.stdout);
            PyTextStream.Buffering b = unbuffered() ? PyTextStream.Buffering.WRITE_THROUGH
                    : tty ? PyTextStream.Buffering.LINE : PyTextStream.Buffering.BLOCK;
            sys.originalOut = PyTextStream.writer("<stdout>", sys.stdout, b, tty).withErrors(stdioErrors(sys));
            sys.pyStdout = sys.originalOut;
        }
        if (!(sys.pyStderr != null && !(sys.pyStderr instanceof PyTextStream s && s.outputStream() != sys.stderr))) {
            sys.originalErr = PyTextStream.writer("<stderr>", sys.stderr, PyTextStream.Buffering.WRITE_THROUGH,
                    looksLikeTerminal(sys.stderr)).withErrors("backslashreplace");
            sys.pyStderr = sys.originalErr;
        }
        if (!(sys.pyStdin != null && !(sys.pyStdin instanceof PyTextStream s && s.inputStream() != sys.stdin))) {
            sys.pyStdin = PyTextStream.reader("<stdin>", sys.stdin, false).withErrors(stdioErrors(sys));
        }
    }

    /**
     * The standard streams whose descriptors were closed when the process started: None, as
     * CPython has them (print() then writes nothing; reading sys.stdin is an AttributeError).
     */
    public static void markClosed(boolean in, boolean out, boolean err) {
        Sys sys = Sys.get();
        if (in) {
            sys.pyStdin = PyNone.NONE;
            if (sys.inCell != null) {
                sys.inCell.value = PyNone.NONE;
            }
        }
        if (out) {
            sys.originalOut = PyNone.NONE;
            setStdout(PyNone.NONE);
        }
        if (err) {
            sys.originalErr = PyNone.NONE;
            setStderr(PyNone.NONE);
        }
    }

    /**
     * The error handler of stdin and stdout, as CPython picks it (PEP 538/540): surrogateescape
     * under the C or POSIX locale (C.UTF-8 included), so that undecodable bytes pass through;
     * strict under any other.
     */
    private static String stdioErrors(Sys sys) {
        java.util.Map<String, String> env = sys.env == null ? System.getenv() : sys.env;
        String io = sys.flags.ignoreEnvironment() ? null : env.get("PYTHONIOENCODING");
        if (io != null && !io.isEmpty()) {
            // "encoding:errors": an encoding alone means strict (Eddy's streams are always UTF-8)
            int colon = io.indexOf(':');
            if (colon >= 0 && colon < io.length() - 1) {
                return io.substring(colon + 1);
            }
            if (colon != 0) {
                return "strict";
            }
        }
        String locale = null;
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                locale = v;
                break;
            }
        }
        boolean cLocale = locale == null || locale.equals("C") || locale.equals("POSIX") || locale.startsWith("C.")
                || !localeInstalled(locale);
        return cLocale ? "surrogateescape" : "strict";
    }

    /**
     * Whether the C library could set {@code locale} (else the process runs under C, as CPython's
     * would): a locale folder of that name (glibc writes the codeset "utf8"), or a locale archive.
     */
    private static boolean localeInstalled(String locale) {
        java.nio.file.Path dir = java.nio.file.Path.of("/usr/lib/locale");
        if (java.nio.file.Files.exists(dir.resolve("locale-archive"))) {
            return true;
        }
        int dot = locale.indexOf('.');
        String normalized = dot < 0 ? locale
                : locale.substring(0, dot + 1) + locale.substring(dot + 1).toLowerCase(java.util.Locale.ROOT).replace("-", "");
        return java.nio.file.Files.isDirectory(dir.resolve(normalized)) || java.nio.file.Files.isDirectory(dir.resolve(locale));
    }

    /** Replaces all three with fresh objects over the current raw streams. */
    public static void reset() {
        Sys sys = Sys.get();
        sys.pyStdout = null;
        sys.pyStderr = null;
        sys.pyStdin = null;
        install();
    }


    /** Called by the sys module: its globals become where the streams are looked up. */
    public static void bindSysCells(PyCell out, PyCell err, PyCell in) {
        Sys sys = Sys.get();
        sys.outCell = out;
        sys.errCell = err;
        sys.inCell = in;
    }

    public static void unbindSysCells() {
        Sys sys = Sys.get();
        sys.outCell = null;
        sys.errCell = null;
        sys.inCell = null;
    }

    /** sys.stdout as the program sees it now (None when deleted). */
    public static PyObject stdout() {
        Sys sys = Sys.get();
        PyCell c = sys.outCell;
        if (c != null) {
            PyObject v = c.value == null ? PyNone.NONE : c.value;
            if (v != sys.pyStdout) {
                switched(sys.pyStdout);
                sys.pyStdout = v;
            }
            return v;
        }
        if (sys.pyStdout == null) {
            install();
        }
        return sys.pyStdout;
    }

    public static PyObject stderr() {
        Sys sys = Sys.get();
        PyCell c = sys.errCell;
        if (c != null) {
            PyObject v = c.value == null ? PyNone.NONE : c.value;
            if (v != sys.pyStderr) {
                switched(sys.pyStderr);
                sys.pyStderr = v;
            }
            return v;
        }
        if (sys.pyStderr == null) {
            install();
        }
        return sys.pyStderr;
    }

    public static PyObject stdin() {
        Sys sys = Sys.get();
        PyCell c = sys.inCell;
        if (c != null) {
            PyObject v = c.value == null ? PyNone.NONE : c.value;
            sys.pyStdin = v;
            return v;
        }
        if (sys.pyStdin == null) {
            install();
        }
        return sys.pyStdin;
    }

    /** A stream the program stopped using gets its buffered output out now, keeping the order of output. */
    private static void switched(PyObject old) {
        if (old instanceof PyTextStream t) {
            t.flushQuietly();
        }
    }

    /** Assigns sys.stdout (contextlib.redirect_stdout): the sys module's global too when it exists. */
    public static void setStdout(PyObject v) {
        Sys sys = Sys.get();
        switched(sys.pyStdout);
        sys.pyStdout = v;
        if (sys.outCell != null) {
            sys.outCell.value = v;
        }
    }

    public static void setStderr(PyObject v) {
        Sys sys = Sys.get();
        switched(sys.pyStderr);
        sys.pyStderr = v;
        if (sys.errCell != null) {
            sys.errCell.value = v;
        }
    }


    /**
     * Flushes sys.stdout and sys.stderr, and the original standard streams if the program
     * replaced them, dropping any failure: for program exit.
     */
    public static void flushAll() {
        Sys sys = Sys.get();
        flushQuietly(stdout());
        if (sys.originalOut != null && sys.originalOut != sys.pyStdout) {
            ((PyTextStream) sys.originalOut).flushQuietly();
        }
        flushQuietly(stderr());
        if (sys.originalErr != null && sys.originalErr != sys.pyStderr) {
            ((PyTextStream) sys.originalErr).flushQuietly();
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
        Sys sys = Sys.get();
        if (sys.flags.unbuffered()) {
            return true;
        }
        String v = sys.flags.ignoreEnvironment() ? null : sys.env.get("PYTHONUNBUFFERED");
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
