package dev.eddy.runtime;

import static dev.eddy.runtime.Py.call;
import static dev.eddy.runtime.Py.eq;
import static dev.eddy.runtime.Py.kw;
import static dev.eddy.runtime.Py.raises;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** list, tuple, dict, set and bytes methods against CPython 3.11. */
class ContainerMethodsTest {

    private static PyList list(Object... items) {
        return (PyList) Py.v(List.of(items));
    }

    private static PyObject fn(PyBuiltinFunction.Body body) {
        return new PyBuiltinFunction("f", body);
    }

    @Test
    void listBasics() {
        PyList l = list(1, 2, 3);
        call(l, "append", 4);
        call(l, "insert", 0, 0);
        call(l, "insert", -1, 9);
        call(l, "insert", 100, 10);
        eq("[0, 1, 2, 3, 9, 4, 10]", l);
        eq("10", call(l, "pop"));
        eq("0", call(l, "pop", 0));
        call(l, "remove", 9);
        call(l, "extend", (Object) new Object[] {5, 6});
        eq("[1, 2, 3, 4, 5, 6]", l);
        eq("2", call(l, "index", 3));
        eq("4", call(l, "index", 5, -3));
        raises("ValueError: 5 is not in list", () -> call(l, "index", 5, 0, 3));
        raises("ValueError: list.remove(x): x not in list", () -> call(l, "remove", 42));
        raises("IndexError: pop index out of range", () -> call(l, "pop", 10));
        raises("IndexError: pop from empty list", () -> call(list(), "pop"));
        raises("TypeError: insert expected 2 arguments, got 1", () -> call(l, "insert", 1));
        raises("TypeError: list.append() takes exactly one argument (0 given)", () -> call(l, "append"));
        eq("1", call(l, "count", 1.0));
        call(l, "reverse");
        eq("[6, 5, 4, 3, 2, 1]", l);
        PyObject copy = call(l, "copy");
        call(l, "clear");
        eq("[]", l);
        eq("[6, 5, 4, 3, 2, 1]", copy);
        eq("[1, 2, 3, 4, 5, 6]", PyList.TYPE.call(call(copy, "__reversed__")));
        call(l, "extend", l);
        eq("[]", l);
    }

    @Test
    void sortIsStableAndReversesStably() {
        PyList l = list("b1", "a1", "b2", "a2", "c1", "a3");
        PyObject first = fn((a, kw) -> PyStr.of(((PyStr) a[0]).value.substring(0, 1)));
        call(l, "sort", kw("key", first));
        eq("['a1', 'a2', 'a3', 'b1', 'b2', 'c1']", l);
        l = list("b1", "a1", "b2", "a2", "c1", "a3");
        call(l, "sort", kw("key", first), kw("reverse", true));
        eq("['c1', 'b1', 'b2', 'a1', 'a2', 'a3']", l);
        l = list(3, 1.5, 2, true, -7);
        call(l, "sort");
        eq("[-7, True, 1.5, 2, 3]", l);
        raises("TypeError: '<' not supported between instances of 'str' and 'int'", () -> call(list(1, "a"), "sort"));
        raises("TypeError: sort() takes no positional arguments", () -> call(list(1), "sort", 1));
        PyList m = list(3, 2, 1);
        raises("ValueError: list modified during sort", () -> call(m, "sort", kw("key", fn((a, kw) -> {
            m.append(PyInt.of(0));
            return a[0];
        }))));
        eq("[1, 2, 3]", m);
    }

    @Test
    void sortMatchesAStableReference() {
        Random r = new Random(11);
        for (int n : new int[] {0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 1000, 5000}) {
            for (int pattern = 0; pattern < 4; pattern++) {
                List<long[]> ref = new ArrayList<>();
                PyList l = new PyList();
                for (int i = 0; i < n; i++) {
                    long k = pattern == 0 ? r.nextInt(10) : pattern == 1 ? i : pattern == 2 ? n - i : (i % 50 == 0 ? r.nextInt(100) : i);
                    ref.add(new long[] {k, i});
                    l.append(PyTuple.of(PyInt.of(k), PyInt.of(i)));
                }
                PyObject key = fn((a, kw) -> ((PyTuple) a[0]).items[0]);
                ref.sort((x, y) -> Long.compare(x[0], y[0]));
                ListMethods.sort(l, key, false);
                for (int i = 0; i < n; i++) {
                    assertEquals(ref.get(i)[1], ((PyInt) ((PyTuple) l.items[i]).items[1]).value, "n=" + n + " pattern=" + pattern);
                }
                ListMethods.sort(l, null, true);
                for (int i = 1; i < n; i++) {
                    assertEquals(true, Ops.compareBool(l.items[i], l.items[i - 1], CompareOp.LE));
                }
            }
        }
    }

    @Test
    void tupleMethods() {
        PyObject t = Py.v(new Object[] {1, 2, 1, "a"});
        eq("2", call(t, "count", 1));
        eq("2", call(t, "index", 1, 1));
        raises("ValueError: tuple.index(x): x not in tuple", () -> call(t, "index", 9));
    }

    private static PyDict dict() {
        PyDict d = new PyDict();
        d.put("a", PyInt.of(1));
        d.put("b", PyInt.of(2));
        return d;
    }

    @Test
    void dictMethods() {
        PyDict d = dict();
        eq("dict_keys(['a', 'b'])", call(d, "keys"));
        eq("dict_values([1, 2])", call(d, "values"));
        eq("dict_items([('a', 1), ('b', 2)])", call(d, "items"));
        eq("1", call(d, "get", "a"));
        eq("None", call(d, "get", "z"));
        eq("0", call(d, "get", "z", 0));
        raises("TypeError: unhashable type: 'list'", () -> call(d, "get", List.of()));
        raises("TypeError: get expected at least 1 argument, got 0", () -> call(d, "get"));
        eq("3", call(d, "setdefault", "c", 3));
        eq("3", call(d, "setdefault", "c", 4));
        eq("3", call(d, "pop", "c"));
        eq("'x'", call(d, "pop", "c", "x"));
        raises("KeyError: 'zz'", () -> call(d, "pop", "zz"));
        call(d, "update", List.of((Object) new Object[] {"c", 3}), kw("d", 4));
        eq("{'a': 1, 'b': 2, 'c': 3, 'd': 4}", d);
        eq("('d', 4)", call(d, "popitem"));
        raises("KeyError: 'popitem(): dictionary is empty'", () -> call(new PyDict(), "popitem"));
        raises("TypeError: cannot convert dictionary update sequence element #0 to a sequence", () -> call(d, "update", List.of(1)));
        raises("ValueError: dictionary update sequence element #0 has length 3; 2 is required",
                () -> call(d, "update", List.of((Object) new Object[] {1, 2, 3})));
        raises("TypeError: update expected at most 1 argument, got 2", () -> call(d, "update", new PyDict(), new PyDict()));
        PyObject c = call(d, "copy");
        call(d, "clear");
        eq("{}", d);
        eq("{'a': 1, 'b': 2, 'c': 3}", c);
        eq("{'a': 0, 'b': 0}", PyDict.TYPE.getAttr("fromkeys").call(new PyStr("ab"), PyInt.of(0)));
        eq("True", call(c, "__contains__", "a"));
        eq("['c', 'b', 'a']", PyList.TYPE.call(call(c, "__reversed__")));
    }

    @Test
    void dictViews() {
        PyDict d = dict();
        PyObject keys = call(d, "keys");
        PyObject items = call(d, "items");
        PySet ab = (PySet) PySet.TYPE.call(new PyStr("ab"));
        eq("{'a'}", Ops.binary(BinaryOp.AND, keys, PySet.TYPE.call(Py.v(List.of("a", "z")))));
        eq("{'a'}", Ops.binary(BinaryOp.AND, PySet.TYPE.call(Py.v(List.of("a", "z"))), keys));
        eq("{'b'}", Ops.binary(BinaryOp.SUB, keys, Py.v(List.of("a"))));
        eq("{'q'}", Ops.binary(BinaryOp.SUB, Py.v(List.of("a", "q")), keys));
        // the order of a set of strings follows string hashes (random under CPython): compare as sets
        eq("True", Ops.compare(Ops.binary(BinaryOp.OR, keys, Py.v(List.of("z"))), PySet.TYPE.call(new PyStr("abz")), CompareOp.EQ));
        eq("True", Ops.compare(keys, ab, CompareOp.EQ));
        eq("False", Ops.compare(keys, Py.v(List.of("a", "b")), CompareOp.EQ));
        eq("True", Ops.compare(keys, PySet.TYPE.call(new PyStr("abc")), CompareOp.LT));
        eq("False", Ops.compare(call(d, "values"), call(d, "values"), CompareOp.EQ));
        assertEquals(true, items.contains(Py.v(new Object[] {"a", 1})));
        assertEquals(false, items.contains(Py.v(new Object[] {"a", 2})));
        assertEquals(true, call(d, "values").contains(PyInt.of(2)));
        eq("True", call(keys, "isdisjoint", List.of("q")));
        d.put("c", PyInt.of(3));
        assertEquals(3, keys.len());
        raises("TypeError: unhashable type: 'dict_keys'", () -> keys.hash());
    }

    @Test
    void setMethods() {
        PyObject s = PySet.TYPE.call(Py.v(List.of(1, 2, 3)));
        PyObject f = PySet.FROZEN_TYPE.call(Py.v(List.of(1, 2)));
        eq("{1, 2, 3, 4, 5}", call(s, "union", List.of(4), (Object) new Object[] {5}));
        eq("{2}", call(s, "intersection", List.of(1, 2), List.of(2)));
        eq("{3}", call(s, "difference", List.of(1), List.of(2)));
        eq("{1, 2, 4}", call(s, "symmetric_difference", List.of(3, 4)));
        raises("TypeError: set.symmetric_difference() takes exactly one argument (2 given)",
                () -> call(s, "symmetric_difference", List.of(1), List.of(2)));
        eq("True", call(s, "issubset", List.of(1, 2, 3, 4)));
        eq("True", call(s, "issuperset", List.of(1)));
        eq("True", call(s, "isdisjoint", List.of(7)));
        eq("frozenset({1, 2, 3})", call(f, "union", List.of(3)));
        assertEquals(f, call(f, "copy"));
        raises("AttributeError: 'frozenset' object has no attribute 'add'", () -> call(f, "add", 1));
        call(s, "add", 9);
        call(s, "discard", 1);
        call(s, "remove", 2);
        raises("KeyError: 2", () -> call(s, "remove", 2));
        eq("{3, 9}", s);
        call(s, "update", List.of(1), List.of(4));
        call(s, "intersection_update", List.of(1, 3, 4, 9), List.of(3, 4, 9));
        call(s, "difference_update", List.of(9));
        call(s, "symmetric_difference_update", List.of(4, 5));
        eq("{3, 5}", s);
        eq("3", call(s, "pop"));
        call(s, "clear");
        raises("KeyError: 'pop from an empty set'", () -> call(s, "pop"));
        PyObject sf = PySet.TYPE.call(Py.v(List.of(f)));
        call(sf, "remove", PySet.TYPE.call(Py.v(List.of(1, 2))));
        eq("set()", sf);
    }

    @Test
    void bytesMethods() {
        eq("'\ufffd'", call(Py.b("\u00ff"), "decode", "utf-8", "replace"));
        eq("'ab'", call(Py.b("a\u00ffb"), "decode", "utf-8", "ignore"));
        eq("'\ufffda'", call(Py.b("\u00e2\u0082a"), "decode", "utf-8", "replace"));
        eq("'\ufffd\ufffd\ufffd'", call(Py.b("\u00ed\u00a0\u0080"), "decode", "utf-8", "replace"));
        eq("'\ufffd\ufffd\ufffd\ufffd'", call(Py.b("\u00f4\u0090\u0080\u0080"), "decode", "utf-8", "replace"));
        eq("'\uD83D\uDE00'", call(Py.b("\u00f0\u009f\u0098\u0080"), "decode"));
        eq("'a\\\\xe9'", call(Py.b("a\u00e9"), "decode", "utf-8", "backslashreplace"));
        eq("'a\\udce9'", call(Py.b("a\u00e9"), "decode", "utf-8", "surrogateescape"));
        raises("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", () -> call(Py.b("\u00ff"), "decode"));
        raises("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", () -> call(Py.b("\u00e2\u0082"), "decode"));
        raises("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", () -> call(Py.b("\u00e2\u0082a"), "decode"));
        raises("UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)", () -> call(Py.b("\u00e9"), "decode", "ascii"));
        eq("'\u00e9'", call(Py.b("\u00e9"), "decode", "latin-1"));
        eq("'deadbeef'", call(Py.b("\u00de\u00ad\u00be\u00ef"), "hex"));
        eq("'dead:beef'", call(Py.b("\u00de\u00ad\u00be\u00ef"), "hex", ":", 2));
        eq("'dead-beef-01'", call(Py.b("\u00de\u00ad\u00be\u00ef\u0001"), "hex", "-", -2));
        eq("b'\\xde\\xad\\xbe\\xef'", PyBytes.TYPE.getAttr("fromhex").call(new PyStr("de ad BE ef")));
        raises("ValueError: non-hexadecimal number found in fromhex() arg at position 3",
                () -> PyBytes.TYPE.getAttr("fromhex").call(new PyStr("dea")));
        eq("[b'a', b'b']", call(Py.b("  a b  "), "split"));
        eq("[b'a', b'b,,c']", call(Py.b("a,b,,c"), "split", Py.b(","), 1));
        eq("[b'a,b,', b'c']", call(Py.b("a,b,,c"), "rsplit", Py.b(","), 1));
        eq("[b'  a', b'b']", call(Py.b("  a  b "), "rsplit", null, 1));
        eq("b'a-b'", call(Py.b("-"), "join", List.of(Py.b("a"), Py.b("b"))));
        raises("TypeError: sequence item 0: expected a bytes-like object, str found", () -> call(Py.b(","), "join", List.of("a")));
        eq("b'a--bXc'", call(Py.b("aXbXc"), "replace", Py.b("X"), Py.b("--"), 1));
        eq("b'a'", call(Py.b("xxaxx"), "strip", Py.b("x")));
        eq("b'ABC'", call(Py.b("abc"), "upper"));
        eq("True", call(Py.b("abc"), "startswith", (Object) new Object[] {Py.b("x"), Py.b("a")}));
        eq("4", call(Py.b("abcabc"), "rfind", Py.b("b")));
        eq("1", call(Py.b("abc"), "find", 98));
        eq("4", call(Py.b("abc"), "count", Py.b("")));
        raises("ValueError: subsection not found", () -> call(Py.b("abc"), "index", Py.b("z")));
        raises("TypeError: argument should be integer or bytes-like object, not 'str'", () -> call(Py.b("abc"), "find", "a"));
        raises("TypeError: a bytes-like object is required, not 'str'", () -> call(Py.b("a"), "split", "a"));
        eq("b'\\xe9'", PyBytes.TYPE.call(new PyStr("\u00e9"), new PyStr("latin-1")));
        raises("TypeError: string argument without an encoding", () -> PyBytes.TYPE.call(new PyStr("abc")));
        raises("ValueError: negative count", () -> PyBytes.TYPE.call(PyInt.of(-1)));
        eq("'\u00e9'", PyStr.TYPE.call(Py.b("\u00c3\u00a9"), new PyStr("utf-8")));
    }
}
