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
 * Standard descriptors closed by the caller: the launcher gives the JVM /dev/null in their place
 * and names them in {@code -Deddy.closedStreams}; the program sees None, as under CPython
 * ({@code python3 x.py <&- >&-}). Runs Eddy in a child JVM as the launcher would.
 */
class ClosedStreamsTest {

    @Test
    void closedStreamsAreNone(@TempDir Path dir) throws IOException, InterruptedException {
        Path script = dir.resolve("streams.py");
        Files.writeString(script, String.join("\n",
                "import sys",
                "print('lost')",
                "sys.stderr.write(repr((sys.stdin, sys.stdout, sys.__stdout__, sys.stderr is None)) + '\\n')",
                ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Deddy.closedStreams=01", "-cp",
                System.getProperty("java.class.path"), "dev.eddy.cli.Main", script.toString())).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "eddy did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("", out, err);
        assertEquals("(None, None, None, False)\n", err);
        assertEquals(0, p.exitValue());
    }
}
