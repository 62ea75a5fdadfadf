package dev.eddy.interpreter;

import dev.eddy.builtins.BuiltinsModule;
import dev.eddy.compiler.Compiler;
import dev.eddy.compiler.TopLevelAwait;
import dev.eddy.parser.PythonParser;
import dev.eddy.parser.SyntaxErrorException;
import dev.eddy.runtime.Code;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.SourceFile;
import dev.eddy.runtime.Sys;
import dev.eddy.runtime.ThreadState;
import dev.eddy.runtime.TracebackEntry;
import dev.eddy.runtime.TypeMethods;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

/**
 * The embedding entry point: one Python program run (or one REPL session) with its own
 * sys.argv, standard streams and environment. Each has its own {@link InterpreterState}, so
 * several can run in one JVM at once, each on its own thread.
 *
 * <p>The pipeline: {@link PythonParser} (grammar module) turns source into an AST;
 * {@link Compiler} resolves scopes and builds executable nodes; the nodes run over heap
 * {@link Frame}s; generators and coroutines suspend by returning SUSPEND completions.
 */
public final class Interpreter {

    /** How the program was started, as the launcher parsed its command line. */
    public record Options(List<String> argv, InputStream stdin, OutputStream stdout, OutputStream stderr,
                          Map<String, String> env, List<String> xOptions, boolean interactive, Path cwd,
                          dev.eddy.runtime.Flags flags) {
        /** Options with the default flags (no -O, -W, -E ...). */
        public Options(List<String> argv, InputStream stdin, OutputStream stdout, OutputStream stderr,
                       Map<String, String> env, List<String> xOptions, boolean interactive, Path cwd) {
            this(argv, stdin, stdout, stderr, env, xOptions, interactive, cwd, dev.eddy.runtime.Flags.DEFAULT);
        }
    }

    private final Options options;
    private final InterpreterState state;
    /** The state of the thread the program runs on (bound to whichever Java thread calls in). */
    private final ThreadState mainThread;
    private final PyModule builtins;
    private final ModuleLoader loader;
    private PyModule main;
    private Path scriptDir;
    private String mainDirEntry = "";
    /** The coroutine function behind anext(iterator, default), made on first use. */

    public Interpreter(Options options) {
        this.options = options;
        this.state = new InterpreterState();
        this.mainThread = new ThreadState(state);
        state.mainThread = mainThread;
        enter();
        Sys sys = state.sys;
        sys.argv = options.argv();
        sys.stdin = options.stdin();
        sys.stdout = options.stdout();
        sys.stderr = options.stderr();
        sys.env = options.env();
        sys.xOptions = options.xOptions();
        sys.flags = options.flags() == null ? dev.eddy.runtime.Flags.DEFAULT : options.flags();
        if (sys.flags.safePath()) {
            mainDirEntry = null;
        }
        dev.eddy.parser.IntLiteralLimit.install(Interpreter::intLiteralLimit);
        if (sys.flags.intMaxStrDigits() >= 0) {
            state.intMaxStrDigits = sys.flags.intMaxStrDigits();
        }
        state.bounceEverySuspend = options.xOptions().contains("eddy-resume-every-suspend");
        this.scriptDir = options.cwd() == null ? Path.of(".") : options.cwd();
        sys.scriptDir = scriptDir;
        sys.workingDirectory = scriptDir;
        TypeMethods.installAll();
        state.neverAwaitedReporter = this::warnNeverAwaited;
        state.unraisableReporter = (where, e) -> writeErr("Exception ignored in: " + where + "\n" + Tracebacks.formatAlone(e));
        // ExceptionGroup's classes join Exceptions.ALL when their class initialises: before builtins are made
        dev.eddy.runtime.PyExceptionGroup.TYPE.getClass();
        this.builtins = BuiltinsModule.create();
        if (sys.flags.optimize() > 0) {
            builtins.set("__debug__", dev.eddy.runtime.PyBool.FALSE);   // -O
        }
        state.sourceExecutor = this::execModule;
        dev.eddy.runtime.PyType.invalidateCaches();
        dev.eddy.builtins.AsyncIteration.install(builtins);
        this.loader = new ModuleLoader(this);
        loader.modules.put("builtins", builtins);
        dev.eddy.builtins.Namespaces.install(builtins, loader);
        state.importer = loader;
    }

    /** Binds this interpreter's main thread state to the calling Java thread (each entry point does). */
    private void enter() {
        ThreadState.bind(mainThread);
    }

    /**
     * Standard streams that were closed when the process started (the launcher gave the JVM
     * /dev/null in their place): sys.stdin, sys.stdout or sys.stderr is None, as in CPython.
     */
    public void standardStreamsClosed(boolean in, boolean out, boolean err) {
        enter();
        dev.eddy.builtins.StdStreams.markClosed(in, out, err);
    }

    /** The interpreter's state (for embedders and tests). */
    public InterpreterState state() {
        return state;
    }

    /** The folder relative paths (and the '' entry of sys.path) are read against. */
    Path cwd() {
        return options.cwd() == null ? Path.of("").toAbsolutePath() : options.cwd();
    }

    /** sys.path[0]: the main script's folder, or '' (the current folder) for -c, stdin and the REPL. */
    String mainDirEntry() {
        return mainDirEntry;
    }

    /**
     * Runs a whole program as {@code python3 file} would: SyntaxErrors and uncaught exceptions
     * are printed to stderr CPython's way, output is flushed, SystemExit honoured.
     *
     * @return the process exit code CPython would use
     */
    public int runScript(String source, String filename) {
        return runScript(source, filename, null);
    }

    /**
     * As {@link #runScript(String, String)}, taking the program's tree from {@code ahead} (the
     * same source parsed while the interpreter started) when it was parsed under the file name
     * the program runs as.
     */
    public int runScript(String source, String filename, ParseAhead ahead) {
        enter();
        if (Sys.get().flags.safePath()) {
            mainDirEntry = null;    // -P, -I: no script folder at the head of sys.path
        }
        if (!filename.startsWith("<")) {
            // CPython shows the main script by its absolute path (__file__, tracebacks, warnings)
            filename = scriptDir.resolve(filename).toAbsolutePath().normalize().toString();
            Path p = Path.of(filename).getParent();
            if (p != null) {
                scriptDir = p;
                Sys.get().scriptDir = p;
                if (mainDirEntry != null) {
                    try {
                        mainDirEntry = p.toRealPath().toString();
                    } catch (IOException e) {
                        mainDirEntry = p.toString();
                    }
                }
            }
        }
        main = new PyModule("__main__");
        if (!filename.startsWith("<") || filename.equals("<stdin>")) {
            main.set("__file__", new PyStr(filename));    // a piped program's is "<stdin>"
        }
        main.set("__package__", PyNone.NONE);
        main.set("__spec__", PyNone.NONE);
        return runMain(source, filename, ahead);
    }

    /**
     * Runs a module found on sys.path as the main program, as {@code python3 -m name} does: a
     * package runs its {@code __main__} submodule; sys.path starts with the working directory
     * and sys.argv[0] is the module's full path.
     *
     * @param programName what error messages start with (the command's name)
     * @return the process exit code CPython would use
     */
    public int runModule(String name, String programName) {
        enter();
        mainDirEntry = Sys.get().flags.safePath() ? null : cwd().toString();
        ModuleLoader.MainSource found;
        try {
            found = loader.findMain(name);
        } catch (PyException e) {
            writeErr(programName + ": " + e.value.str().value + "\n");
            return 1;
        }
        PyObject argv = loader.modules.get("sys") == null ? null : loader.modules.get("sys").lookupAttr("argv");
        if (argv instanceof dev.eddy.runtime.PyList list && list.size > 0) {
            list.setItem(PyInt.of(0), new PyStr(found.file()));
        }
        main = new PyModule("__main__");
        main.set("__file__", new PyStr(found.file()));
        int dot = found.name().lastIndexOf('.');
        main.set("__package__", new PyStr(dot < 0 ? "" : found.name().substring(0, dot)));
        main.set("__spec__", PyNone.NONE);
        return runMain(loader.readSource(found.file()), found.file());
    }

    /** Runs the program in {@link #main}, reports what escapes, waits for threads, runs atexit. */
    private int runMain(String source, String filename) {
        return runMain(source, filename, null);
    }

    private int runMain(String source, String filename, ParseAhead ahead) {
        main.set("__builtins__", builtins);
        loader.modules.put("__main__", main);
        int code;
        try {
            execModule(main, source, filename, ahead == null ? null : ahead.take(source, filename));
            code = 0;
        } catch (SyntaxErrorException e) {
            writeErr(e.format());
            code = 1;
        } catch (PyException e) {
            if (e.matches(Exceptions.SYSTEM_EXIT) && Sys.get().flags.inspect()) {
                // -i: SystemExit does not end the process; it is reported and the REPL follows
                writeErr(Tracebacks.format(e.value));
                code = 1;
            } else {
                code = handleUncaught(e.value);
            }
        } catch (StackOverflowError e) {
            writeErr("Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n");
            code = 1;
        } catch (OutOfMemoryError e) {
            code = handleUncaught(dev.eddy.runtime.Errors.outOfMemory(e).value);
        } catch (dev.eddy.runtime.Signals.ProcessKilled e) {
            return 128 + e.signal; // as a process killed by the signal: no clean-up, buffered output lost
        }
        code = joinThreads(code);
        code = atExit(code);
        state.finaliseGeneratorsAtExit(main);
        flush();
        return code;
    }

    /** CPython's RuntimeWarning for a coroutine that was created but never awaited. */
    private void warnNeverAwaited(dev.eddy.runtime.PyCoroutine c) {
        StringBuilder sb = new StringBuilder();
        String file = c.createdFile();
        String source = c.createdSource();
        sb.append(file == null ? "sys" : file).append(':').append(file == null ? 1 : c.createdLine)
                .append(": RuntimeWarning: coroutine '").append(c.qualname).append("' was never awaited\n");
        if (c.origin != null) {
            sb.append("Coroutine created at (most recent call last)\n").append(c.origin);
        } else {
            if (source != null && !source.isBlank()) {
                sb.append("  ").append(source.strip()).append('\n');
            }
            sb.append("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        writeErr(sb.toString());
    }

    /**
     * Waits for the program's non-daemon threads, as CPython's threading._shutdown does before
     * the atexit handlers run; returns the final exit code.
     */
    private int joinThreads(int code) {
        PyObject threading = loader.modules.get("threading");
        PyObject shutdown = threading == null ? null : threading.lookupAttr("_shutdown");
        if (shutdown == null) {
            return code;
        }
        try {
            shutdown.call(dev.eddy.runtime.Args.EMPTY, null);
        } catch (PyException e) {
            return handleUncaught(e.value);
        } catch (dev.eddy.runtime.Signals.ProcessKilled e) {
            return 128 + e.signal;
        }
        return code;
    }

    /** Asks the running program to stop as Ctrl-C does: SIGINT's handler runs on its main thread. */
    public void interrupt() {
        state.signals.trip(dev.eddy.runtime.Signals.SIGINT);
    }

    /** Runs the shutdown hooks (e.g. pending warnings); returns the final exit code. */
    private int atExit(int code) {
        for (Runnable r : dev.eddy.runtime.Shutdown.hooks()) {
            try {
                r.run();
            } catch (PyException e) {
                writeErr("Exception ignored in atexit callback\n" + Tracebacks.format(e.value));
            }
        }
        return code;
    }

    /** Prints an uncaught exception (or honours SystemExit) and returns the exit code. */
    private int handleUncaught(PyBaseException e) {
        if (e.type().isSubtypeOf(Exceptions.SYSTEM_EXIT)) {
            PyObject c = e.args.items.length == 0 ? PyNone.NONE : e.args.items.length == 1 ? e.args.items[0] : e.args;
            if (c == PyNone.NONE) {
                return 0;
            }
            if (c instanceof PyInt i) {
                return (int) (i.isBig() ? -1 : i.value) & 0xff;
            }
            flushStdout();
            writeErr(c.str().value + "\n");
            return 1;
        }
        flushStdout();
        writeErr(Tracebacks.format(e));
        // CPython ends itself with SIGINT after an uncaught KeyboardInterrupt: the shell sees 130
        return e.type().isSubtypeOf(Exceptions.KEYBOARD_INTERRUPT) ? 128 + dev.eddy.runtime.Signals.SIGINT : 1;
    }

    /** Parses, compiles and runs module source in {@code module}'s namespace. */
    void execModule(PyModule module, String source, String filename) {
        execModule(module, source, filename, null);
    }

    /**
     * Compiles and runs module source in {@code module}'s namespace, from its syntax tree
     * {@code ast} when the caller has it already (from the compiled-module cache), else parsed.
     */
    void execModule(PyModule module, String source, String filename, dev.eddy.ast.Module parsed) {
        SourceFile src = new SourceFile(filename, source);
        dev.eddy.ast.Module ast = parsed != null ? parsed : PythonParser.parseFile(source, filename);
        Code code = Compiler.compileModule(ast, src, source, builtins, loader);
        if (module.get("__doc__") == null) {
            List<dev.eddy.ast.Stmt> body = ast.body();
            PyObject doc = PyNone.NONE;
            if (Sys.get().flags.optimize() < 2 && !body.isEmpty() && body.get(0) instanceof dev.eddy.ast.ExprStmt es
                    && es.value() instanceof dev.eddy.ast.Constant c && c.value() instanceof String s) {
                doc = new PyStr(s);
            }
            module.set("__doc__", doc);
        }
        Frame f = new Frame(code, module, new PyObject[code.slotCount], null);
        ThreadState ts = ThreadState.current();
        Frame caller = ts.frame;
        f.back = caller;
        ts.frame = f;
        try {
            code.body.exec(f);
        } catch (PyException e) {
            e.value.addTraceback(f);
            throw e;
        } catch (OutOfMemoryError oom) {
            PyException e = dev.eddy.runtime.Errors.outOfMemory(oom);
            e.value.addTraceback(f);
            throw e;
        } finally {
            ts.frame = caller;
        }
    }

    /** {@link #runInteractive(String, Consumer)}'s answer when it started a coroutine. */
    public static final int STARTED_COROUTINE = -2;

    /**
     * REPL: runs one complete interactive input in the session's __main__ module; an expression
     * statement's non-None value is printed with repr. Errors are printed as CPython's REPL does.
     *
     * @return -1 to continue the session, or an exit code if the input raised SystemExit
     */
    public int runInteractive(String source) {
        return runInteractive(source, null);
    }

    /**
     * As {@link #runInteractive(String)}; with a {@code coroutineRunner}, input that awaits at top
     * level (await, async for, async with) is allowed, as in {@code python3 -m asyncio}: the
     * whole input becomes one coroutine, handed to the runner, and the answer is
     * {@link #STARTED_COROUTINE}. The runner drives it (as an asyncio task) and reports how it
     * ended through {@link #finishInteractive}. The input is compiled whole before any of it runs.
     */
    public int runInteractive(String source, Consumer<PyObject> coroutineRunner) {
        enter();
        ensureInteractiveMain();
        try {
            SourceFile src = new SourceFile("<stdin>", source);
            List<dev.eddy.ast.Stmt> body = PythonParser.parseFile(source, "<stdin>").body();
            List<dev.eddy.ast.Stmt> echoing = new ArrayList<>();
            for (dev.eddy.ast.Stmt s : body) {
                echoing.add(s instanceof dev.eddy.ast.ExprStmt es ? displayed(es) : s);
            }
            List<Code> codes = new ArrayList<>();
            try {
                for (dev.eddy.ast.Stmt s : echoing) {
                    codes.add(Compiler.compileModule(new dev.eddy.ast.Module(List.of(s)), src, source, builtins, loader));
                }
            } catch (SyntaxErrorException e) {
                if (coroutineRunner == null || !TopLevelAwait.isLiftedBy(e)) {
                    throw e;
                }
                Code definition = TopLevelAwait.compile(new dev.eddy.ast.Module(echoing), src, source, builtins, loader);
                definition.body.exec(new Frame(definition, main, new PyObject[definition.slotCount], null));
                PyObject function = main.get(TopLevelAwait.FUNCTION_NAME);
                main.globals.remove(TopLevelAwait.FUNCTION_NAME);
                coroutineRunner.accept(function.call(new PyObject[0], null));
                return STARTED_COROUTINE;
            }
            for (Code code : codes) {
                Frame f = new Frame(code, main, new PyObject[code.slotCount], null);
                try {
                    code.body.exec(f);
                } catch (PyException e) {
                    e.value.addTraceback(new TracebackEntry("<stdin>", f.line, "<module>", src));
                    throw e;
                }
            }
        } catch (SyntaxErrorException e) {
            writeErr(e.format());
        } catch (PyException e) {
            return reportInteractive(e.value);
        } catch (StackOverflowError e) {
            writeErr("Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n");
        } catch (OutOfMemoryError e) {
            return reportInteractive(dev.eddy.runtime.Errors.outOfMemory(e).value);
        } finally {
            mainThread.depth = 0;
            mainThread.handled = null;
            mainThread.frame = null;
        }
        flush();
        return -1;
    }

    /**
     * REPL: how a coroutine that {@link #runInteractive(String, Consumer)} started ended:
     * {@code error} is what it raised, or null if it returned. Prints the error as the REPL does.
     *
     * @return -1 to continue the session, or an exit code if it raised SystemExit
     */
    public int finishInteractive(PyBaseException error) {
        enter();
        if (error == null) {
            flush();
            return -1;
        }
        return reportInteractive(error);
    }

    private int reportInteractive(PyBaseException error) {
        if (error.type().isSubtypeOf(Exceptions.SYSTEM_EXIT)) {
            int c = handleUncaught(error);
            flush();
            return c;
        }
        writeErr(Tracebacks.format(error));
        flush();
        return -1;
    }

    /** The REPL's expression statement: its value goes to the display hook (sys.displayhook's part). */
    private dev.eddy.ast.Stmt displayed(dev.eddy.ast.ExprStmt es) {
        dev.eddy.ast.Expr call = new dev.eddy.ast.Call(new dev.eddy.ast.Name(DISPLAY_HOOK, dev.eddy.ast.Ctx.LOAD, es.pos()),
                List.of(es.value()), List.of(), es.pos());
        return new dev.eddy.ast.ExprStmt(call, es.pos());
    }

    private static final String DISPLAY_HOOK = "__eddy_displayhook__";

    private void ensureInteractiveMain() {
        if (main == null) {
            main = new PyModule("__main__");
            main.set("__builtins__", builtins);
            loader.modules.put("__main__", main);
        }
        if (builtins.get(DISPLAY_HOOK) == null) {
            builtins.set(DISPLAY_HOOK, new dev.eddy.runtime.PyBuiltinFunction("displayhook", (a, kw) -> {
                if (a[0] != PyNone.NONE) {
                    builtins.set("_", a[0]);
                    writeOut(a[0].repr().value + "\n");
                }
                return PyNone.NONE;
            }));
        }
    }

    /**
     * Runs an interactive session's start-up file (PYTHONSTARTUP) in its __main__, without
     * echoing values; what it raises is printed and the session goes on.
     */
    public void runStartup(String source, String filename) {
        enter();
        if (main == null) {
            main = new PyModule("__main__");
            main.set("__builtins__", builtins);
            loader.modules.put("__main__", main);
        }
        try {
            execModule(main, source, filename);
        } catch (SyntaxErrorException e) {
            writeErr(e.format());
        } catch (PyException e) {
            writeErr(Tracebacks.format(e.value));
        } finally {
            mainThread.depth = 0;
            mainThread.handled = null;
            mainThread.frame = null;
        }
    }

    /** REPL: whether {@code source} is an incomplete statement that needs more lines. */
    public static boolean isIncomplete(String source) {
        return PythonParser.isIncomplete(source);
    }

    private void writeOut(String s) {
        PyObject out = dev.eddy.builtins.StdStreams.stdout();
        dev.eddy.runtime.Ops.callMethod(out, "write", new PyStr(s));
    }

    private void flushStdout() {
        try {
            PyObject out = dev.eddy.builtins.StdStreams.stdout();
            dev.eddy.runtime.Ops.callMethod(out, "flush");
        } catch (RuntimeException e) {
            // a broken stdout must not hide the error report
        }
    }

    private void writeErr(String s) {
        flushStdout();
        try {
            PyObject err = dev.eddy.builtins.StdStreams.stderr();
            dev.eddy.runtime.Ops.callMethod(err, "write", new PyStr(s));
            dev.eddy.runtime.Ops.callMethod(err, "flush");
        } catch (RuntimeException e) {
            try {
                options.stderr().write(s.getBytes(StandardCharsets.UTF_8));
                options.stderr().flush();
            } catch (IOException ignored) {
                // nowhere left to report to
            }
        }
    }

    /** REPL completion: the names __main__ defines, then the builtins' names. */
    public List<String> completionNames() {
        enter();
        ensureInteractiveMain();
        List<String> names = new ArrayList<>(main.globals.keySet());
        names.addAll(builtins.globals.keySet());
        names.removeIf(n -> n.startsWith("__eddy"));
        return names;
    }

    /**
     * REPL completion: the attribute names (dir()) of what {@code expression} evaluates to in
     * __main__, or an empty list if evaluating it fails. The caller keeps the expression to
     * names and literals, as CPython's rlcompleter does, so that completing runs no call.
     */
    public List<String> attributeNames(String expression) {
        enter();
        ensureInteractiveMain();
        try {
            PyObject value = builtins.get("eval").call(new PyStr(expression), main.dict());
            List<String> names = new ArrayList<>();
            for (PyObject n : dev.eddy.runtime.Ops.toArray(builtins.get("dir").call(value))) {
                names.add(((PyStr) n).value);
            }
            return names;
        } catch (PyException | ClassCastException e) {
            return List.of();
        } finally {
            mainThread.handled = null;
        }
    }

    /** REPL completion after {@code import}: the top-level modules an import could find. */
    public java.util.SortedSet<String> moduleNames() {
        enter();
        return loader.topLevelModuleNames();
    }

    /** Flushes sys.stdout and sys.stderr (the launcher calls this before exiting). */
    public void flush() {
        enter();
        try {
            dev.eddy.builtins.StdStreams.flushAll();
        } catch (RuntimeException e) {
            // ignore: the process is ending
        }
    }

    /** The limit on decimal int literals: that of the interpreter of the thread that compiles. */
    private static int intLiteralLimit() {
        dev.eddy.runtime.ThreadState ts = dev.eddy.runtime.ThreadState.currentOrNull();
        return ts == null ? dev.eddy.runtime.IntDigits.DEFAULT_MAX_STR_DIGITS : ts.interp.intMaxStrDigits;
    }
}
