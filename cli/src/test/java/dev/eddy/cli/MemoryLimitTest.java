package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        ChildEddy.Result r = ChildEddy.run(script, 120, "-Xmx48m", "-XX:+UseSerialGC");
        String out = r.out();
        String err = r.err();
        assertEquals("caught MemoryError True\nusable after it: 4950\n", out, err);
        assertTrue(err.contains("line 11, in grow\n") && err.endsWith("\nMemoryError\n"), err);
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertEquals(1, r.status(), err);
    }
}
