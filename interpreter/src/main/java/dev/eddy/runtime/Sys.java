package dev.eddy.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The process-level facts a program run starts with (argv, streams, environment), set by
 * the interpreter before anything runs; the sys module and print() are built on it.
 */
public final class Sys {
    private Sys() {
    }

    public static List<String> argv = List.of("");
    public static InputStream stdin = System.in;
    public static OutputStream stdout = System.out;
    public static OutputStream stderr = System.err;
    public static Map<String, String> env = Map.of();
    public static List<String> xOptions = List.of();
    /** The working directory the program was started in (os.getcwd() until os.chdir). */
    public static java.nio.file.Path workingDirectory = java.nio.file.Path.of("");
    /** The directory of the main script: imports of .py modules look here first. */
    public static java.nio.file.Path scriptDir = java.nio.file.Path.of(".");
    /** The Python-level sys.stdout / sys.stderr / sys.stdin objects (replaceable by scripts). */
    public static PyObject pyStdout;
    public static PyObject pyStderr;
    public static PyObject pyStdin;
}
