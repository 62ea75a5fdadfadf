package dev.eddy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance script (src/test/resources/conformance/GROUP/NAME.py) in-process through
 * {@link dev.eddy.cli.Main#run} and compares with the CPython results stored beside it:
 * NAME.out (exact stdout), NAME.err (last non-empty stderr line, when CPython exits non-zero),
 * NAME.exit (exit code, when non-zero), NAME.stdin (standard input, optional). helper_*.py files
 * are modules imported by the scripts, not tests.
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code eddy.mode}: comma-separated interpreter modes, each passed as {@code -X MODE}
 *       before the script name (e.g. {@code -Deddy.mode=eddy-resume-every-suspend}); default none.
 *   <li>{@code eddy.filter}: run only scripts whose "group/name.py" contains this text.
 *   <li>{@code eddy.conformance.dir}: the corpus folder (default: the source folder, else the
 *       copy on the test classpath).
 *   <li>{@code eddy.timeout}: seconds allowed per script (default 60).
 *   <li>{@code eddy.stack}: stack size in MB of the thread running a script (default 512).
 *   <li>{@code eddy.jobs}: how many scripts run at once (default 1: with more, a rare failure of
 *       {@code asyncio/streams.py} under parallel runs is still to be explained).
 * </ul>
 *
 * <p>Scripts can run in parallel ({@code eddy.jobs}), each with its own interpreter: all runs are started when the tests
 * are listed, and each test waits for its own result.
 */
class ConformanceTest {

    static final String MODE = System.getProperty("eddy.mode", "");
    static final String FILTER = System.getProperty("eddy.filter", "");
    static final long TIMEOUT_SECONDS = Long.getLong("eddy.timeout", 60);
    static final long STACK_MB = Long.getLong("eddy.stack", 512);
    static final int JOBS = Integer.getInteger("eddy.jobs", 1);

    /** Runs scripts, {@link #JOBS} at a time, each on a thread of its own (see {@link #run}). */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(JOBS, r -> {
        Thread t = new Thread(r, "conformance-runner");
        t.setDaemon(true);
        return t;
    });

    @TestFactory
    Stream<DynamicNode> conformance() throws IOException {
        Path root = corpusRoot();
        List<Path> groups;
        try (Stream<Path> s = Files.list(root)) {
            groups = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        }
        return groups.stream()
                .map(group -> Map.entry(group, scriptsOf(root, group)))
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> DynamicContainer.dynamicContainer(
                        e.getKey().getFileName().toString(), e.getKey().toUri(), e.getValue().stream()));
    }

    private static List<DynamicNode> scriptsOf(Path root, Path group) {
        try (Stream<Path> s = Files.list(group)) {
            List<Path> scripts = s.filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("helper_"))
                    .filter(p -> root.relativize(p).toString().replace('\\', '/').contains(FILTER))
                    .sorted()
                    .collect(Collectors.toList());
            return scripts.stream().<DynamicNode>map(p -> {
                Future<Run> started = POOL.submit(() -> run(p));
                return DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p, started.get()));
            }).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path corpusRoot() {
        String configured = System.getProperty("eddy.conformance.dir");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        Path source = Paths.get("src/test/resources/conformance").toAbsolutePath();
        if (Files.isDirectory(source)) {
            return source;
        }
        URL url = ConformanceTest.class.getClassLoader().getResource("conformance");
        if (url == null) {
            throw new IllegalStateException("conformance corpus not found");
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Outcome of one in-process run. */
    record Run(int exitCode, String stdout, String stderr, Throwable crash, boolean timedOut) {}

    static Run run(Path script) throws Exception {
        Path dir = script.getParent();
        String name = script.getFileName().toString();
        Path stdinFile = sibling(script, ".stdin");
        InputStream stdin = new ByteArrayInputStream(
                Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] argv = ConformanceSupport.argv(MODE, name);
        int[] exit = {Integer.MIN_VALUE};
        Throwable[] crash = {null};
        // A thread of its own: a large stack for deep recursion, and a time limit.
        Thread t = new dev.eddy.runtime.PythonThread(() -> {
            try {
                exit[0] = dev.eddy.cli.Main.run(argv, stdin, out, err, dir);
            } catch (Throwable e) {
                crash[0] = e;
            }
        }, "eddy-" + name, STACK_MB * 1024 * 1024);
        t.setDaemon(true);
        t.start();
        t.join(TIMEOUT_SECONDS * 1000);
        boolean timedOut = t.isAlive();
        if (timedOut) {
            t.interrupt();
        }
        return new Run(exit[0], out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), crash[0], timedOut);
    }

    static void check(Path script) throws Exception {
        check(script, run(script));
    }

    static void check(Path script, Run run) throws Exception {
        Path outFile = sibling(script, ".out");
        if (!Files.exists(outFile)) {
            fail("no " + outFile.getFileName() + ": run tests/regen " + script);
        }
        String expectedOut = Files.readString(outFile, StandardCharsets.UTF_8);
        Path errFile = sibling(script, ".err");
        Path exitFile = sibling(script, ".exit");
        int expectedExit = ConformanceSupport.expectedExitCode(
                Files.exists(exitFile) ? Files.readString(exitFile) : null, Files.exists(errFile));

        String context = "\n--- exit code " + run.exitCode() + "; stderr tail:\n"
                + (run.stderr().isBlank() ? "(empty)" : ConformanceSupport.tail(run.stderr(), 6));
        if (run.timedOut()) {
            fail("timed out after " + TIMEOUT_SECONDS + " s; stdout tail:\n"
                    + ConformanceSupport.tail(run.stdout(), 6) + context);
        }
        if (run.crash() != null) {
            StringWriter trace = new StringWriter();
            run.crash().printStackTrace(new PrintWriter(trace));
            fail("Main.run threw " + run.crash() + "\n" + trace.toString().lines().limit(25)
                    .collect(Collectors.joining("\n")) + context);
        }
        String diff = ConformanceSupport.firstDifference(expectedOut, run.stdout());
        if (diff != null) {
            fail("stdout differs: " + diff + context);
        }
        assertEquals(expectedExit, run.exitCode(), () -> "exit code" + context);
        if (Files.exists(errFile)) {
            String expectedErr = Files.readString(errFile, StandardCharsets.UTF_8).strip();
            assertEquals(expectedErr, ConformanceSupport.lastNonEmptyLine(run.stderr()),
                    () -> "last non-empty stderr line" + context);
        }
    }

    private static Path sibling(Path script, String extension) {
        String name = script.getFileName().toString();
        return script.resolveSibling(name.substring(0, name.length() - 3) + extension);
    }
}
