package dev.eddy.stdlib;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import org.junit.jupiter.api.Test;

import static dev.eddy.stdlib.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ItertoolsTest {
    private static PyObject it(String name, PyObject... args) {
        return call("itertools", name, args);
    }

    /** An infinite source that counts how often it was asked. */
    private static final class Counting extends dev.eddy.runtime.PyIterator {
        int pulled;

        @Override
        public PyObject next() {
            return PyInt.of(pulled++);
        }
    }

    @Test
    void infiniteIteratorsAreLazy() {
        assertEquals("[10, 15, 20, 25]", listRepr(it("islice", it("count", i(10), i(5)), i(4))));
        assertEquals("[0.5, 0.75, 1.0]", listRepr(it("islice", it("count", f(0.5), f(0.25)), i(3))));
        assertEquals("count(9223372036854775807)", repr(it("count", i(Long.MAX_VALUE))));
        PyObject c = it("count", i(Long.MAX_VALUE));
        c.next();
        assertEquals("9223372036854775808", repr(c.next()));
        assertEquals("['red', 'green', 'red']", listRepr(it("islice", it("cycle", list(s("red"), s("green"))), i(3))));
        assertEquals("[]", listRepr(it("islice", it("cycle", list()), i(5))));
        assertEquals("repeat('x', 2)", repr(it("repeat", s("x"), i(2))));
        Counting src = new Counting();
        PyObject mapped = it("islice", src, i(2), i(5));
        assertEquals(0, src.pulled);
        assertEquals("[2, 3, 4]", listRepr(mapped));
        assertEquals(5, src.pulled);
        Counting src2 = new Counting();
        listRepr(it("takewhile", new PyBuiltinFunction("lt3", (a, kw) -> dev.eddy.runtime.PyBool.of(((PyInt) a[0]).value < 3)), src2));
        assertEquals(4, src2.pulled);
    }

    @Test
    void isliceArguments() {
        assertEquals("['c', 'd', 'e', 'f', 'g']", listRepr(it("islice", s("abcdefg"), i(2), PyNone.NONE)));
        assertEquals("['a', 'd', 'g']", listRepr(it("islice", s("abcdefg"), PyNone.NONE, PyNone.NONE, i(3))));
        assertEquals("[3, 5, 7]", listRepr(it("islice", builtin("range", i(10)), i(3), i(8), i(2))));
        raises(Exceptions.VALUE_ERROR, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                () -> it("islice", list(), i(-1)));
        raises(Exceptions.VALUE_ERROR, "Step for islice() must be a positive integer or None.", () -> it("islice", list(), i(1), i(2), i(0)));
        raises(Exceptions.TYPE_ERROR, "islice expected at least 2 arguments, got 1", () -> it("islice", list()));
    }

    @Test
    void combinatoricsInCPythonOrder() {
        assertEquals("[('a', 1), ('a', 2), ('b', 1), ('b', 2)]", listRepr(it("product", s("ab"), ints(1, 2))));
        assertEquals("9", repr(builtin("len", builtin("list", callKw("itertools", "product", new String[] {"repeat"}, builtin("range", i(3)), i(2))))));
        assertEquals("[(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)]", listRepr(it("permutations", ints(1, 2, 3))));
        assertEquals("[('a', 'b'), ('a', 'c'), ('b', 'a')]", listRepr(it("islice", it("permutations", s("abc"), i(2)), i(3))));
        assertEquals("[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]", listRepr(it("combinations", s("abcd"), i(2))));
        assertEquals("[('a', 'a'), ('a', 'b'), ('b', 'b')]", listRepr(it("combinations_with_replacement", s("ab"), i(2))));
        assertEquals("[()]", listRepr(it("product")));
        assertEquals("[]", listRepr(it("combinations", builtin("range", i(4)), i(5))));
        assertEquals("1140", repr(builtin("len", builtin("list", it("combinations", builtin("range", i(20)), i(3))))));
        raises(Exceptions.VALUE_ERROR, "r must be non-negative", () -> it("permutations", ints(1), i(-1)));
    }

    @Test
    void groupingAndAccumulating() {
        PyObject groups = it("groupby", s("aaabccddddae"));
        StringBuilder sb = new StringBuilder();
        for (PyObject g = groups.next(); g != null; g = groups.next()) {
            PyObject[] kv = ((PyTuple) g).items;
            sb.append(kv[0]).append(builtin("len", builtin("list", kv[1]))).append(' ');
        }
        assertEquals("a3 b1 c2 d4 a1 e1 ", sb.toString());
        PyObject g2 = it("groupby", s("aab"));
        PyObject first = ((PyTuple) g2.next()).items[1];
        g2.next();
        assertEquals("[]", listRepr(first));
        assertEquals("[1, 3, 6, 10]", listRepr(it("accumulate", ints(1, 2, 3, 4))));
        assertEquals("[3, 3, 4]", listRepr(it("accumulate", ints(3, 1, 4), Py.B.get("max"))));
        assertEquals("[100, 101, 103, 106]", listRepr(callKw("itertools", "accumulate", new String[] {"initial"}, ints(1, 2, 3), i(100))));
        assertEquals("[('a', 1), ('b', '-'), ('c', '-')]", listRepr(callKw("itertools", "zip_longest", new String[] {"fillvalue"}, s("abc"), ints(1), s("-"))));
        assertEquals("[(1, 2), (2, 3), (3, 4)]", listRepr(it("pairwise", ints(1, 2, 3, 4))));
        assertEquals("['a', 'c', 'e', 'f']", listRepr(it("compress", s("abcdef"), ints(1, 0, 1, 0, 1, 1))));
        assertEquals("[8, 9]", listRepr(it("starmap", Py.B.get("pow"), list(tuple(i(2), i(3)), tuple(i(3), i(2))))));
        PyTuple tees = (PyTuple) it("tee", ints(1, 2, 3));
        assertEquals("[1, 2, 3] [1, 2, 3]", listRepr(tees.items[0]) + " " + listRepr(tees.items[1]));
        assertEquals("[1, 2, 3]", listRepr(attr("itertools", "chain").getAttr("from_iterable").call(list(ints(1), ints(2, 3), list()))));
        assertEquals("[1, 'a', 0]", listRepr(it("chain", ints(1), s("a"), builtin("range", i(1)))));
    }
}
