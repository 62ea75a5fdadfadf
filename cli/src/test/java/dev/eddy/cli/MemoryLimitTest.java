package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exhausted Java heap is Python's MemoryError: catchable, with the interpreter usable after
 * it, and a traceback when uncaught. Runs Eddy in a child JVM with a small heap.
 */
class MemoryLimitTest {

    @Test
    void heapExhaustionIsMemoryError(@TempDir Path dir) throws IOException, InterruptedException {
        Path script = dir.resolve("grow.py");
        Files.writeString(script, String.join("\n",
                "chunks = []",
                "try:",
                "    while True:",
                "        chunks.append([0] * 1_000_000)",
                "except MemoryError as e:",
                "    grown = len(chunks)",
                "    chunks = None",
                "    print('caught', type(e).__name__, grown > 2)",
                "print('usable after it:', sum(range(100)))",
                "def grow():",
                "    return [[0] * 1_000_000 for _ in range(1_000_000)]",
                "grow()",
                ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "dev.eddy.cli.Main", script.toString()))
                .redirectErrorStream(false).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "eddy did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("caught MemoryError True\nusable after it: 4950\n", out, err);
        assertTrue(err.contains("line 11, in grow\n") && err.endsWith("\nMemoryError\n"), err);
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertEquals(1, p.exitValue(), err);
    }
}
