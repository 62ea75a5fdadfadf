package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * asyncio's debugging aids, each run in a child Eddy with its -X options: deadlock reports
 * (and none while a thread, an executor job, a child process or a socket can still wake the
 * loop), the virtual clock, seeded interleavings, the task tree on a signal, call graphs and
 * the per-task figures of slow-callback warnings. The programs are test resources beside
 * this class (asyncio/*.py).
 */
class AsyncioDebuggingTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {}

    private Result run(String program, Map<String, String> env, String... options) throws IOException, InterruptedException {
        Path script = dir.resolve(program);
        try (InputStream in = AsyncioDebuggingTest.class.getResourceAsStream("asyncio/" + program)) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.eddy.cli.Main"));
        command.addAll(List.of(options));
        command.add(script.toString());
        Path out = dir.resolve(program + ".out");
        Path err = dir.resolve(program + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("PYTHONASYNCIODEBUG");
        pb.environment().remove("EDDY_ASYNCIO_CLOCK");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(program + " did not finish: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result run(String program, String... options) throws IOException, InterruptedException {
        return run(program, Map.of(), options);
    }

    private static void assertHas(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "missing " + part + " in:\n" + text);
        }
    }

    @Test
    void twoLockDeadlockIsReported() throws Exception {
        Result r = run("two_locks.py", "-X", "asyncio-deadlock=report");
        assertEquals("stopped within a second of the stall: True\n", r.out(), r.err());
        assertEquals(1, r.status(), r.err());
        assertHas(r.err(), "asyncio: deadlock",
                "Task 'one' at ", "two_locks.py:9 in worker() waits for Lock <asyncio.locks.Lock object at ",
                "held by Task 'two'", "held by Task 'one'",
                "Task 'Task-1' at ", "awaits gather() of Task 'one', Task 'two'",
                "cycle: Task 'one' -> Task 'two' -> Task 'one'");
        assertTrue(r.err().endsWith("RuntimeError: asyncio deadlock: every task is waiting and nothing is left to wake them (see the report above)\n"), r.err());
        assertTrue(!r.err().contains("never retrieved"), r.err());
    }

    @Test
    void orphanedQueueGetIsReportedInDebugMode() throws Exception {
        Result r = run("orphan_queue_get.py");
        assertEquals("got 0\ngot 1\nstopped within a second of the stall: True\n", r.out(), r.err());
        assertEquals(1, r.status(), r.err());
        assertHas(r.err(), "asyncio: deadlock", "Task 'Task-1' at ", "awaits Task 'consumer'",
                "Task 'consumer' at ", "orphan_queue_get.py:8 in consumer() waits in Queue.get on <Queue",
                "the queue is empty and no task is left to put into it", "RuntimeError: asyncio deadlock");
    }

    @Test
    void eventNeverSetIsReportedUnderPythonAsyncioDebug() throws Exception {
        Result r = run("event_never_set.py", Map.of("PYTHONASYNCIODEBUG", "1"));
        assertEquals("waiting\n", r.out(), r.err());
        assertEquals(1, r.status(), r.err());
        assertHas(r.err(), "asyncio: deadlock", "awaits Task 'waiter'",
                "Task 'waiter' at ", "event_never_set.py:7 in waiter() waits for Event <asyncio.locks.Event object at ",
                "which no task is left to set", "RuntimeError: asyncio deadlock");
    }

    @Test
    void noReportWhileSomethingOutsideCanWakeTheLoop() throws Exception {
        Result r = run("woken_from_outside.py", "-X", "asyncio-deadlock=report");
        assertEquals("from a thread\nfrom an executor\nfrom to_thread\nfrom a child 0\nchild exit 0\nfrom a socket\ndone\n", r.out(), r.err());
        assertEquals(0, r.status(), r.err());
        assertTrue(!r.err().contains("deadlock"), r.err());
    }

    private static final String HOUR = "fast 0 900\nslow 0 1200\nfast 1 1800\nslow 1 2400\nfast 2 2700\nslow 2 3600\n"
            + "fast 3 3600\ntimed out after 5400\ntotal 9000\nunder a second of wall time: True\n";

    @Test
    void virtualClockJumpsToTheNextTimer() throws Exception {
        Result r = run("virtual_hour.py", "-X", "asyncio-clock=virtual");
        assertEquals(HOUR, r.out(), r.err());
        assertEquals(0, r.status(), r.err());
        Result e = run("virtual_hour.py", Map.of("EDDY_ASYNCIO_CLOCK", "virtual"));
        assertEquals(HOUR, e.out(), e.err());
    }

    @Test
    void aSeedRepeatsItsInterleavingAndSeedsDiffer() throws Exception {
        Result first = run("racy.py", "-X", "asyncio-seed=1");
        Result again = run("racy.py", "-X", "asyncio-seed=1");
        assertEquals(0, first.status(), first.err());
        assertEquals(first.out(), again.out());
        Set<String> orders = new HashSet<>();
        for (int seed = 1; seed <= 10; seed++) {
            Result r = run("racy.py", "-X", "asyncio-seed=" + seed);
            assertEquals(16, r.out().length(), r.out() + r.err());
            orders.add(r.out());
        }
        assertTrue(orders.size() >= 2, orders.toString());
    }

    @Test
    void aBadOptionValueIsAnErrorAtImport() throws Exception {
        Result r = run("seeded_failure.py", "-X", "asyncio-seed=abc");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().endsWith("\nValueError: -X asyncio-seed=abc: expected an integer\n"), r.err());
        assertHas(r.err(), "line 1, in <module>\n    import asyncio\n");
    }

    @Test
    void aFailedSeededRunNamesItsSeed() throws Exception {
        Result r = run("seeded_failure.py", "-X", "asyncio-seed=5");
        assertEquals(1, r.status(), r.err());
        assertHas(r.err(), "-X asyncio-seed=5", "ValueError: boom");
    }

    @Test
    void theTaskTreeIsPrintedOnSignalAndTheProgramGoesOn() throws Exception {
        Result r = run("task_tree.py", "-X", "asyncio-dump-on-signal");
        assertEquals("still running\ndone\n", r.out(), r.err());
        String err = r.err();
        assertHas(err, "asyncio: 9 tasks of <_UnixSelectorEventLoop running=True closed=False debug=False>, loop time ",
                "\n* Task 'Task-1' pending at ", "task_tree.py:39 in main(): sleeps until loop time ",
                "\n  * Task 'A' pending at ", "in group(): waits for its TaskGroup's tasks: Task 'A-leaf-0', Task 'A-leaf-1'\n",
                "\n    * Task 'A-leaf-0' pending at ", "task_tree.py:10 in leaf(): waits in Queue.get on <Queue",
                "\n    * Task 'A-leaf-1' pending at ", "task_tree.py:12 in leaf(): sleeps until loop time ",
                "\n  * Task 'B' pending at ", "\n    * Task 'B-leaf-0' pending at ", "\n    * Task 'B-leaf-1' pending at ",
                "\n  * Task 'holder' pending at ", "in main.<locals>.holder(): sleeps until",
                "\n  * Task 'blocked' pending at ", "task_tree.py:30 in main.<locals>.blocked(): waits for Lock <asyncio.locks.Lock object at ",
                "held by Task 'holder'\n");
        Result debug = run("task_tree.py", "-X", "asyncio-dump-on-signal=SIGUSR1", "-X", "dev");
        assertHas(debug.err(), "* Task 'Task-1' pending at ", " step", ", cpu ", " ms]\n");
    }

    @Test
    void callGraphs() throws Exception {
        Result r = run("call_graph.py");
        assertEquals(0, r.status(), r.err());
        String file = "'" + dir.resolve("call_graph.py") + "'";
        String out = r.out().replace(file, "FILE").replaceAll("id=0x[0-9a-f]+", "id=ID");
        String leafParents = """
                  + Awaited by:
                    * Task(name='Task-2', id=ID)
                      + Call stack:
                      |   File FILE, line %d, in async middle()
                      + Awaited by:
                        * Future(id=ID)
                          + Awaited by:
                            * Task(name='Task-1', id=ID)
                              + Call stack:
                              |   File FILE, line 31, in async main()
                """;
        String want = "* Task(name='shower', id=ID)\n  + Call stack:\n  |   File FILE, line 9, in async show()\n"
                + leafParents.formatted(20)
                + "FutureCallGraph ['FrameCallGraphEntry'] 1\nshow Task-2\n"
                + "* Task(name='leaf', id=ID)\n  + Call stack:\n  |   File '<frozen asyncio>', line 975, in async Event.wait()\n"
                + "  |   File FILE, line 5, in async leaf()\n" + leafParents.formatted(23)
                + "* Task(name='leaf', id=ID)\n  + Call stack:\n  |   File FILE, line 5, in async leaf()\n" + leafParents.formatted(24)
                + "* Task(name='leaf', id=ID)\n" + leafParents.formatted(25).replaceAll("(?m)^.*(Call stack|File FILE).*\n", "")
                + "()\ncapture_call_graph() is called outside of a running event loop and no *future* to introspect was provided\n"
                + "42 object does not appear to be compatible with asyncio.Future\n* Future(id=ID)\n";
        assertEquals(want, out, r.err());
    }

    @Test
    void slowCallbackWarningsNameTheStepAndItsCpuTime() throws Exception {
        Result r = run("slow_step.py");
        assertEquals(0, r.status(), r.err());
        assertHas(r.err(), "Executing <Task pending name='Task-1' coro=<main() running at ", " took 0.1",
                " seconds\n  the step ran from ", "slow_step.py:6 in main() to ", "slow_step.py:8 in main(), cpu ",
                "; the task so far: 2 steps, cpu ");
        assertNotEquals("", r.err());
    }
}
