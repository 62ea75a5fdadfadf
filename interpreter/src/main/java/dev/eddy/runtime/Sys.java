package dev.eddy.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The process-level facts a program run starts with (argv, streams, environment), set by
 * the interpreter before anything runs; the sys module and print() are built on it. Each
 * interpreter has its own ({@link InterpreterState#sys}).
 */
public final class Sys {
    Sys() {
    }

    /** The calling thread's interpreter's. */
    public static Sys get() {
        return ThreadState.current().interp.sys;
    }

    public volatile List<String> argv = List.of("");
    public volatile InputStream stdin = System.in;
    public volatile OutputStream stdout = System.out;
    public volatile OutputStream stderr = System.err;
    public volatile Map<String, String> env = Map.of();
    public volatile List<String> xOptions = List.of();
    /** The command line's settings (sys.flags, sys.warnoptions). */
    public volatile Flags flags = Flags.DEFAULT;
    /** The command line as given, the executable first (sys.orig_argv); null when not started from one. */
    public volatile List<String> origArgv;
    /** The working directory the program was started in (os.getcwd() until os.chdir). */
    public volatile java.nio.file.Path workingDirectory = java.nio.file.Path.of("");
    /** The directory of the main script: imports of .py modules look here first. */
    public volatile java.nio.file.Path scriptDir = java.nio.file.Path.of(".");
    /** The Python-level sys.stdout / sys.stderr / sys.stdin objects (replaceable by scripts). */
    public volatile PyObject pyStdout;
    public volatile PyObject pyStderr;
    public volatile PyObject pyStdin;
    /**
     * The sys module's cells for stdout, stderr and stdin, once it is imported: assigning
     * sys.stdout then redirects print(). Cleared when a new builtins module is made.
     */
    public volatile PyCell outCell;
    public volatile PyCell errCell;
    public volatile PyCell inCell;
    /** The stream objects first made over the raw streams, flushed at exit even when the program replaced them. */
    public volatile PyObject originalOut;
    public volatile PyObject originalErr;
}
