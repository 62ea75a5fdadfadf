package dev.eddy.interpreter;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The embedding entry point: one Python program run (or one REPL session) with its own
 * sys.argv, standard streams and environment. Not thread-safe; one program at a time.
 */
public final class Interpreter {

    /** How the program was started, as the launcher parsed its command line. */
    public record Options(List<String> argv, InputStream stdin, OutputStream stdout, OutputStream stderr,
                          Map<String, String> env, List<String> xOptions, boolean interactive,
                          java.nio.file.Path cwd) {
    }

    private final Options options;

    public Interpreter(Options options) {
        this.options = options;
    }

    /**
     * Runs a whole program as {@code python3 file} would: SyntaxErrors and uncaught exceptions
     * are printed to stderr CPython's way, output is flushed, SystemExit honoured.
     *
     * @param source   the program text
     * @param filename the name shown in tracebacks (the path as given on the command line, or "<string>", "<stdin>")
     * @return the process exit code CPython would use (0, 1 for an uncaught exception, n for sys.exit(n))
     */
    public int runScript(String source, String filename) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * REPL: runs one complete interactive input (one statement, possibly compound) in the
     * session's __main__ module; an expression statement's non-None value is printed with repr.
     * Errors are printed as CPython's REPL prints them (File "<stdin>").
     *
     * @return -1 to continue the session, or an exit code if the input raised SystemExit
     */
    public int runInteractive(String source) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * REPL: whether {@code source} is an incomplete statement that needs more lines
     * (an open bracket, a trailing backslash, a compound statement header or its unfinished
     * block), as CPython's codeop decides.
     */
    public static boolean isIncomplete(String source) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Flushes sys.stdout and sys.stderr (the launcher calls this before exiting). */
    public void flush() {
    }
}
