package dev.eddy.builtins;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySlice;
import dev.eddy.runtime.PyTuple;
import org.junit.jupiter.api.Test;

import static dev.eddy.builtins.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RangeTest {
    private static PyObject range(long... a) {
        PyObject[] args = new PyObject[a.length];
        for (int k = 0; k < a.length; k++) {
            args[k] = i(a[k]);
        }
        return PyRange.TYPE.call(args);
    }

    private static PySlice slice(Long start, Long stop, Long step) {
        return new PySlice(start == null ? PyNone.NONE : i(start), stop == null ? PyNone.NONE : i(stop),
                step == null ? PyNone.NONE : i(step));
    }

    @Test
    void lengthIndexingAndMembership() {
        PyObject r = range(3, 30, 4);
        assertEquals("range(3, 30, 4)", repr(r));
        assertEquals(7, r.len());
        assertTrue(r.contains(i(7)));
        assertFalse(r.contains(i(8)));
        assertFalse(r.contains(i(31)));
        assertTrue(r.contains(f(3.0)));
        assertFalse(r.contains(s("a")));
        assertEquals("23", repr(r.getItem(i(-2))));
        assertEquals("[3, 7, 11, 15, 19, 23, 27]", listRepr(r));
        assertEquals("range(0, -5)", repr(range(-5)));
        assertEquals(0, range(-5).len());
        assertEquals("[0, -3, -6, -9]", listRepr(range(0, -10, -3)));
        assertEquals(1_000_000_000_000L, ((PyRange) range(0, 2_000_000_000_000L, 2)).length);
    }

    @Test
    void methodsMatchCPython() {
        PyObject r = range(1, 10, 2);
        assertEquals("3", repr(Ops.callMethod(r, "index", i(7))));
        assertEquals("1", repr(Ops.callMethod(range(5), "count", i(3))));
        assertEquals("0", repr(Ops.callMethod(range(5), "count", s("a"))));
        raises(Exceptions.VALUE_ERROR, "5 is not in range", () -> Ops.callMethod(range(3), "index", i(5)));
        assertEquals("10", repr(r.getAttr("stop")));
    }

    @Test
    void slicingGivesRanges() {
        assertEquals("range(2, 8, 3)", repr(range(10).getItem(slice(2L, 8L, 3L))));
        assertEquals("range(9, -1, -1)", repr(range(10).getItem(slice(null, null, -1L))));
        assertEquals("range(0, 12, 3)", repr(range(0, 10, 3).getItem(slice(-100L, 100L, null))));
        assertEquals("range(3, 9, -3)", repr(range(0, 10, 3).getItem(slice(1L, 5L, -1L))));
        assertEquals("range(27, -1, -4)", repr(range(3, 30, 4).getItem(slice(null, null, -1L))));
    }

    @Test
    void equalityAndHashFollowTheSequence() {
        assertTrue(Ops.eq(range(0, 10, 2), range(0, 9, 2)));
        assertTrue(Ops.eq(range(0), range(5, 2)));
        assertTrue(Ops.eq(range(1, 2), range(1, 2, 7)));
        assertFalse(Ops.eq(range(3), range(4)));
        assertEquals(new PyTuple(new PyObject[] {i(0), PyNone.NONE, PyNone.NONE}).hash(), range(0).hash());
        assertEquals(range(0, 10, 2).hash(), range(0, 9, 2).hash());
    }

    @Test
    void reversedAndErrors() {
        assertEquals("[27, 23, 19, 15, 11, 7, 3]", listRepr(call("reversed", range(3, 30, 4))));
        assertEquals("range_iterator", call("reversed", range(3)).type().name);
        raises(Exceptions.INDEX_ERROR, "range object index out of range", () -> range(3).getItem(i(3)));
        raises(Exceptions.TYPE_ERROR, "range indices must be integers or slices, not str", () -> range(3).getItem(s("a")));
        raises(Exceptions.VALUE_ERROR, "range() arg 3 must not be zero", () -> range(1, 2, 0));
        raises(Exceptions.TYPE_ERROR, "range expected at least 1 argument, got 0", () -> range());
        raises(Exceptions.TYPE_ERROR, "range expected at most 3 arguments, got 4", () -> range(1, 2, 3, 4));
        raises(Exceptions.TYPE_ERROR, "'float' object cannot be interpreted as an integer", () -> PyRange.TYPE.call(f(1.5)));
    }
}
