package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole tracebacks as a user sees them, compared line for line with python3's. Each
 * {@code errors/NAME.py} has {@code NAME.stderr}: {@code python3 NAME.py 2> NAME.stderr} run in
 * that folder (3.11's {@code ^^^^} position markers included), with the folder's absolute path
 * written as {@code DIR}.
 */
class ErrorOutputTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = ErrorOutputTest.class.getResourceAsStream("/errors/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"caret_markers", "repeated_frames", "suggestion_with_notes"})
    void tracebackMatchesPython(String name, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(name + ".py"), resource(name + ".py"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {name + ".py"}, new ByteArrayInputStream(new byte[0]), out, err, dir, Map.of());
        String stderr = err.toString(StandardCharsets.UTF_8).replace(dir.toString() + "/", "DIR/");
        assertEquals(resource(name + ".stderr"), stderr);
        assertEquals(1, status);
    }
}
