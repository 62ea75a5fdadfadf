package dev.eddy.stdlib;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import org.junit.jupiter.api.Test;

import static dev.eddy.stdlib.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    private static PyDict sample() {
        PyDict d = new PyDict();
        d.put(s("a"), list(i(1), f(2.5), PyNone.NONE, PyBool.TRUE));
        d.put(s("b"), s("\u00e9\"\n"));
        d.put(i(3), s("x"));
        d.put(PyNone.NONE, i(1));
        d.put(f(1.5), i(2));
        return d;
    }

    @Test
    void dumpsMatchesCPythonLayout() {
        assertEquals("{\"a\": [1, 2.5, null, true], \"b\": \"\\u00e9\\\"\\n\", \"3\": \"x\", \"null\": 1, \"1.5\": 2}", call("json", "dumps", sample()).toString());
        PyDict nested = new PyDict();
        PyDict inner = new PyDict();
        inner.put(s("b"), list());
        nested.put(s("a"), list(i(1), inner));
        nested.put(s("c"), new PyDict());
        assertEquals("{\n  \"a\": [\n    1,\n    {\n      \"b\": []\n    }\n  ],\n  \"c\": {}\n}",
                callKw("json", "dumps", new String[] {"indent"}, nested, i(2)).toString());
        PyDict ba = new PyDict();
        ba.put(s("b"), i(1));
        ba.put(s("a"), i(2));
        assertEquals("{\"a\":2,\"b\":1}", callKw("json", "dumps", new String[] {"sort_keys", "separators"}, ba, PyBool.TRUE, tuple(s(","), s(":"))).toString());
        assertEquals("\"\\ud83d\\ude00\" \"\u00e9\" NaN [1, 2]", call("json", "dumps", s("\ud83d\ude00")) + " "
                + callKw("json", "dumps", new String[] {"ensure_ascii"}, s("\u00e9"), PyBool.FALSE) + " "
                + call("json", "dumps", f(Double.NaN)) + " " + call("json", "dumps", tuple(i(1), i(2))));
        raises(Exceptions.TYPE_ERROR, "Object of type set is not JSON serializable", () -> call("json", "dumps", dev.eddy.runtime.PySet.TYPE.call()));
        PyDict tupleKey = new PyDict();
        tupleKey.put(tuple(i(1)), i(2));
        raises(Exceptions.TYPE_ERROR, "keys must be str, int, float, bool or None, not tuple", () -> call("json", "dumps", tupleKey));
        PyList loop = new PyList();
        loop.append(loop);
        raises(Exceptions.VALUE_ERROR, "Circular reference detected", () -> call("json", "dumps", loop));
    }

    @Test
    void loadsParsesAndReportsPositions() {
        assertEquals("{'a': [1, 2.5, -300.0, None, True, False, 'x\u00e9\\n']}",
                repr(call("json", "loads", s("{\"a\": [1, 2.5, -3e2, null, true, false, \"x\\u00e9\\n\"]}"))));
        assertEquals("12345678901234567890 nan 0", repr(call("json", "loads", s("12345678901234567890"))) + " "
                + repr(call("json", "loads", s("NaN"))) + " " + repr(call("json", "loads", s("-0"))));
        String[][] bad = {
            {"", "Expecting value: line 1 column 1 (char 0)"},
            {"{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
            {"{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)"},
            {"[1,]", "Expecting value: line 1 column 4 (char 3)"},
            {"[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"},
            {"\"abc", "Unterminated string starting at: line 1 column 1 (char 0)"},
            {"1 2", "Extra data: line 1 column 3 (char 2)"},
            {"tru", "Expecting value: line 1 column 1 (char 0)"},
            {"\"\\q\"", "Invalid \\escape: line 1 column 2 (char 1)"},
            {"{\"a\":1,}", "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"},
            {"[\n1,\n]", "Expecting value: line 3 column 1 (char 5)"},
        };
        for (String[] b : bad) {
            raises(JsonModule.DECODE_ERROR, b[1], () -> call("json", "loads", s(b[0])));
        }
        PyObject err = null;
        try {
            call("json", "loads", s("[1 2]"));
        } catch (dev.eddy.runtime.PyException e) {
            err = e.value;
        }
        assertEquals("3 1 4", repr(err.getAttr("pos")) + " " + repr(err.getAttr("lineno")) + " " + repr(err.getAttr("colno")));
        assertEquals("True", repr(builtin("isinstance", err, Exceptions.VALUE_ERROR)));
    }
}
