package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Eddy run in a child JVM on this test's class path, for what needs a process of its own. */
final class ChildEddy {
    record Result(int status, String out, String err) {}

    private ChildEddy() {
    }

    /** Runs {@code script} with the JVM options given, empty stdin; fails the test after {@code seconds}. */
    static Result run(Path script, int seconds, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.eddy.cli.Main", script.toString()));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "eddy did not finish");
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
