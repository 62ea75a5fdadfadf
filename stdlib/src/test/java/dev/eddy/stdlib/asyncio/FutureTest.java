package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FutureTest {
    private EventLoop loop;

    @BeforeEach
    void setUp() {
        Callbacks.init();
        loop = EventLoop.create();
    }

    @AfterEach
    void tearDown() {
        loop.close();
    }

    private static String message(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.type().name + ": " + e.value.message();
    }

    @Test
    void statesAndInvalidStateMessages() {
        PyFuture f = new PyFuture(loop);
        assertFalse(f.done());
        assertEquals("InvalidStateError: Result is not set.", message(f::result));
        assertEquals("InvalidStateError: Exception is not set.", message(f::exceptionOrNone));
        f.setResult(PyInt.of(1));
        assertTrue(f.done());
        assertEquals("InvalidStateError: invalid state", message(() -> f.setResult(PyInt.of(2))));
        assertEquals("InvalidStateError: invalid state", message(() -> f.setException(Errors.valueError("x").value)));
        assertFalse(f.cancel(PyNone.NONE));
        assertEquals(PyInt.of(1), f.result());
        assertEquals("<Future finished result=1>", f.reprText());
    }

    @Test
    void callbacksAreScheduledInOrderWithCallSoon() {
        PyFuture f = new PyFuture(loop);
        List<String> log = new ArrayList<>();
        PyObject a = Callbacks.of("a", x -> log.add("a"));
        PyObject b = Callbacks.of("b", x -> log.add("b"));
        f.addDoneCallback(a);
        f.addDoneCallback(b);
        f.addDoneCallback(a);
        assertEquals(2, f.removeDoneCallback(a));
        f.addDoneCallback(a);
        f.setResult(PyNone.NONE);
        assertTrue(log.isEmpty(), "callbacks run from the loop, not from set_result");
        loop.runOnce();
        assertEquals(List.of("b", "a"), log);
    }

    @Test
    void cancelMessageAndTheSavedCancelledError() {
        PyFuture f = new PyFuture(loop);
        assertTrue(f.cancel(new PyStr("why")));
        PyException e = assertThrows(PyException.class, f::result);
        assertEquals("CancelledError('why')", e.value.repr().value);
        f.cancelledExc = AsyncioErrors.cancelled(new PyStr("saved"));
        PyException first = assertThrows(PyException.class, f::result);
        PyException second = assertThrows(PyException.class, f::result);
        assertEquals("saved", first.value.message());
        assertEquals("why", second.value.message());
    }

    @Test
    void exceptionsKeepTheirTracebackAndAreMarkedRetrieved() {
        PyFuture f = new PyFuture(loop);
        f.setException(Errors.valueError("bad").value);
        assertTrue(f.logTraceback);
        assertEquals("ValueError: bad", message(f::result));
        assertFalse(f.logTraceback);
        assertEquals("TypeError: StopIteration interacts badly with generators and cannot be raised into a Future",
                message(() -> new PyFuture(loop).setException(Errors.stopIteration(null).value)));
    }

    @Test
    void awaitingYieldsTheFutureThenItsResult() {
        PyFuture f = new PyFuture(loop);
        FutureIter it = new FutureIter(f);
        assertSame(f, it.next());
        assertTrue(f.blocking);
        f.blocking = false;
        f.setResult(PyInt.of(5));
        assertNull(it.next());
        assertEquals(PyInt.of(5), it.result());
    }

    @Test
    void gatherKeepsArgumentOrder() {
        PyFuture a = new PyFuture(loop);
        PyFuture b = new PyFuture(loop);
        PyObject g = GatheringFuture.gather(new PyObject[] {a, b, a}, false);
        loop.callSoon(Callbacks.of("b", x -> b.setResult(new PyStr("B"))), Args.EMPTY);
        loop.callSoon(Callbacks.of("a", x -> a.setResult(new PyStr("A"))), Args.EMPTY);
        assertEquals("['A', 'B', 'A']", loop.runUntilComplete(g).repr().value);
    }
}
