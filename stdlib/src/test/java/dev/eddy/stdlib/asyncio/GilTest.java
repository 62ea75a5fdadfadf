package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.ThreadState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GilTest {
    @AfterEach
    void tearDown() {
        Gil.reset();
    }

    @Test
    void inactiveUntilAWorkerStarts() {
        Gil.reset();
        assertFalse(Gil.active());
        assertFalse(Gil.release(), "nothing to release while inactive");
    }

    @Test
    void workersRunOnlyWhileTheMainThreadLetsGoAndStateIsRestored() throws Exception {
        Gil.reset();
        Gil.activate();
        ThreadState.depth = 7;
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Thread worker = new Thread(() -> {
            Gil.enterWorker();
            try {
                log.add("worker depth " + ThreadState.depth);
                ThreadState.depth = 3;
            } finally {
                Gil.exitWorker();
            }
        });
        worker.start();
        Thread.sleep(50);
        assertTrue(log.isEmpty(), "the worker waits while the main thread holds the lock");
        boolean released = Gil.release();
        worker.join(5000);
        Gil.reacquire(released);
        assertEquals(List.of("worker depth 0"), log);
        assertEquals(7, ThreadState.depth, "the main thread's state comes back");
        ThreadState.depth = 0;
    }
}
