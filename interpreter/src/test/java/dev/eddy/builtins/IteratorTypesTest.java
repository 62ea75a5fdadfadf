package dev.eddy.builtins;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import org.junit.jupiter.api.Test;

import static dev.eddy.builtins.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IteratorTypesTest {
    private static final String[] STRICT = {"strict"};

    @Test
    void zipStopsAtShortestOrChecksStrictly() {
        assertEquals("[(1, 'a'), (2, 'b')]", listRepr(call("zip", ints(1, 2, 3), s("ab"))));
        assertEquals("[]", listRepr(call("zip")));
        assertEquals("[(1,), (2,)]", listRepr(call("zip", ints(1, 2))));
        raises(Exceptions.VALUE_ERROR, "zip() argument 2 is shorter than argument 1",
                () -> listRepr(callKw("zip", STRICT, ints(1, 2), ints(1), bool(true))));
        raises(Exceptions.VALUE_ERROR, "zip() argument 2 is longer than argument 1",
                () -> listRepr(callKw("zip", STRICT, ints(1), ints(1, 2), bool(true))));
        raises(Exceptions.VALUE_ERROR, "zip() argument 3 is longer than arguments 1-2",
                () -> listRepr(callKw("zip", STRICT, ints(1), ints(1), ints(1, 2), bool(true))));
        raises(Exceptions.VALUE_ERROR, "zip() argument 3 is shorter than arguments 1-2",
                () -> listRepr(callKw("zip", STRICT, ints(1, 2), ints(1, 2), ints(1), bool(true))));
        assertTrue(call("isinstance", call("zip"), PyZip.TYPE).isTrue());
    }

    @Test
    void enumerateMapFilter() {
        assertEquals("[(10, 'x'), (11, 'y')]", listRepr(callKw("enumerate", new String[] {"start"}, list(s("x"), s("y")), i(10))));
        assertEquals("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]", listRepr(call("enumerate", s("ab"), i(Long.MAX_VALUE))));
        raises(Exceptions.TYPE_ERROR, "enumerate() missing required argument 'iterable'", () -> call("enumerate"));
        raises(Exceptions.TYPE_ERROR, "'foo' is an invalid keyword argument for enumerate()", () -> callKw("enumerate", new String[] {"foo"}, list(), i(1)));
        assertEquals("[8, 9]", listRepr(call("map", fn("pow"), ints(2, 3), ints(3, 2, 7))));
        raises(Exceptions.TYPE_ERROR, "map() must have at least two arguments.", () -> call("map", fn("abs")));
        assertEquals("['x', [1]]", listRepr(call("filter", PyNone.NONE, list(i(0), s(""), s("x"), list(), list(i(1))))));
        raises(Exceptions.TYPE_ERROR, "filter expected 2 arguments, got 1", () -> call("filter", fn("abs")));
    }

    @Test
    void mapIsLazy() {
        int[] calls = {0};
        PyObject counting = new PyBuiltinFunction("f", (a, kw) -> {
            calls[0]++;
            return a[0];
        });
        PyObject m = call("map", counting, ints(1, 2, 3));
        assertEquals(0, calls[0]);
        assertEquals("1", repr(call("next", m)));
        assertEquals(1, calls[0]);
    }

    @Test
    void reversedOfSequencesAndErrors() {
        assertEquals("[3, 2, 1]", listRepr(call("reversed", ints(1, 2, 3))));
        assertEquals("list_reverseiterator", call("reversed", ints(1)).type().name);
        assertEquals("['c', 'b', 'a']", listRepr(call("reversed", s("abc"))));
        assertEquals("[2, 1]", listRepr(call("reversed", tuple(i(1), i(2)))));
        raises(Exceptions.TYPE_ERROR, "'int' object is not reversible", () -> call("reversed", i(5)));
        raises(Exceptions.TYPE_ERROR, "reversed expected 1 argument, got 0", () -> call("reversed"));
    }

    /** An exhausted iterator that finished with a value, as awaitables' iterators do. */
    private static final class Finished extends dev.eddy.runtime.PyIterator implements dev.eddy.runtime.PyGenerator.DelegationResult {
        @Override
        public PyObject next() {
            return null;
        }

        @Override
        public PyObject result() {
            return i(5);
        }
    }

    @Test
    void nextRaisesStopIterationWithTheValueAnIteratorFinishedWith() {
        dev.eddy.runtime.PyException e = org.junit.jupiter.api.Assertions.assertThrows(dev.eddy.runtime.PyException.class,
                () -> call("next", new Finished()));
        assertEquals("5", repr(e.value.getAttr("value")));
    }

    @Test
    void iterAndNext() {
        PyObject it = call("iter", ints(1, 2));
        assertSame(it, call("iter", it));
        assertEquals("1", repr(call("next", it)));
        assertEquals("2", repr(call("next", it)));
        assertEquals("'default'", repr(call("next", it, s("default"))));
        raises(Exceptions.STOP_ITERATION, "", () -> call("next", it));
        long[] counter = {0};
        PyObject tick = new PyBuiltinFunction("tick", (a, kw) -> PyInt.of(++counter[0]));
        assertEquals("[1, 2, 3]", listRepr(call("iter", tick, i(4))));
        raises(Exceptions.TYPE_ERROR, "iter(v, w): v must be callable", () -> call("iter", i(5), i(0)));
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call("iter", i(5)));
        raises(Exceptions.TYPE_ERROR, "'list' object is not an iterator", () -> call("next", ints(1)));
        raises(Exceptions.TYPE_ERROR, "next expected at most 2 arguments, got 3", () -> call("next", it, i(1), i(2)));
    }
}
