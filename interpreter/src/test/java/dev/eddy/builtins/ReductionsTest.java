package dev.eddy.builtins;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static dev.eddy.builtins.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReductionsTest {
    private static final PyObject LEN = fn("len");
    private static final PyObject SECOND = new PyBuiltinFunction("second", (a, kw) -> ((PyTuple) a[0]).items[1]);

    @Test
    void sumTakesFastPathsAndOverflows() {
        assertEquals("6", repr(call("sum", ints(1, 2, 3))));
        assertEquals("16", repr(call("sum", ints(1, 2, 3), i(10))));
        assertEquals("0.30000000000000004", repr(call("sum", list(f(0.1), f(0.1), f(0.1)))));
        assertEquals("18446744073709551617", repr(call("sum", list(dev.eddy.runtime.PyInt.of(BigInteger.TWO.pow(64)), i(1)))));
        assertEquals("9223372036854775808", repr(call("sum", ints(Long.MAX_VALUE, 1))));
        assertEquals("2", repr(call("sum", list(bool(true), bool(true), bool(false)))));
        assertEquals("4.0", repr(call("sum", list(f(1.5), f(2.5)))));
        assertEquals("0", repr(callKw("sum", new String[] {"start"}, call("range", i(1), i(11)), i(-55))));
        raises(Exceptions.TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]", () -> call("sum", list(s("a")), s("")));
        raises(Exceptions.TYPE_ERROR, "sum() takes at least 1 positional argument (0 given)", () -> call("sum"));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for +: 'int' and 'str'", () -> call("sum", list(s("a"), s("b"))));
    }

    @Test
    void minAndMaxWithKeysAndDefaults() {
        assertEquals("1", repr(call("min", i(3), i(1), i(2))));
        assertEquals("'o'", repr(call("max", s("hello"))));
        assertEquals("[1, 3]", repr(call("max", ints(1, 3), ints(1, 2, 9))));
        PyList words = list(s("kiwi"), s("fig"), s("banana"), s("apple"));
        assertEquals("'fig'", repr(callKw("min", new String[] {"key"}, words, LEN)));
        assertEquals("'banana'", repr(callKw("max", new String[] {"key"}, words, LEN)));
        PyList pairs = list(tuple(s("a"), i(3)), tuple(s("b"), i(3)), tuple(s("c"), i(1)));
        assertEquals("('a', 3)", repr(callKw("max", new String[] {"key"}, pairs, SECOND)));
        assertEquals("-3", repr(callKw("max", new String[] {"key"}, i(-3), i(2), fn("abs"))));
        assertEquals("1", repr(call("max", i(1), f(1.0))));
        assertEquals("'empty'", repr(callKw("min", new String[] {"default"}, list(), s("empty"))));
        assertEquals("None", repr(callKw("max", new String[] {"default"}, tuple(), PyNone.NONE)));
        raises(Exceptions.VALUE_ERROR, "max() arg is an empty sequence", () -> call("max", list()));
        raises(Exceptions.VALUE_ERROR, "min() arg is an empty sequence", () -> call("min", tuple()));
        raises(Exceptions.TYPE_ERROR, "max expected at least 1 argument, got 0", () -> call("max"));
        raises(Exceptions.TYPE_ERROR, "Cannot specify a default for max() with multiple positional arguments",
                () -> callKw("max", new String[] {"default"}, i(1), i(2), i(3)));
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call("max", i(1)));
        raises(Exceptions.TYPE_ERROR, "'>' not supported between instances of 'int' and 'str'", () -> call("max", s("a"), i(1)));
        raises(Exceptions.TYPE_ERROR, "'foo' is an invalid keyword argument for max()", () -> callKw("max", new String[] {"foo"}, i(1), i(2), i(3)));
    }

    @Test
    void sortedIsStableWithKeyAndReverse() {
        assertEquals("[1, 2, 3]", repr(call("sorted", ints(3, 1, 2))));
        assertEquals("[3, 2, 1]", repr(callKw("sorted", new String[] {"reverse"}, ints(3, 1, 2), bool(true))));
        PyList stable = list(tuple(s("x"), i(2)), tuple(s("y"), i(1)), tuple(s("z"), i(2)), tuple(s("w"), i(1)));
        assertEquals("[('y', 1), ('w', 1), ('x', 2), ('z', 2)]", repr(callKw("sorted", new String[] {"key"}, stable, SECOND)));
        assertEquals("[('x', 2), ('z', 2), ('y', 1), ('w', 1)]",
                repr(callKw("sorted", new String[] {"key", "reverse"}, stable, SECOND, bool(true))));
        assertEquals("['a', 'a', 'a', 'b', 'n', 'n']", repr(call("sorted", new PyStr("banana"))));
        raises(Exceptions.TYPE_ERROR, "'<' not supported between instances of 'str' and 'int'", () -> call("sorted", list(i(3), s("a"), i(1))));
        raises(Exceptions.TYPE_ERROR, "sorted expected 1 argument, got 0", () -> call("sorted"));
    }

    @Test
    void anyAndAllShortCircuit() {
        assertEquals("True", repr(call("any", ints(0, 0, 1))));
        assertEquals("False", repr(call("any", list())));
        assertEquals("True", repr(call("all", list())));
        assertEquals("False", repr(call("all", ints(1, 0))));
        int[] calls = {0};
        PyObject counting = new PyBuiltinFunction("f", (a, kw) -> {
            calls[0]++;
            return a[0];
        });
        call("any", call("map", counting, ints(0, 3, 5, 7)));
        assertEquals(2, calls[0]);
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call("any", i(5)));
    }
}
