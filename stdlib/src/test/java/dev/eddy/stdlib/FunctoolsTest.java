package dev.eddy.stdlib;

import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import org.junit.jupiter.api.Test;

import static dev.eddy.stdlib.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctoolsTest {
    private static final PyObject ADD = new PyBuiltinFunction("add", (a, kw) -> Ops.add(a[0], a[1]));

    @Test
    void partialFillsArgumentsAndFlattens() {
        PyObject pow = Py.B.get("pow");
        PyObject square = callKw("functools", "partial", new String[] {"exp"}, pow, i(2));
        assertEquals("49", repr(square.call(i(7))));
        assertEquals("4", repr(square.call(new PyObject[] {i(7), i(5)}, new String[] {"mod"})));
        PyObject twoTo = call("functools", "partial", pow, i(2));
        assertEquals("1024", repr(twoTo.call(i(10))));
        assertEquals("32", repr(twoTo.call(new PyObject[] {i(5)}, new String[] {"exp"})));
        assertEquals("functools.partial(<built-in function pow>, 2)", repr(twoTo));
        PyObject nested = callKw("functools", "partial", new String[] {"mod"}, square, i(5));
        assertSame(pow, nested.getAttr("func"));
        assertEquals("() {'exp': 2, 'mod': 5}", repr(nested.getAttr("args")) + " " + repr(nested.getAttr("keywords")));
        assertEquals("functools.partial(<built-in function pow>, exp=2, mod=5)", repr(nested));
        assertEquals("True", repr(Py.B.get("callable").call(twoTo)));
        raises(Exceptions.TYPE_ERROR, "type 'partial' takes at least one argument", () -> call("functools", "partial"));
        raises(Exceptions.TYPE_ERROR, "the first argument must be callable", () -> call("functools", "partial", i(1)));
    }

    @Test
    void reduceWithAndWithoutInitial() {
        assertEquals("10", repr(call("functools", "reduce", ADD, ints(1, 2, 3, 4))));
        assertEquals("42", repr(call("functools", "reduce", ADD, ints(42))));
        assertEquals("'initial'", repr(call("functools", "reduce", ADD, list(), s("initial"))));
        raises(Exceptions.TYPE_ERROR, "reduce() of empty iterable with no initial value", () -> call("functools", "reduce", ADD, list()));
        raises(Exceptions.TYPE_ERROR, "reduce() arg 2 must support iteration", () -> call("functools", "reduce", ADD, i(1)));
        raises(Exceptions.TYPE_ERROR, "reduce expected at least 2 arguments, got 1", () -> call("functools", "reduce", ADD));
    }

    @Test
    void lruCacheEvictsTheLeastRecentlyUsed() {
        PyList calls = new PyList();
        PyObject ident = new PyBuiltinFunction("ident", (a, kw) -> {
            calls.append(a[0]);
            return a[0];
        });
        PyObject cached = callKw("functools", "lru_cache", new String[] {"maxsize"}, i(2)).call(ident);
        for (long x : new long[] {1, 2, 1, 3, 1, 2}) {
            cached.call(i(x));
        }
        assertEquals("[1, 2, 3, 2]", repr(calls));
        PyObject info = Ops.callMethod(cached, "cache_info");
        assertEquals("CacheInfo(hits=2, misses=4, maxsize=2, currsize=2)", repr(info));
        assertEquals("2", repr(info.getAttr("hits")));
        assertEquals("'ident'", repr(cached.getAttr("__name__")));
        assertSame(ident, cached.getAttr("__wrapped__"));
        Ops.callMethod(cached, "cache_clear");
        assertEquals("0", repr(Ops.callMethod(cached, "cache_info").getAttr("currsize")));
        PyObject unbounded = call("functools", "cache", ident);
        unbounded.call(s("a"));
        unbounded.call(s("a"));
        assertEquals("CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)", repr(Ops.callMethod(unbounded, "cache_info")));
        raises(Exceptions.TYPE_ERROR, "unhashable type: 'list'", () -> unbounded.call(list()));
    }

    @Test
    void cmpToKeyAndTotalOrdering() {
        PyObject byLength = new PyBuiltinFunction("cmp", (a, kw) -> PyInt.of(a[0].len() - a[1].len()));
        PyObject key = call("functools", "cmp_to_key", byLength);
        PyList words = list(s("ccc"), s("a"), s("bb"));
        assertEquals("['a', 'bb', 'ccc']", repr(Py.B.get("sorted").call(new PyObject[] {words, key}, new String[] {"key"})));
        PyType cls = new PyType("A", new PyType[] {PyType.OBJECT}, null, false);
        cls.dict.put("__lt__", new PyBuiltinFunction("__lt__", (a, kw) -> PyBool.of(Ops.lt(a[0].getAttr("v"), a[1].getAttr("v"))), true, cls));
        cls.dict.put("__eq__", new PyBuiltinFunction("__eq__", (a, kw) -> PyBool.of(Ops.eq(a[0].getAttr("v"), a[1].getAttr("v"))), true, cls));
        call("functools", "total_ordering", cls);
        PyObject one = cls.call();
        one.setAttr("v", i(1));
        PyObject two = cls.call();
        two.setAttr("v", i(2));
        assertEquals("True False True", repr(Ops.callMethod(one, "__le__", two)) + " " + repr(Ops.callMethod(one, "__gt__", two))
                + " " + repr(Ops.callMethod(two, "__ge__", one)));
        raises(Exceptions.VALUE_ERROR, "must define at least one ordering operation: < > <= >=",
                () -> call("functools", "total_ordering", new PyType("B", new PyType[] {PyType.OBJECT}, null, false)));
        assertTrue(CompareOp.LT.test(-1));
    }

    @Test
    void wrapsCopiesMetadata() {
        PyObject wrapped = new PyBuiltinFunction("area", (a, kw) -> i(0));
        PyObject wrapper = holder();
        PyObject decorator = call("functools", "wraps", wrapped);
        assertSame(wrapper, decorator.call(wrapper));
        assertEquals("'area'", repr(wrapper.getAttr("__name__")));
        assertSame(wrapped, wrapper.getAttr("__wrapped__"));
        assertEquals(PyStr.class, wrapper.getAttr("__qualname__").getClass());
    }
}
