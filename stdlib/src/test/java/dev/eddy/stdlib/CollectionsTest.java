package dev.eddy.stdlib;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import org.junit.jupiter.api.Test;

import static dev.eddy.stdlib.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollectionsTest {
    private static PyObject deque(PyObject... args) {
        return call("_collections", "deque", args);
    }

    @Test
    void dequeAppendsPopsAndRotates() {
        PyObject dq = deque(ints(1, 2, 3));
        Ops.callMethod(dq, "append", i(4));
        Ops.callMethod(dq, "appendleft", i(0));
        assertEquals("deque([0, 1, 2, 3, 4])", repr(dq));
        assertEquals("4 0", repr(Ops.callMethod(dq, "pop")) + " " + repr(Ops.callMethod(dq, "popleft")));
        Ops.callMethod(dq, "extend", ints(7, 8));
        Ops.callMethod(dq, "extendleft", ints(-1, -2));
        assertEquals("deque([-2, -1, 1, 2, 3, 7, 8])", repr(dq));
        Ops.callMethod(dq, "rotate", i(2));
        assertEquals("deque([7, 8, -2, -1, 1, 2, 3])", repr(dq));
        Ops.callMethod(dq, "rotate", i(-3));
        assertEquals("deque([-1, 1, 2, 3, 7, 8, -2])", repr(dq));
        assertEquals("3 1 5", repr(dq.getItem(i(3))) + " " + repr(Ops.callMethod(dq, "count", i(7))) + " " + repr(Ops.callMethod(dq, "index", i(8))));
        Ops.callMethod(dq, "remove", i(7));
        Ops.callMethod(dq, "reverse");
        assertEquals("deque([-2, 8, 3, 2, 1, -1])", repr(dq));
        assertTrue(dq.contains(i(8)));
        assertEquals("[-1, 1, 2, 3, 8, -2]", listRepr(Ops.callMethod(dq, "__reversed__")));
    }

    @Test
    void boundedDequeDropsFromTheOtherEnd() {
        PyObject bounded = callKw("_collections", "deque", new String[] {"maxlen"}, i(3));
        for (int k = 0; k < 6; k++) {
            Ops.callMethod(bounded, "append", i(k));
        }
        assertEquals("deque([3, 4, 5], maxlen=3)", repr(bounded));
        Ops.callMethod(bounded, "appendleft", i(99));
        assertEquals("deque([99, 3, 4], maxlen=3)", repr(bounded));
        assertEquals("3", repr(bounded.getAttr("maxlen")));
        assertEquals("deque([2, 3], maxlen=2)", repr(deque(ints(1, 2, 3), i(2))));
        raises(Exceptions.INDEX_ERROR, "deque already at its maximum size", () -> Ops.callMethod(deque(ints(1, 2), i(2)), "insert", i(0), i(3)));
    }

    @Test
    void dequeErrorsAndComparisons() {
        raises(Exceptions.INDEX_ERROR, "pop from an empty deque", () -> Ops.callMethod(deque(), "pop"));
        raises(Exceptions.INDEX_ERROR, "pop from an empty deque", () -> Ops.callMethod(deque(), "popleft"));
        raises(Exceptions.INDEX_ERROR, "deque index out of range", () -> deque(ints(1)).getItem(i(5)));
        raises(Exceptions.VALUE_ERROR, "5 is not in deque", () -> Ops.callMethod(deque(ints(1)), "remove", i(5)));
        raises(Exceptions.VALUE_ERROR, "maxlen must be non-negative", () -> deque(list(), i(-1)));
        raises(Exceptions.TYPE_ERROR, "sequence index must be integer, not 'str'", () -> deque(ints(1)).getItem(s("a")));
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'collections.deque'", () -> deque().hash());
        PyObject d = deque(ints(1, 2, 3));
        raises(Exceptions.RUNTIME_ERROR, "deque mutated during iteration", () -> {
            PyObject it = d.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                Ops.callMethod(d, "append", i(1));
            }
        });
        assertTrue(Ops.eq(deque(ints(1)), deque(ints(1), i(5))));
        assertFalse(Ops.eq(deque(ints(1, 2)), ints(1, 2)));
        assertTrue(Ops.lt(deque(ints(1, 2)), deque(ints(1, 3))));
        assertEquals("deque([1, 2, 3])", repr(Ops.binary(BinaryOp.ADD, deque(ints(1, 2)), deque(ints(3)))));
        assertEquals("deque([1, 2, 1, 2])", repr(Ops.binary(BinaryOp.MUL, deque(ints(1, 2)), i(2))));
    }

    @Test
    void defaultdictFillsMissingKeys() {
        PyObject dd = call("_collections", "defaultdict", PyList.TYPE);
        ((PyList) dd.getItem(s("a"))).append(i(1));
        assertEquals("defaultdict(<class 'list'>, {'a': [1]})", repr(dd));
        assertFalse(dd.contains(s("z")));
        assertEquals("[]", repr(dd.getItem(s("z"))));
        assertTrue(dd.contains(s("z")));
        assertEquals("None", repr(Ops.callMethod(dd, "get", s("q"))));
        assertEquals(PyList.TYPE, dd.getAttr("default_factory"));
        PyObject plain = call("_collections", "defaultdict");
        assertEquals("defaultdict(None, {})", repr(plain));
        raises(Exceptions.KEY_ERROR, "'missing'", () -> plain.getItem(s("missing")));
        raises(Exceptions.TYPE_ERROR, "first argument must be callable or None", () -> call("_collections", "defaultdict", i(1)));
        PyObject counts = call("_collections", "defaultdict", dev.eddy.runtime.PyInt.TYPE);
        for (char c : "hello".toCharArray()) {
            PyStr k = s(String.valueOf(c));
            counts.setItem(k, Ops.add(counts.getItem(k), i(1)));
        }
        assertEquals("defaultdict(<class 'int'>, {'h': 1, 'e': 1, 'l': 2, 'o': 1})", repr(counts));
        assertEquals("{'h': 1, 'e': 1, 'l': 2, 'o': 1}", repr(dev.eddy.runtime.PyDict.TYPE.call(counts)));
    }

    @Test
    void countElementsCountsIntoAnyMapping() {
        PyObject counts = dev.eddy.runtime.PyDict.TYPE.call();
        call("_collections", "_count_elements", counts, s("abracadabra"));
        assertEquals("{'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}", repr(counts));
        PyObject dd = call("_collections", "defaultdict", dev.eddy.runtime.PyInt.TYPE);
        call("_collections", "_count_elements", dd, ints(1, 1, 2));
        assertEquals("defaultdict(<class 'int'>, {1: 2, 2: 1})", repr(dd));
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call("_collections", "_count_elements", counts, i(3)));
    }

    @Test
    void tuplegetterReadsOneItem() {
        PyObject getter = call("_collections", "_tuplegetter", i(1), s("Alias for field number 1"));
        assertEquals("_tuplegetter", getter.type().name);
        assertEquals("5", repr(Ops.callMethod(getter, "__get__", tuple(i(4), i(5)))));
        assertEquals("'Alias for field number 1'", repr(getter.getAttr("__doc__")));
        raises(Exceptions.INDEX_ERROR, "tuple index out of range", () -> Ops.callMethod(getter, "__get__", tuple(i(4))));
        raises(Exceptions.TYPE_ERROR, "descriptor for index '1' for tuple subclasses doesn't apply to 'int' object",
                () -> Ops.callMethod(getter, "__get__", i(4)));
        raises(Exceptions.ATTRIBUTE_ERROR, "can't set attribute", () -> Ops.callMethod(getter, "__set__", tuple(i(4)), i(1)));
    }

    @Test
    void orderedDictMovesAndPops() {
        PyObject od = call("_collections", "OrderedDict");
        od.setItem(s("b"), i(1));
        od.setItem(s("a"), i(2));
        od.setItem(s("c"), i(3));
        Ops.callMethod(od, "move_to_end", s("b"));
        assertEquals("OrderedDict([('a', 2), ('c', 3), ('b', 1)])", repr(od));
        od.getAttr("move_to_end").call(new PyObject[] {s("b"), dev.eddy.runtime.PyBool.FALSE}, new String[] {"last"});
        assertEquals("('c', 3)", repr(Ops.callMethod(od, "popitem")));
        assertEquals("('b', 1)", repr(od.getAttr("popitem").call(new PyObject[] {dev.eddy.runtime.PyBool.FALSE}, new String[] {"last"})));
        assertEquals("OrderedDict([('a', 2)])", repr(od));
        assertEquals("OrderedDict()", repr(call("_collections", "OrderedDict")));
        raises(Exceptions.KEY_ERROR, "'dictionary is empty'", () -> Ops.callMethod(call("_collections", "OrderedDict"), "popitem"));
    }
}
