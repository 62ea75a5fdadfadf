package dev.eddy.interpreter;

import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generators dropped while suspended in a try/finally are closed: the ones Java collects at
 * the interpreter's next safe points (here the back-edges of a busy loop), the rest when the
 * program ends.
 */
class GeneratorFinaliserTest {
    private static final int DROPPED = 100_000;

    private static final String PROGRAM = """
            count = 0
            def gen():
                global count
                try:
                    yield 1
                finally:
                    count += 1
            for i in range(%d):
                g = gen()
                next(g)
            g = None
            spins = 0
            while count < %d and spins < 200_000_000:
                spins += 1
            print(count)
            """.formatted(DROPPED, DROPPED * 9 / 10);

    @Test
    void droppedGeneratorsAreClosedAtSafePointsAndTheRestAtExit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter interp = new Interpreter(new Interpreter.Options(List.of("finalise.py"),
                new ByteArrayInputStream(new byte[0]), out, err, Map.of(), List.of(), false, null));
        Thread collector = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(200);
                    System.gc();
                }
            } catch (InterruptedException e) {
                // the program has ended
            }
        });
        collector.setDaemon(true);
        collector.start();
        int status = interp.runScript(PROGRAM, "<finalise>");
        collector.interrupt();
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        long atSafePoints = Long.parseLong(out.toString(StandardCharsets.UTF_8).strip());
        assertTrue(atSafePoints >= DROPPED * 9 / 10, "closed at safe points: " + atSafePoints);
        PyObject count = interp.state().importer.importModule("__main__").lookupAttr("count");
        assertEquals(PyInt.of(DROPPED), count, "closed by the end of the program");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
