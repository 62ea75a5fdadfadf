package dev.eddy.stdlib;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyObject;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static dev.eddy.stdlib.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The expected numbers are CPython 3.11's for the same seeds. */
class RandomTest {
    private static String r(String name, PyObject... args) {
        return repr(call("random", name, args));
    }

    @Test
    void intSeedsReproduceCPythonSequences() {
        call("random", "seed", i(12345));
        assertEquals("0.41661987254534116 897691841093 3 78772113680444410452",
                r("random") + " " + r("getrandbits", i(40)) + " " + r("randint", i(1), i(6)) + " " + r("randrange", PyInt.of(BigInteger.TEN.pow(20))));
        call("random", "seed", i(0));
        assertEquals("0.8444218515250481", r("random"));
        call("random", "seed", PyInt.of(BigInteger.TWO.pow(100).add(BigInteger.valueOf(7))));
        assertEquals("0.41604161323913513", r("random"));
        call("random", "seed", i(-5));
        assertEquals("0.6229016948897019", r("random"));
        call("random", "seed", s("hello"));
        assertEquals("0.3537754404730722", r("random"));
        call("random", "seed", f(1.5));
        assertEquals("0.551763726942059", r("random"));
        assertEquals("0.6229016948897019", repr(dev.eddy.runtime.Ops.callMethod(call("random", "Random", i(5)), "random")));
    }

    @Test
    void sequenceFunctionsMatchCPython() {
        call("random", "seed", i(42));
        PyList l = ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        call("random", "shuffle", l);
        assertEquals("[7, 3, 2, 8, 5, 6, 9, 4, 0, 1]", repr(l));
        assertEquals("'e' [54, 4, 3, 11, 27] 1.2326608933907397 -1.0288009176018047",
                r("choice", s("abcdef")) + " " + r("sample", builtin("range", i(100)), i(5)) + " " + r("uniform", i(1), i(2)) + " " + r("gauss", i(0), i(1)));
        assertEquals("['c', 'c', 'b', 'b', 'a']", repr(callKw("random", "choices", new String[] {"k"}, s("abc"), i(5))));
        call("random", "seed", i(3));
        PyList x = ints(0, 1, 2, 3, 4, 5, 6, 7);
        call("random", "shuffle", x);
        assertEquals("[0, 5, 7, 2, 1, 6, 4, 3] [5, 1, 0]", repr(x) + " " + r("sample", x, i(3)));
        assertEquals("2.5729599554733182 0.4222872671980516 5.215581386181214",
                r("triangular", i(1), i(3)) + " " + r("expovariate", f(1.5)) + " " + r("normalvariate", i(5), i(2)));
        call("random", "seed", i(7));
        assertEquals("[331, 970, 154, 404, 666]", repr(((PyList) call("random", "sample", builtin("range", i(1000)), i(30))).getItem(
                new dev.eddy.runtime.PySlice(dev.eddy.runtime.PyNone.NONE, i(5), dev.eddy.runtime.PyNone.NONE))));
    }

    @Test
    void errors() {
        raises(Exceptions.INDEX_ERROR, "Cannot choose from an empty sequence", () -> r("choice", list()));
        raises(Exceptions.VALUE_ERROR, "empty range for randrange()", () -> r("randrange", i(0)));
        raises(Exceptions.VALUE_ERROR, "empty range for randrange() (5, 2, -3)", () -> r("randrange", i(5), i(2)));
        raises(Exceptions.TYPE_ERROR, "Population must be a sequence.  For dicts or sets, use sorted(d).",
                () -> r("sample", dev.eddy.runtime.PySet.TYPE.call(ints(1, 2)), i(1)));
        raises(Exceptions.VALUE_ERROR, "Sample larger than population or is negative", () -> r("sample", ints(1), i(2)));
    }
}
