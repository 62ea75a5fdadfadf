package dev.eddy.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.eddy.interpreter.Interpreter;
import dev.eddy.interpreter.ParseAhead;
import dev.eddy.runtime.Flags;

/**
 * The {@code eddy} command: reads a python3-style command line, then runs a script file, a
 * {@code -c} command, a program piped on standard input, or the REPL (standard input on a
 * terminal), always on an interpreter thread with a 1 GiB stack so that deep Python recursion
 * reaches {@code RecursionError} long before the Java stack runs out.
 *
 * <p>Exit status, as CPython's: 0; 1 for an uncaught exception or an undecodable script; n for
 * {@code sys.exit(n)}; 2 for a usage error or a script that cannot be opened. And one of Eddy's
 * own: 70 (EX_SOFTWARE in sysexits.h) when a Java exception escaped the interpreter, which is
 * a bug in Eddy. It is reported on one line, {@code Eddy internal error: <exception>}, never
 * as a Java stack trace; set {@code EDDY_JAVA_TRACE=1} (or {@code -Deddy.javaTrace=true}) to
 * get the trace for a bug report.
 *
 * <p>Start-up matters: this class touches no jline class unless the REPL starts on a terminal
 * (see {@link Repl}).
 */
public final class Main {

    public static final String VERSION = "0.1.0";
    public static final String VERSION_LINE = "Eddy " + VERSION + " (Python 3.11 compatible)";

    static final int EXIT_USAGE = 2;
    /** CPython's status when flushing stdout at exit fails. */
    static final int EXIT_FLUSH_FAILED = 120;
    static final int EXIT_INTERNAL = 70;
    /** Exit status when the caller's thread is interrupted while the program runs (as after SIGINT). */
    static final int EXIT_INTERRUPTED = 130;
    static final long INTERPRETER_STACK_BYTES = 1L << 30;

    private static final String USAGE = HelpText.USAGE_LINE + "\nTry `eddy -h' for more information.\n";

    private Main() {
    }

    public static void main(String[] args) {
        // The program's stdout is file descriptor 1 and nothing else: whatever Java code prints
        // to System.out by mistake goes to stderr rather than into the program's output.
        System.setOut(System.err);
        int status = run(args, System.in, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), Path.of("").toAbsolutePath(), true);
        System.exit(status);
    }

    /**
     * Runs one {@code eddy} command line in this process, as the test runner does.
     *
     * @param argv             the arguments after {@code eddy}
     * @param stdin            the program's standard input
     * @param stdout           its standard output (used as given: no buffering is added)
     * @param stderr           its standard error
     * @param workingDirectory the directory relative script paths and imports are resolved against
     * @return the exit status
     */
    public static int run(String[] argv, InputStream stdin, OutputStream stdout, OutputStream stderr,
                          Path workingDirectory) {
        return run(argv, stdin, stdout, stderr, workingDirectory, false);
    }

    /** As {@link #run(String[], InputStream, OutputStream, OutputStream, Path)}, with the environment given (for tests). */
    static int run(String[] argv, InputStream stdin, OutputStream stdout, OutputStream stderr,
                   Path workingDirectory, Map<String, String> env) {
        try {
            return launch(argv, stdin, stdout, stderr, workingDirectory.toAbsolutePath(), false, env);
        } catch (Throwable t) {
            return internalError(t, stderr);
        }
    }

    /** @param processStreams whether the streams are this process's own (fd 0, 1, 2): then they may be terminals. */
    private static int run(String[] argv, InputStream stdin, OutputStream stdout, OutputStream stderr,
                           Path workingDirectory, boolean processStreams) {
        try {
            return launch(argv, stdin, stdout, stderr, workingDirectory.toAbsolutePath(), processStreams,
                    System.getenv());
        } catch (Throwable t) {
            return internalError(t, stderr);
        }
    }

    private static int launch(String[] argv, InputStream stdin, OutputStream stdout, OutputStream stderr,
                              Path cwd, boolean processStreams, Map<String, String> env) throws IOException {
        Invocation invocation;
        try {
            invocation = CommandLineParser.parse(argv);
        } catch (UsageException e) {
            write(stderr, e.getMessage() + "\n" + USAGE);
            return EXIT_USAGE;
        }
        switch (invocation.mode) {
            case HELP -> {
                write(stdout, HelpText.of(invocation.help));
                return 0;
            }
            case VERSION -> {
                write(stdout, (invocation.versionCount > 1 ? VERSION_LINE + " [Java " + System.getProperty("java.version")
                        + ", " + System.getProperty("java.vm.name") + "]" : VERSION_LINE) + "\n");
                return 0;
            }
            default -> {
            }
        }
        Flags flags;
        try {
            flags = Settings.of(invocation, env);
        } catch (Settings.FatalError e) {
            write(stderr, "Fatal Python error: " + e.getMessage() + "\nPython runtime state: " + e.runtimeState + "\n\n");
            return 1;
        }
        boolean stdinIsTerminal = processStreams && Terminals.isTerminal(0);
        if (flags.inspect() && !invocation.inspect && invocation.mode == Invocation.Mode.REPL) {
            invocation.inspect = true;     // PYTHONINSPECT with no program: the REPL even on a pipe
        }
        invocation.decideNoProgram(stdinIsTerminal);
        OutputStream out = stdout;
        if (processStreams && !flags.unbuffered()) {
            out = Terminals.isTerminal(1) ? new LineBufferedOutputStream(stdout)
                    : new BufferedOutputStream(stdout, 1 << 16);
        }

        String source = null;
        String filename = "<stdin>";
        switch (invocation.mode) {
            case FILE -> {
                filename = invocation.program;
                String shown = absolute(cwd, filename);
                Path path = cwd.resolve(filename);
                if (Files.isDirectory(path)) {
                    // a folder with __main__.py runs it, with the folder first on sys.path
                    Path main = path.resolve("__main__.py");
                    if (!Files.isRegularFile(main)) {
                        write(stderr, "eddy: can't find '__main__' module in '" + shown + "'\n");
                        return 1;
                    }
                    path = main;
                    filename = main.toAbsolutePath().normalize().toString();
                }
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(path);
                } catch (NoSuchFileException e) {
                    write(stderr, "eddy: can't open file '" + shown + "': [Errno 2] No such file or directory\n");
                    return EXIT_USAGE;
                } catch (AccessDeniedException e) {
                    write(stderr, "eddy: can't open file '" + shown + "': [Errno 13] Permission denied\n");
                    return EXIT_USAGE;
                } catch (IOException e) {
                    write(stderr, "eddy: can't open file '" + shown + "': " + e.getMessage() + "\n");
                    return EXIT_USAGE;
                }
                source = decodeOrReport(bytes, shown, stderr);
                if (source != null && invocation.skipFirstLine) {
                    source = withoutFirstLine(source);
                }
            }
            case COMMAND -> {
                filename = "<string>";
                source = invocation.program;
            }
            case STDIN -> source = decodeOrReport(stdin.readAllBytes(), filename, stderr);
            default -> {
            }
        }
        boolean hasProgram = invocation.mode != Invocation.Mode.REPL;
        if (source == null && hasProgram && invocation.mode != Invocation.Mode.MODULE) {
            return 1;
        }

        // `-m asyncio` is Eddy's asyncio REPL (CPython runs asyncio/__main__.py; Eddy's asyncio is Java)
        boolean asyncioRepl = invocation.mode == Invocation.Mode.MODULE && invocation.program.equals("asyncio");
        if (asyncioRepl) {
            hasProgram = false;
        }
        OutputStream programErr = stderr;
        if (stdinIsTerminal && (!hasProgram || invocation.inspect)) {
            // what tasks print while the REPL shows a prompt goes above the line being typed
            out = new PromptAwareOutput(out);
            programErr = new PromptAwareOutput(stderr);
        }
        // The parser's first run overlaps the interpreter's start-up (see ParseAhead).
        ParseAhead ahead = null;
        if (source != null && hasProgram) {
            ahead = ParseAhead.start(source, filename.startsWith("<") ? filename
                    : cwd.resolve(filename).toAbsolutePath().normalize().toString());
        } else if (hasProgram || !stdinIsTerminal) {
            ParseAhead.warmUp();    // -m, a piped REPL (the terminal's REPL warms up behind its first prompt)
        }
        ParseAhead parsing = ahead;
        Interpreter.Options options = new Interpreter.Options(invocation.sysArgv(), stdin, out, programErr, env,
                List.copyOf(invocation.xOptions), !hasProgram, cwd, flags);
        OutputStream replErr = programErr;
        boolean replHasProgram = hasProgram;
        Invocation finalInvocation = invocation;
        String program = source;
        String programName = filename;
        OutputStream programOut = out;
        List<String> origArgv = new ArrayList<>();
        origArgv.add(executableName());
        origArgv.addAll(List.of(argv));
        int status = onInterpreterThread(() -> {
            Interpreter interpreter = new Interpreter(options);
            interpreter.state().sys.origArgv = List.copyOf(origArgv);
            if (processStreams) {
                // the launcher opened /dev/null in place of standard descriptors that were closed
                String closed = System.getProperty("eddy.closedStreams", "");
                if (!closed.isEmpty()) {
                    interpreter.standardStreamsClosed(closed.contains("0"), closed.contains("1"), closed.contains("2"));
                }
            }
            boolean terminalRepl = stdinIsTerminal && !replHasProgram || stdinIsTerminal && finalInvocation.inspect;
            if (processStreams && !terminalRepl) {
                // Ctrl-C and kill reach the program's signal handlers (the REPL leaves Ctrl-C to JLine)
                dev.eddy.runtime.ProcessSignals.own(interpreter.state());
            }
            try {
                if (!flags.warnOptions().isEmpty()) {
                    // as at CPython's start-up: a bad -W option is reported before the program runs
                    interpreter.state().importer.importModule("warnings");
                }
                int code = 0;
                if (replHasProgram) {
                    code = finalInvocation.mode == Invocation.Mode.MODULE
                            ? interpreter.runModule(finalInvocation.program, executableName())
                            : interpreter.runScript(program, programName, parsing);
                    if (!finalInvocation.inspect) {
                        return code;
                    }
                } else {
                    runStartupFile(interpreter, flags, env, cwd);
                }
                return stdinIsTerminal ? Repl.run(interpreter, finalInvocation, programOut, replErr, asyncioRepl)
                        : PipedRepl.run(interpreter, stdin, asyncioRepl ? programOut : stderr, stderr,
                                !replHasProgram && !finalInvocation.quiet, asyncioRepl);
            } finally {
                interpreter.flush();
            }
        }, stderr);
        try {
            out.flush();
        } catch (IOException e) {
            // CPython's exit-time flush of sys.stdout failed (a full disk, a closed pipe): status 120
            write(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                    + osError(e) + "\n");
            return EXIT_FLUSH_FAILED;
        }
        return status;
    }

    /** The OSError line for an I/O failure, as CPython names the common ones. */
    private static String osError(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Broken pipe")) {
            return "BrokenPipeError: [Errno 32] Broken pipe";
        }
        if (m.contains("No space left")) {
            return "OSError: [Errno 28] No space left on device";
        }
        return "OSError: " + m;
    }

    /** PYTHONSTARTUP, run in __main__ before the first prompt of an interactive session. */
    private static void runStartupFile(Interpreter interpreter, Flags flags, Map<String, String> env, Path cwd) {
        String startup = flags.ignoreEnvironment() ? null : env.get("PYTHONSTARTUP");
        if (startup == null || startup.isEmpty()) {
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(cwd.resolve(startup));
            interpreter.runStartup(ScriptSource.decode(bytes, startup), startup);
        } catch (IOException | ScriptSource.DecodingException e) {
            // CPython says nothing either when the start-up file cannot be read
        }
    }

    /** The program with its first line emptied (-x): later lines keep their numbers. */
    static String withoutFirstLine(String source) {
        int nl = source.indexOf('\n');
        return nl < 0 ? "" : source.substring(nl);
    }

    /** How error messages name the command, as CPython names its executable. */
    static String executableName() {
        String e = System.getProperty("eddy.executable");
        return e != null ? e : "eddy";
    }

    /** The source text, or null after printing CPython's SyntaxError for undecodable bytes. */
    private static String decodeOrReport(byte[] bytes, String shownName, OutputStream stderr) throws IOException {
        try {
            return ScriptSource.decode(bytes, shownName);
        } catch (ScriptSource.DecodingException e) {
            write(stderr, e.getMessage() + "\n");
            return null;
        }
    }

    /** CPython's absolute form of a script path: the working directory joined to it, not normalised. */
    private static String absolute(Path cwd, String given) {
        if (given.startsWith("/")) {
            return given;
        }
        String dir = cwd.toString();
        return dir.endsWith("/") ? dir + given : dir + "/" + given;
    }

    /** The body of a program run, as the interpreter thread sees it. */
    interface Body {
        int run() throws Exception;
    }

    /**
     * Runs {@code body} on a new thread named "main" with a {@value #INTERPRETER_STACK_BYTES}-byte
     * stack and waits for it. The stack is reserved address space, committed only as deep
     * recursion touches it.
     */
    static int onInterpreterThread(Body body, OutputStream stderr) {
        int[] status = {EXIT_INTERNAL};
        Throwable[] failure = {null};
        Thread thread = new dev.eddy.runtime.PythonThread(() -> {
            try {
                status[0] = body.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "main", INTERPRETER_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            return EXIT_INTERRUPTED;
        }
        return failure[0] == null ? status[0] : internalError(failure[0], stderr);
    }

    /** The bug fallback: one line on stderr, no Java stack trace unless asked for; exit 70. */
    static int internalError(Throwable t, OutputStream stderr) {
        try {
            write(stderr, "Eddy internal error: " + t + "\n");
            String trace = System.getenv("EDDY_JAVA_TRACE");
            if ((trace != null && !trace.isEmpty() && !trace.equals("0")) || Boolean.getBoolean("eddy.javaTrace")) {
                PrintStream p = new PrintStream(stderr, true, StandardCharsets.UTF_8);
                t.printStackTrace(p);
                p.flush();
            }
        } catch (Throwable ignored) {
            // stderr is gone: the exit status is all that is left.
        }
        return EXIT_INTERNAL;
    }

    static void write(OutputStream stream, String text) throws IOException {
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        stream.flush();
    }

    /** For tests: the sys.argv a command line produces. */
    static List<String> sysArgvOf(String... argv) throws UsageException {
        return CommandLineParser.parse(argv).sysArgv();
    }
}
