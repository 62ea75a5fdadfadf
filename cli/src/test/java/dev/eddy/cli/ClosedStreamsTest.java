package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        ChildEddy.Result r = ChildEddy.run(script, 60, "-Deddy.closedStreams=01");
        String out = r.out();
        String err = r.err();
        assertEquals("", out, err);
        assertEquals("(None, None, None, False)\n", err);
        assertEquals(0, r.status());
    }
}
