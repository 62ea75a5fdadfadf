package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** reprlib-style abbreviations, checked against CPython 3.11's reprlib.repr. */
class FormattingTest {
    static {
        Callbacks.init();
    }

    @Test
    void longStringsAreCutInTheMiddle() {
        assertEquals("'aaaaaaaaaaaa...aaaaaaaaaaaaa'", Formatting.shortRepr(new PyStr("a".repeat(40))));
        assertEquals("'short'", Formatting.shortRepr(new PyStr("short")));
    }

    @Test
    void longListsShowSixItems() {
        PyList l = new PyList();
        for (int i = 0; i < 10; i++) {
            l.append(PyInt.of(i));
        }
        assertEquals("[0, 1, 2, 3, 4, 5, ...]", Formatting.shortRepr(l));
    }

    @Test
    void bigIntsAreCut() {
        PyObject big = PyInt.of(java.math.BigInteger.TEN.pow(50));
        assertEquals("100000000000000000...0000000000000000000", Formatting.shortRepr(big));
    }

    @Test
    void callbacksAreNamedByQualname() {
        assertEquals("cb(1, 'x')", Formatting.callbackSource(Callbacks.of("cb", a -> { }), new PyObject[] {PyInt.of(1), new PyStr("x")}));
    }
}
