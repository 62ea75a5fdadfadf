package dev.eddy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eddy.interpreter.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Two interpreters in one JVM running programs at the same time on two threads see nothing of
 * each other: not sys.argv, not the recursion limit, not sys.stdout, not module globals,
 * not the exception being handled, not the Task-N numbering of asyncio.
 */
class InterpreterIsolationTest {
    private static final String PROGRAM = """
            import sys, asyncio
            me = sys.argv[1]
            sys.setrecursionlimit(int(sys.argv[2]))
            total = 0
            def deep(n):
                return 0 if n == 0 else 1 + deep(n - 1)
            class Log:
                def __init__(self, real):
                    self.real = real
                def write(self, s):
                    self.real.write(s.replace('line', me))
                def flush(self):
                    self.real.flush()
            for i in range(4000):
                total += i
                if i == 2000:
                    sys.stdout = Log(sys.stdout)
                print('line', i, sys.argv[1], total)
                try:
                    raise KeyError(me)
                except KeyError:
                    assert sys.exc_info()[1].args == (me,)
            try:
                print('deep', deep(300), sys.getrecursionlimit())
            except RecursionError:
                print('recursion error at', sys.getrecursionlimit())
            async def named():
                return asyncio.current_task().get_name()
            async def main():
                return [await asyncio.create_task(named()) for _ in range(3)]
            print(asyncio.run(main()))
            """;

    private static String expected(String me, int limit) {
        StringBuilder sb = new StringBuilder();
        long total = 0;
        for (int i = 0; i < 4000; i++) {
            total += i;
            sb.append(i >= 2000 ? me : "line").append(' ').append(i).append(' ').append(me).append(' ').append(total).append('\n');
        }
        sb.append(limit > 400 ? "deep 300 " + limit : "recursion error at " + limit).append('\n');
        sb.append("['Task-2', 'Task-3', 'Task-4']\n");
        return sb.toString();
    }

    @Test
    void twoProgramsAtOnceSeeOnlyTheirOwnState() throws Exception {
        String[][] runs = {{"alpha", "100"}, {"beta", "2000"}, {"gamma", "150"}, {"delta", "1000"}};
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        String[] outs = new String[runs.length];
        String[] errs = new String[runs.length];
        for (int k = 0; k < runs.length; k++) {
            int n = k;
            Thread t = new dev.eddy.runtime.PythonThread(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                Interpreter in = new Interpreter(new Interpreter.Options(List.of("t.py", runs[n][0], runs[n][1]),
                        new ByteArrayInputStream(new byte[0]), out, err, Map.of(), List.of(), false, Path.of(".")));
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                in.runScript(PROGRAM, "t.py");
                in.flush();
                outs[n] = out.toString(StandardCharsets.UTF_8);
                errs[n] = err.toString(StandardCharsets.UTF_8);
            }, "isolation-" + runs[k][0], 256L << 20);
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join(120_000);
        }
        for (int k = 0; k < runs.length; k++) {
            assertEquals("", errs[k], runs[k][0] + " stderr");
            assertEquals(expected(runs[k][0], Integer.parseInt(runs[k][1])), outs[k], runs[k][0] + " stdout");
        }
    }
}
