package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line read as python3 reads its own. */
class CommandLineTest {

    private static Invocation parse(String... argv) throws UsageException {
        return CommandLineParser.parse(argv);
    }

    @Test
    void scriptTakesEverythingAfterIt() throws Exception {
        Invocation i = parse("prog.py", "-c", "x", "--", "-X", "dev");
        assertEquals(Invocation.Mode.FILE, i.mode);
        assertEquals(List.of("prog.py", "-c", "x", "--", "-X", "dev"), i.sysArgv());
        assertEquals(List.of(), i.xOptions);
    }

    @Test
    void commandIsArgvZeroDashC() throws Exception {
        Invocation i = parse("-c", "import sys; print(sys.argv)", "-x", "--foo", "a");
        assertEquals(Invocation.Mode.COMMAND, i.mode);
        assertEquals("import sys; print(sys.argv)", i.program);
        assertEquals(List.of("-c", "-x", "--foo", "a"), i.sysArgv());
    }

    @Test
    void moduleEndsTheOptionsToo() throws Exception {
        Invocation i = parse("-O", "-m", "json.tool", "-O", "x");
        assertEquals(Invocation.Mode.MODULE, i.mode);
        assertEquals("json.tool", i.program);
        assertEquals(1, i.optimize);
        assertEquals(List.of("-m", "-O", "x"), i.sysArgv());
        assertEquals("pkg", parse("-mpkg").program);
    }

    @Test
    void dashReadsStdin() throws Exception {
        Invocation i = parse("-", "a", "b");
        assertEquals(Invocation.Mode.STDIN, i.mode);
        assertEquals(List.of("-", "a", "b"), i.sysArgv());
    }

    @Test
    void noProgramIsReplOnATerminalOrWithInspectAndStdinOtherwise() throws Exception {
        Invocation i = parse();
        assertEquals(Invocation.Mode.REPL, i.mode);
        i.decideNoProgram(true);
        assertEquals(Invocation.Mode.REPL, i.mode);
        Invocation piped = parse();
        piped.decideNoProgram(false);
        assertEquals(Invocation.Mode.STDIN, piped.mode);
        assertEquals(List.of(""), piped.sysArgv());
        Invocation inspect = parse("-i");
        inspect.decideNoProgram(false);
        assertEquals(Invocation.Mode.REPL, inspect.mode);
    }

    @Test
    void optionsBeforeTheProgram() throws Exception {
        Invocation i = parse("-u", "-X", "dev", "-Xfoo=bar", "-q", "-W", "error", "-Wignore", "s.py", "-u");
        assertEquals(Invocation.Mode.FILE, i.mode);
        assertEquals(List.of("dev", "foo=bar"), i.xOptions);
        assertEquals(List.of("error", "ignore"), i.warnOptions);
        assertTrue(i.unbuffered);
        assertTrue(i.quiet);
        assertEquals(List.of("s.py", "-u"), i.sysArgv());
    }

    @Test
    void clusteredAndAttachedShortOptions() throws Exception {
        Invocation i = parse("-uc", "print(1)", "x");
        assertEquals(Invocation.Mode.COMMAND, i.mode);
        assertTrue(i.unbuffered);
        assertEquals(List.of("-c", "x"), i.sysArgv());
        Invocation attached = parse("-cprint(2)", "y");
        assertEquals("print(2)", attached.program);
        assertEquals(List.of("-c", "y"), attached.sysArgv());
        Invocation counted = parse("-OObbv", "-O", "-isEBIPx", "f.py");
        assertEquals(3, counted.optimize);
        assertEquals(2, counted.bytesWarning);
        assertEquals(1, counted.verbose);
        assertTrue(counted.inspect && counted.noUserSite && counted.ignoreEnvironment && counted.dontWriteBytecode
                && counted.isolated && counted.safePath && counted.skipFirstLine);
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        Invocation i = parse("--", "-c");
        assertEquals(Invocation.Mode.FILE, i.mode);
        assertEquals("-c", i.program);
        Invocation after = parse("-c", "pass", "--", "x");
        assertEquals(List.of("-c", "--", "x"), after.sysArgv());
    }

    @Test
    void versionAndHelp() throws Exception {
        assertEquals(Invocation.Mode.VERSION, parse("-V").mode);
        assertEquals(Invocation.Mode.VERSION, parse("--version").mode);
        assertEquals(2, parse("-VV").versionCount);
        assertEquals(Invocation.Mode.VERSION, parse("-V", "-c", "pass").mode);
        assertEquals(Invocation.Mode.HELP, parse("-h").mode);
        assertEquals(Invocation.Mode.HELP, parse("--help").mode);
        assertEquals(Invocation.Help.ENV, parse("--help-env").help);
        assertEquals(Invocation.Help.XOPTIONS, parse("--help-xoptions").help);
        assertEquals(Invocation.Help.ALL, parse("--help-all").help);
        assertTrue(HelpText.of(Invocation.Help.USAGE).startsWith(
                "usage: eddy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"));
        assertTrue(HelpText.of(Invocation.Help.ALL).contains("PYTHONSTARTUP"));
    }

    @Test
    void usageErrorsUseCPythonsWording() {
        assertEquals("Argument expected for the -c option",
                assertThrows(UsageException.class, () -> CommandLineParser.parse(new String[] {"-c"})).getMessage());
        assertEquals("Argument expected for the -X option",
                assertThrows(UsageException.class, () -> CommandLineParser.parse(new String[] {"-X"})).getMessage());
        assertEquals("Unknown option: -Z",
                assertThrows(UsageException.class, () -> CommandLineParser.parse(new String[] {"-Z"})).getMessage());
        assertEquals("unknown option --foo",
                assertThrows(UsageException.class, () -> CommandLineParser.parse(new String[] {"--foo"})).getMessage());
    }

    // Main.run paths that end before the interpreter starts.

    private record Result(int status, String out, String err) {}

    private static Result run(Path cwd, String stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(argv, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, cwd);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionLine(@TempDir Path dir) {
        Result r = run(dir, "", "-V");
        assertEquals(new Result(0, "Eddy 0.1.0 (Python 3.11 compatible)\n", ""), r);
    }

    @Test
    void usageErrorExitsTwo(@TempDir Path dir) {
        Result r = run(dir, "", "-Z");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("Unknown option: -Z\nusage: eddy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + "Try `eddy -h' for more information.\n", r.err());
    }

    @Test
    void missingScript(@TempDir Path dir) {
        Result r = run(dir, "", "nosuch.py", "a");
        assertEquals(2, r.status());
        assertEquals("eddy: can't open file '" + dir + "/nosuch.py': [Errno 2] No such file or directory\n", r.err());
        Result dotted = run(dir, "", "./x/../nosuch.py");
        assertEquals("eddy: can't open file '" + dir + "/./x/../nosuch.py': [Errno 2] No such file or directory\n",
                dotted.err());
        Result absolute = run(dir, "", "/nonexistent/eddy/x.py");
        assertEquals("eddy: can't open file '/nonexistent/eddy/x.py': [Errno 2] No such file or directory\n",
                absolute.err());
    }

    @Test
    void directoryWithoutMainAsScript(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("pkg"));
        Result r = run(dir, "", "pkg");
        assertEquals(1, r.status());
        assertEquals("eddy: can't find '__main__' module in '" + dir + "/pkg'\n", r.err());
    }

    @Test
    void undecodableScriptIsASyntaxError(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("bad.py"), new byte[] {'x', '=', '1', '\n', 'y', '=', '"', (byte) 0xff, '"', '\n'});
        Result r = run(dir, "", "bad.py");
        assertEquals(1, r.status());
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xff' in file " + dir
                + "/bad.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                r.err());
    }

    @Test
    void internalErrorIsOneLineAndExitSeventy() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.onInterpreterThread(() -> {
            throw new IllegalStateException("broken invariant");
        }, err);
        assertEquals(70, status);
        assertEquals("Eddy internal error: java.lang.IllegalStateException: broken invariant\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void interpreterThreadHasADeepStack() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // ~200k Java frames: far beyond a default 512 KiB-1 MiB thread stack.
        int status = Main.onInterpreterThread(() -> depth(200_000), err);
        assertEquals(200_000, status, err.toString(StandardCharsets.UTF_8));
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}
