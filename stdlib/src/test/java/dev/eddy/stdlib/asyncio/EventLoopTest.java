package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLoopTest {
    private EventLoop loop;

    @BeforeEach
    void setUp() {
        Callbacks.init();
        loop = EventLoop.create();
    }

    @AfterEach
    void tearDown() {
        if (!loop.isRunning()) {
            loop.close();
        }
    }

    private void stopSoon() {
        loop.callSoon(Callbacks.of("stop", a -> loop.stop()), Args.EMPTY);
    }

    @Test
    void callSoonRunsInOrderAndOnlyWhatWasReadyWhenTheStepBegan() {
        List<String> log = new ArrayList<>();
        loop.callSoon(Callbacks.of("first", a -> {
            log.add("first");
            loop.callSoon(Callbacks.logging(log, "scheduled by first"), Args.EMPTY);
        }), Args.EMPTY);
        loop.callSoon(Callbacks.logging(log, "second"), Args.EMPTY);
        loop.runOnce();
        assertEquals(List.of("first", "second"), log);
        loop.runOnce();
        assertEquals(List.of("first", "second", "scheduled by first"), log);
    }

    @Test
    void cancelledHandlesAreSkipped() {
        List<String> log = new ArrayList<>();
        Handle h = loop.callSoon(Callbacks.logging(log, "cancelled"), Args.EMPTY);
        loop.callSoon(Callbacks.logging(log, "kept"), Args.EMPTY);
        h.cancel();
        loop.runOnce();
        assertEquals(List.of("kept"), log);
    }

    @Test
    void timersFireByDeadlineThenBySchedulingOrder() {
        List<String> log = new ArrayList<>();
        double t = loop.time();
        loop.callAt(t + 0.02, Callbacks.logging(log, "b"), Args.EMPTY, "call_at");
        loop.callAt(t + 0.01, Callbacks.logging(log, "a1"), Args.EMPTY, "call_at");
        loop.callAt(t + 0.01, Callbacks.logging(log, "a2"), Args.EMPTY, "call_at");
        TimerHandle c = loop.callAt(t + 0.015, Callbacks.logging(log, "cancelled"), Args.EMPTY, "call_at");
        c.cancel();
        loop.callAt(t + 0.03, Callbacks.of("stop", a -> loop.stop()), Args.EMPTY, "call_at");
        loop.runForever();
        assertEquals(List.of("a1", "a2", "b"), log);
        assertTrue(loop.time() - t >= 0.03);
    }

    @Test
    void manyCancelledTimersArePurged() {
        double t = loop.time();
        List<TimerHandle> hs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            hs.add(loop.callAt(t + 100 + i, Callbacks.of("x", a -> { }), Args.EMPTY, "call_at"));
        }
        for (int i = 0; i < 200; i++) {
            hs.get(i).cancel();
        }
        assertEquals(200, loop.timerCancelledCount);
        stopSoon();
        loop.runForever();
        assertEquals(0, loop.timerCancelledCount);
        assertEquals(100, ((dev.eddy.runtime.PyList) loop.getAttr("_scheduled")).size);
    }

    @Test
    void callSoonThreadsafeWakesABlockedLoop() throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        loop.callAt(loop.time() + 30, Callbacks.logging(log, "far future"), Args.EMPTY, "call_at");
        Thread other = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            loop.callSoonThreadsafe(Callbacks.of("from thread", a -> {
                log.add("from thread");
                loop.stop();
            }), Args.EMPTY, false);
        });
        long t0 = System.nanoTime();
        other.start();
        loop.runForever();
        other.join();
        assertEquals(List.of("from thread"), log);
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "woken long before the 30 s timer");
    }

    @Test
    void runUntilCompleteReturnsTheResultAndClosedLoopsRefuseWork() {
        PyFuture f = new PyFuture(loop);
        loop.callSoon(Callbacks.of("set", a -> f.setResult(PyInt.of(7))), Args.EMPTY);
        assertEquals(PyInt.of(7), loop.runUntilComplete(f));
        assertFalse(loop.isRunning());
        loop.close();
        PyException e = assertThrows(PyException.class, () -> loop.callSoon(Callbacks.of("x", a -> { }), Args.EMPTY));
        assertEquals("Event loop is closed", e.value.message());
    }

    @Test
    void exceptionsInCallbacksGoToTheHandlerAndTheLoopContinues() {
        List<String> log = new ArrayList<>();
        PyObject handler = new dev.eddy.runtime.PyBuiltinFunction("handler", (a, kw) -> {
            log.add("handled: " + ((dev.eddy.runtime.PyDict) a[1]).get("message").str().value);
            return dev.eddy.runtime.PyNone.NONE;
        });
        dev.eddy.runtime.Ops.callMethod(loop, "set_exception_handler", handler);
        loop.callSoon(Callbacks.of("broken", a -> {
            throw dev.eddy.runtime.Errors.valueError("bad");
        }), Args.EMPTY);
        loop.callSoon(Callbacks.logging(log, "after"), Args.EMPTY);
        loop.runOnce();
        assertEquals(List.of("handled: Exception in callback broken()", "after"), log);
    }

    // run_in_executor itself submits to concurrent.futures' Python ThreadPoolExecutor: the
    // conformance programs (asyncio/executor_bridges.py) test it with an interpreter behind it.
    @Test
    void runInExecutorAfterTheDefaultExecutorShutDownIsRefused() {
        loop.executorShutdownCalled = true;
        PyException e = assertThrows(PyException.class,
                () -> loop.runInExecutor(dev.eddy.runtime.PyNone.NONE, dev.eddy.runtime.PyNone.NONE, Args.EMPTY));
        assertEquals("Executor shutdown has been called", e.value.message());
    }

}
