package dev.eddy.tests;

import dev.eddy.interpreter.Interpreter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a program through the embedding API on a big-stack thread and captures its output. */
final class RunTest {
    record Result(int exit, String out, String err) {
    }

    private RunTest() {
    }

    static Result run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = new int[1];
        Thread t = new dev.eddy.runtime.PythonThread(() -> {
            Interpreter in = new Interpreter(new Interpreter.Options(List.of("t.py"), new ByteArrayInputStream(new byte[0]),
                    out, err, Map.of(), List.of(), false, Path.of(".")));
            exit[0] = in.runScript(source, "t.py");
        }, "eddy-test", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return new Result(exit[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
