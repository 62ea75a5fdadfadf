package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options that change what a program sees, run in-process through {@link Main#run} with a
 * chosen environment. Expected texts are python3 3.11's for the same command line.
 */
class OptionsTest {

    private record Result(int status, String out, String err) {}

    private static Result run(Path cwd, Map<String, String> env, String stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(argv, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, cwd, env);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result run(Path cwd, String... argv) {
        return run(cwd, Map.of(), "", argv);
    }

    @Test
    void sysFlagsAndWarnOptionsFollowTheOptions(@TempDir Path dir) {
        Result r = run(dir, "-OO", "-B", "-s", "-S", "-E", "-b", "-X", "dev", "-W", "error", "-c",
                "import sys; print(sys.flags); print(sys.warnoptions, sys._xoptions, sys.dont_write_bytecode)");
        assertEquals(new Result(0, "sys.flags(debug=0, inspect=0, interactive=0, optimize=2, dont_write_bytecode=1,"
                + " no_user_site=1, no_site=1, ignore_environment=1, verbose=0, bytes_warning=1, quiet=0,"
                + " hash_randomization=1, isolated=0, dev_mode=True, utf8_mode=0, warn_default_encoding=0,"
                + " safe_path=False, int_max_str_digits=-1)\n"
                + "['default', 'error', 'default::BytesWarning'] {'dev': True} True\n", ""), r);
        Result plain = run(dir, "-c", "import sys; print(sys.flags.optimize, sys.dont_write_bytecode, sys.warnoptions)");
        assertEquals("0 False []\n", plain.out());
    }

    @Test
    void environmentVariablesCountUnlessIgnored(@TempDir Path dir) {
        Map<String, String> env = Map.of("PYTHONWARNINGS", "ignore", "PYTHONDONTWRITEBYTECODE", "1",
                "PYTHONOPTIMIZE", "2", "PYTHONSAFEPATH", "1");
        String code = "import sys; print(sys.warnoptions, sys.flags.optimize, sys.dont_write_bytecode, sys.flags.safe_path)";
        assertEquals("['default', 'ignore', 'error'] 2 True True\n",
                run(dir, env, "", "-X", "dev", "-W", "error", "-c", code).out());
        assertEquals("[] 0 False False\n", run(dir, env, "", "-E", "-c", code).out());
        assertEquals("[] 0 False True\n", run(dir, env, "", "-I", "-c", code).out());
    }

    @Test
    void isolatedAndSafePathLeaveTheScriptFolderOff(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("s.py"), "import sys\nprint(sys.path[0] == " + pyString(dir.toRealPath().toString()) + ")\n");
        assertEquals("True\n", run(dir, "s.py").out());
        assertEquals("False\n", run(dir, "-P", "s.py").out());
        assertEquals("False\n", run(dir, "-I", "s.py").out());
        assertEquals("True\n", run(dir, "-c", "import sys; print(sys.path[0] == '')").out());
        assertEquals("False\n", run(dir, "-P", "-c", "import sys; print(sys.path[0] == '')").out());
    }

    @Test
    void pythonPathIsSearchedUnlessIgnored(@TempDir Path dir) throws IOException {
        Path lib = Files.createDirectory(dir.resolve("lib"));
        Files.writeString(lib.resolve("helper.py"), "VALUE = 7\n");
        Map<String, String> env = Map.of("PYTHONPATH", lib.toString());
        assertEquals("7\n", run(dir, env, "", "-c", "import helper; print(helper.VALUE)").out());
        Result ignored = run(dir, env, "", "-E", "-c", "import helper");
        assertEquals(1, ignored.status());
        assertTrue(ignored.err().endsWith("ModuleNotFoundError: No module named 'helper'\n"), ignored.err());
    }

    @Test
    void optimizeSkipsAssertsAndDropsDocstrings(@TempDir Path dir) throws IOException {
        String code = "\"\"\"module doc\"\"\"\ndef f():\n    \"doc\"\nassert False, 'boom'\nprint(__debug__, f.__doc__, __doc__)\n";
        Files.writeString(dir.resolve("o.py"), code);
        Result plain = run(dir, "o.py");
        assertEquals(1, plain.status());
        assertTrue(plain.err().endsWith("AssertionError: boom\n"), plain.err());
        assertEquals(new Result(0, "False doc module doc\n", ""), run(dir, "-O", "o.py"));
        assertEquals(new Result(0, "False None None\n", ""), run(dir, "-OO", "o.py"));
    }

    @Test
    void invalidWarningOptionsAreReportedAndSkipped(@TempDir Path dir) {
        Result r = run(dir, "-Wfoo", "-W", "error::Foo", "-W", "a:b:c:d:e:f", "-W", "ignore::DeprecationWarning", "-c",
                "import warnings; warnings.warn('x', DeprecationWarning); warnings.warn('shown')");
        assertEquals(new Result(0, "", "Invalid -W option ignored: invalid action: 'foo'\n"
                + "Invalid -W option ignored: unknown warning category: 'Foo'\n"
                + "Invalid -W option ignored: too many fields (max 5): 'a:b:c:d:e:f'\n"
                + "<string>:1: UserWarning: shown\n"), r);
        Result error = run(dir, "-W", "error", "-c", "import warnings; warnings.warn('boom')");
        assertEquals(1, error.status());
        assertTrue(error.err().endsWith("UserWarning: boom\n"), error.err());
    }

    @Test
    void moduleRunsAsMain(@TempDir Path dir) throws IOException {
        Path pkg = Files.createDirectory(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("__main__.py"), "import sys\nprint(__name__, __package__, sys.argv[1:],"
                + " sys.argv[0].endswith('/pkg/__main__.py'), sys.path[0] == " + pyString(dir.toString()) + ")\n");
        Files.writeString(dir.resolve("plain.py"), "import sys\nprint(__name__, sys.argv)\n");
        assertEquals(new Result(0, "__main__ pkg ['a', 'b'] True True\n", ""), run(dir, "-m", "pkg", "a", "b"));
        assertEquals("__main__ ['" + dir + "/plain.py', '-x']\n", run(dir, "-m", "plain", "-x").out());
        assertEquals(new Result(1, "", "eddy: No module named nosuch\n"), run(dir, "-m", "nosuch"));
        Files.delete(pkg.resolve("__main__.py"));
        assertEquals(new Result(1, "", "eddy: No module named pkg.__main__; 'pkg' is a package and cannot be"
                + " directly executed\n"), run(dir, "-m", "pkg"));
        assertEquals(new Result(1, "", "eddy: Error while finding module specification for 'nosuch.sub'"
                + " (ModuleNotFoundError: No module named 'nosuch')\n"), run(dir, "-m", "nosuch.sub"));
    }

    @Test
    void inspectRunsTheReplOnPipedInputWithPromptsOnStderr(@TempDir Path dir) {
        Result r = run(dir, Map.of(), "x = 5\nx*2\nif x:\n  print(\"y\")\n\nundefined\n", "-i", "-c", "a=1");
        assertEquals(new Result(0, "10\ny\n", ">>> >>> >>> ... ... >>> Traceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\n"
                + "NameError: name 'undefined' is not defined\n>>> \n"), r);
        Result exit = run(dir, Map.of(), "raise SystemExit(4)\n", "-i");
        assertEquals(4, exit.status());
        Result exitInProgram = run(dir, Map.of(), "a\n", "-i", "-c", "import sys; a=7; sys.exit(3)");
        assertEquals(new Result(0, "7\n", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "SystemExit: 3\n>>> >>> \n"), exitInProgram);
    }

    @Test
    void startupFileRunsBeforeAnInteractiveSession(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("start.py"), "x = 42\n");
        Map<String, String> env = Map.of("PYTHONSTARTUP", dir.resolve("start.py").toString());
        assertEquals("42\n", run(dir, env, "print(x)\n", "-i", "-q").out());
        assertTrue(run(dir, env, "print(x)\n", "-i", "-q", "-E").err().contains("NameError"));
    }

    @Test
    void skipFirstLineKeepsLineNumbers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.py"), "garbage line\nimport sys\nraise ValueError(3)\n");
        Result r = run(dir, "-x", "x.py");
        assertEquals(1, r.status());
        assertEquals("Traceback (most recent call last):\n  File \"" + dir + "/x.py\", line 3, in <module>\n"
                + "    raise ValueError(3)\nValueError: 3\n", r.err());
    }

    @Test
    void folderWithMainRunsIt(@TempDir Path dir) throws IOException {
        Path app = Files.createDirectory(dir.resolve("app"));
        Files.writeString(app.resolve("__main__.py"), "import sys\nprint(__file__.endswith('/app/__main__.py'), sys.argv,"
                + " sys.path[0].endswith('/app'))\n");
        assertEquals(new Result(0, "True ['app', 'x'] True\n", ""), run(dir, "app", "x"));
    }

    @Test
    void pipedProgramIsStdin(@TempDir Path dir) {
        assertEquals("<stdin> ['-', 'a']\n", run(dir, Map.of(), "import sys\nprint(__file__, sys.argv)\n", "-", "a").out());
    }

    @Test
    void badStartUpSettingsAreFatal(@TempDir Path dir) {
        assertEquals(new Result(1, "", "Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits:"
                + " invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n"),
                run(dir, "-X", "int_max_str_digits=5", "-c", "pass"));
        assertEquals(new Result(1, "", "Fatal Python error: preconfig_init_utf8_mode: invalid -X utf8 option value\n"
                + "Python runtime state: preinitializing\n\n"), run(dir, "-X", "utf8=2", "-c", "pass"));
        assertEquals("1 1000\n", run(dir, "-X", "utf8", "-X", "int_max_str_digits=1000", "-c",
                "import sys; print(sys.flags.utf8_mode, sys.flags.int_max_str_digits)").out());
    }

    @Test
    void importTimeLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("inner.py"), "X = 1\n");
        Files.writeString(dir.resolve("outer.py"), "import inner\n");
        Result r = run(dir, "-X", "importtime", "-c", "import outer");
        String[] lines = r.err().split("\n");
        assertEquals("import time: self [us] | cumulative | imported package", lines[0]);
        // the last two lines: the nested import is indented and ends first (modules Eddy loads
        // on demand, such as sys, may come before them)
        String inner = lines[lines.length - 2];
        String outer = lines[lines.length - 1];
        assertTrue(inner.matches("import time: +\\d+ \\| +\\d+ \\|   inner"), inner);
        assertTrue(outer.matches("import time: +\\d+ \\| +\\d+ \\| outer"), outer);
    }

    @Test
    void failingFlushOfStdoutAtExitIsStatus120(@TempDir Path dir) {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-c", "print(1)"}, new ByteArrayInputStream(new byte[0]), full, err, dir, Map.of());
        assertEquals(120, status);
        assertEquals("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                + "OSError: [Errno 28] No space left on device\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionTwiceSaysMore(@TempDir Path dir) {
        Result r = run(dir, "-VV");
        assertTrue(r.out().startsWith(Main.VERSION_LINE + " [Java "), r.out());
        assertEquals(0, r.status());
        assertTrue(run(dir, "--help-xoptions").out().contains("-X importtime"));
        assertTrue(run(dir, "--help-env").out().contains("PYTHONWARNINGS=arg"));
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
