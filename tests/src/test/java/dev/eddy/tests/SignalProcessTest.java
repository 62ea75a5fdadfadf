package dev.eddy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals sent to a real eddy process (the java command the launcher runs), compared with
 * what CPython 3.11 prints and exits with for the same program and signal: Ctrl-C inside
 * asyncio.run with a finally that awaits, inside time.sleep and in a busy loop, and SIGTERM
 * with no handler.
 */
class SignalProcessTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String stdout, String stderr) {
    }

    /** Starts the program, waits for its first line of output, sends the signal, waits for the end. */
    private Outcome run(String program, String signal) throws Exception {
        Path script = dir.resolve("prog.py");
        Files.writeString(script, program);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.eddy.cli.Main",
                script.toString()).redirectError(dir.resolve("err.txt").toFile()).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String first = r.readLine();
            out.append(first).append('\n');
            Thread.sleep(300);
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
            kill.waitFor();
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program ended");
        return new Outcome(p.exitValue(), out.toString(), Files.readString(dir.resolve("err.txt")));
    }

    private static List<String> lines(String s) {
        return s.lines().toList();
    }

    @Test
    void ctrlCInAsyncioRunCancelsTheMainTaskThenRaisesKeyboardInterrupt() throws Exception {
        Outcome o = run("""
                import asyncio

                async def main():
                    try:
                        print("main started", flush=True)
                        await asyncio.sleep(30)
                    finally:
                        print("finally runs", flush=True)
                        await asyncio.sleep(0.01)
                        print("finally awaited", flush=True)

                asyncio.run(main())
                """, "INT");
        assertEquals("main started\nfinally runs\nfinally awaited\n", o.stdout());
        assertEquals(130, o.status());
        List<String> err = lines(o.stderr());
        assertEquals("KeyboardInterrupt", err.get(err.size() - 1));
        assertTrue(err.contains("asyncio.exceptions.CancelledError"), o.stderr());
        assertTrue(err.contains("During handling of the above exception, another exception occurred:"), o.stderr());
        assertTrue(err.contains("    asyncio.run(main())"), o.stderr());
    }

    @Test
    void ctrlCInTimeSleepRaisesKeyboardInterruptThere() throws Exception {
        Outcome o = run("""
                import time
                print("sleeping", flush=True)
                try:
                    time.sleep(30)
                finally:
                    print("finally after sleep", flush=True)
                """, "INT");
        assertEquals("sleeping\nfinally after sleep\n", o.stdout());
        assertEquals(130, o.status());
        assertTrue(o.stderr().endsWith("line 4, in <module>\n    time.sleep(30)\nKeyboardInterrupt\n"), o.stderr());
    }

    @Test
    void ctrlCInABusyLoopRaisesKeyboardInterruptAtTheLoop() throws Exception {
        Outcome o = run("""
                print("looping", flush=True)
                n = 0
                while True:
                    n += 1
                """, "INT");
        assertEquals(130, o.status());
        assertTrue(o.stderr().endsWith("line 3, in <module>\n    while True:\nKeyboardInterrupt\n"), o.stderr());
    }

    @Test
    void sigtermWithoutAHandlerEndsTheProcessQuietly() throws Exception {
        Outcome o = run("""
                import time
                print("waiting", flush=True)
                time.sleep(30)
                """, "TERM");
        assertEquals("waiting\n", o.stdout());
        assertEquals(143, o.status());
        assertEquals("", o.stderr());
    }

    @Test
    void aPythonHandlerRunsOutOfABlockingWait() throws Exception {
        Outcome o = run("""
                import signal, threading, time
                def on_term(signum, frame):
                    print("handler", signal.Signals(signum).name, flush=True)
                    raise SystemExit(3)
                signal.signal(signal.SIGTERM, on_term)
                print("ready", flush=True)
                threading.Event().wait()
                """, "TERM");
        assertEquals("ready\nhandler SIGTERM\n", o.stdout());
        assertEquals(3, o.status());
    }
}
