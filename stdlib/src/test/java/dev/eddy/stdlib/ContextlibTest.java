package dev.eddy.stdlib;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.eddy.stdlib.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ContextlibTest {
    private static PyObject manager(Step script) {
        return call("contextlib", "contextmanager", generatorFunction(script)).call();
    }

    private static PyObject enter(PyObject cm) {
        return Ops.callMethod(cm, "__enter__");
    }

    private static PyObject exitNormally(PyObject cm) {
        return Ops.callMethod(cm, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }

    private static PyObject exitWith(PyObject cm, PyBaseException e) {
        return Ops.callMethod(cm, "__exit__", e.type(), e, PyNone.NONE);
    }

    @Test
    void setupAndTeardownAroundTheBody() {
        List<String> log = new ArrayList<>();
        PyObject cm = manager((n, thrown) -> {
            if (n == 0) {
                log.add("open");
                return s("VALUE");
            }
            log.add("close");
            if (thrown != null) {
                throw thrown;
            }
            return null;
        });
        assertEquals("'VALUE'", repr(enter(cm)));
        assertEquals("False", repr(exitNormally(cm)));
        assertEquals(List.of("open", "close"), log);
    }

    @Test
    void anExceptionTheGeneratorReraisesIsNotSuppressed() {
        PyObject cm = manager((n, thrown) -> {
            if (n == 0) {
                return PyNone.NONE;
            }
            throw thrown;
        });
        enter(cm);
        PyBaseException e = Exceptions.make(Exceptions.VALUE_ERROR, "inside");
        assertEquals("False", repr(exitWith(cm, e)));
    }

    @Test
    void anExceptionTheGeneratorSwallowsIsSuppressed() {
        PyObject cm = manager((n, thrown) -> n == 0 ? PyNone.NONE : null);
        enter(cm);
        assertEquals("True", repr(exitWith(cm, Exceptions.make(Exceptions.KEY_ERROR, "k"))));
    }

    @Test
    void aDifferentExceptionFromTheGeneratorPropagates() {
        PyObject cm = manager((n, thrown) -> {
            if (n == 0) {
                return PyNone.NONE;
            }
            throw Errors.runtimeError("rollback failed");
        });
        enter(cm);
        raises(Exceptions.RUNTIME_ERROR, "rollback failed", () -> exitWith(cm, Exceptions.make(Exceptions.VALUE_ERROR, "x")));
    }

    @Test
    void generatorProtocolViolations() {
        raises(Exceptions.RUNTIME_ERROR, "generator didn't yield", () -> enter(manager((n, thrown) -> null)));
        PyObject twice = manager((n, thrown) -> n < 2 ? PyNone.NONE : null);
        enter(twice);
        raises(Exceptions.RUNTIME_ERROR, "generator didn't stop", () -> exitNormally(twice));
        PyObject yieldsAgain = manager((n, thrown) -> n < 2 ? PyNone.NONE : null);
        enter(yieldsAgain);
        raises(Exceptions.RUNTIME_ERROR, "generator didn't stop after throw()",
                () -> exitWith(yieldsAgain, Exceptions.make(Exceptions.VALUE_ERROR, "x")));
        PyObject once = manager((n, thrown) -> n == 0 ? PyNone.NONE : null);
        enter(once);
        exitNormally(once);
        raises(Exceptions.ATTRIBUTE_ERROR, "args", () -> enter(once));
    }

    @Test
    void stopIterationThrownInAndConvertedIsNotSuppressed() {
        PyObject cm = manager((n, thrown) -> {
            if (n == 0) {
                return PyNone.NONE;
            }
            throw thrown;
        });
        enter(cm);
        PyBaseException stop = Exceptions.make(Exceptions.STOP_ITERATION, null);
        assertEquals("False", repr(exitWith(cm, stop)));
    }

    @Test
    void suppressNullcontextClosing() {
        PyObject sup = call("contextlib", "suppress", Exceptions.FILE_NOT_FOUND_ERROR, Exceptions.KEY_ERROR);
        enter(sup);
        assertEquals("True", repr(exitWith(sup, Exceptions.make(Exceptions.KEY_ERROR, "nope"))));
        assertEquals("False", repr(exitWith(sup, Exceptions.make(Exceptions.VALUE_ERROR, "v"))));
        assertEquals("False", repr(exitNormally(sup)));
        PyObject nc = call("contextlib", "nullcontext", s("value"));
        assertEquals("'value'", repr(enter(nc)));
        PyList closed = new PyList();
        PyObject thing = holder();
        thing.setAttr("close", new dev.eddy.runtime.PyBuiltinFunction("close", (a, kw) -> {
            closed.append(s("closed"));
            return PyNone.NONE;
        }));
        PyObject cl = call("contextlib", "closing", thing);
        assertSame(thing, enter(cl));
        exitNormally(cl);
        assertEquals("['closed']", repr(closed));
    }

    @Test
    void exitStackUnwindsInReverseAndChainsSuppression() {
        PyList log = new PyList();
        PyObject stack = call("contextlib", "ExitStack");
        assertSame(stack, enter(stack));
        for (int k = 0; k < 3; k++) {
            final int id = k;
            PyObject cm = manager((n, thrown) -> {
                log.append(s((n == 0 ? "open " : "close ") + id));
                return n == 0 ? i(id) : null;
            });
            assertEquals(String.valueOf(k), repr(Ops.callMethod(stack, "enter_context", cm)));
        }
        Ops.callMethod(stack, "callback", attr("_operator", "add"), i(1), i(2));
        exitNormally(stack);
        assertEquals("['open 0', 'open 1', 'open 2', 'close 2', 'close 1', 'close 0']", repr(log));
        PyObject stack2 = call("contextlib", "ExitStack");
        enter(stack2);
        Ops.callMethod(stack2, "enter_context", call("contextlib", "suppress", Exceptions.KEY_ERROR));
        assertEquals("True", repr(exitWith(stack2, Exceptions.make(Exceptions.KEY_ERROR, "k"))));
    }
}
