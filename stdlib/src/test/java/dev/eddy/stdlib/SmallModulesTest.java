package dev.eddy.stdlib;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ThreadState;
import org.junit.jupiter.api.Test;

import static dev.eddy.stdlib.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallModulesTest {
    @Test
    void heapqKeepsCPythonsLayout() {
        PyList h = new PyList();
        for (PyObject v : new PyObject[] {tuple(i(3), s("c")), tuple(i(1), s("a")), tuple(i(2), s("b")), tuple(i(1), s("z"))}) {
            call("_heapq", "heappush", h, v);
        }
        assertEquals("[(1, 'a'), (1, 'z'), (2, 'b'), (3, 'c')]", repr(h));
        assertEquals("(1, 'a')", repr(call("_heapq", "heappop", h)));
        assertEquals("[(1, 'z'), (3, 'c'), (2, 'b')]", repr(h));
        PyList l = ints(5, 1, 8, 3, 9, 2);
        call("_heapq", "heapify", l);
        assertEquals("[1, 3, 2, 5, 9, 8]", repr(l));
        assertEquals("1 [2, 3, 4, 5, 9, 8]", repr(call("_heapq", "heappushpop", l, i(4))) + " " + repr(l));
        assertEquals("2 [0, 3, 4, 5, 9, 8]", repr(call("_heapq", "heapreplace", l, i(0))) + " " + repr(l));
        assertEquals("[1, 2, 3, 4, 5, 6, 7, 9]", listRepr(call("_heapq", "merge", ints(1, 4, 7), ints(2, 5), ints(3, 6, 9))));
        assertEquals("[9, 5] [1, 3]", repr(call("_heapq", "nlargest", i(2), ints(5, 1, 9))) + " " + repr(call("_heapq", "nsmallest", i(2), ints(5, 1, 3))));
        raises(Exceptions.INDEX_ERROR, "index out of range", () -> call("_heapq", "heappop", new PyList()));
        raises(Exceptions.TYPE_ERROR, "heap argument must be a list", () -> call("_heapq", "heappush", tuple(), i(1)));
    }

    @Test
    void bisectAndInsort() {
        PyList sl = ints(1, 2, 2, 4);
        assertEquals("1 3 3 2", repr(call("_bisect", "bisect_left", sl, i(2))) + " " + repr(call("_bisect", "bisect_right", sl, i(2)))
                + " " + repr(call("_bisect", "bisect", sl, i(2))) + " " + repr(callKw("_bisect", "bisect_left", new String[] {"lo"}, sl, i(2), i(2))));
        call("_bisect", "insort", sl, i(3));
        assertEquals("[1, 2, 2, 3, 4]", repr(sl));
        PyObject first = new PyBuiltinFunction("first", (a, kw) -> ((PyTuple) a[0]).items[0]);
        assertEquals("1", repr(callKw("_bisect", "bisect_right", new String[] {"key"}, list(tuple(i(1), s("a")), tuple(i(3), s("b"))), i(2), first)));
        raises(Exceptions.VALUE_ERROR, "lo must be non-negative", () -> call("_bisect", "bisect_left", sl, i(1), i(-1)));
    }

    @Test
    void copyAndDeepcopy() {
        PyList inner = ints(1);
        PyList outer = list(inner, i(2), tuple(inner));
        PyList shallow = (PyList) call("copy", "copy", outer);
        PyList deep = (PyList) call("copy", "deepcopy", outer);
        assertSame(inner, shallow.items[0]);
        assertNotSame(inner, deep.items[0]);
        assertSame(deep.items[0], ((PyTuple) deep.items[2]).items[0]);
        assertEquals("[[1], 2, ([1],)]", repr(deep));
        PyObject obj = holder();
        PyObject cls = new PyType("Thing", new PyType[] {PyType.OBJECT}, null, false);
        PyObject thing = cls.call();
        thing.setAttr("items", ints(1, 2));
        PyObject copy = call("copy", "deepcopy", thing);
        assertSame(cls, copy.type());
        assertNotSame(thing.getAttr("items"), copy.getAttr("items"));
        assertEquals("[1, 2]", repr(copy.getAttr("items")));
        assertSame(obj.type(), call("copy", "copy", obj).type());
        PyObject dq = call("_collections", "deque", ints(1, 2));
        assertEquals("deque([1, 2])", repr(call("copy", "deepcopy", dq)));
    }

    @Test
    void operatorFunctions() {
        assertEquals("6", repr(call("_operator", "itemgetter", i(1)).call(ints(5, 6))));
        assertEquals("(6, 5)", repr(call("_operator", "itemgetter", i(1), i(0)).call(ints(5, 6))));
        assertEquals("operator.itemgetter(1, 0)", repr(call("_operator", "itemgetter", i(1), i(0))));
        assertEquals("(3, 0)", repr(call("_operator", "attrgetter", s("real"), s("imag")).call(i(3))));
        assertEquals("-4 -5 True 3", repr(call("_operator", "floordiv", i(-7), i(2))) + " " + repr(call("_operator", "neg", i(5)))
                + " " + repr(call("_operator", "not_", i(0))) + " " + repr(call("_operator", "add", i(1), i(2))));
        assertEquals("operator.methodcaller('split', ',')", repr(call("_operator", "methodcaller", s("split"), s(","))));
    }

    @Test
    void sysBasics() {
        PyObject vi = attr("sys", "version_info");
        assertEquals("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)", repr(vi));
        assertTrue(Ops.compare(vi, tuple(i(3), i(11)), dev.eddy.runtime.CompareOp.GE).isTrue());
        assertTrue(Ops.compare(tuple(i(3), i(10)), vi, dev.eddy.runtime.CompareOp.LT).isTrue());
        assertEquals("3 3", repr(vi.getAttr("major")) + " " + repr(vi.getItem(i(0))));
        assertTrue(attr("sys", "version").toString().startsWith("3.11"));
        raises(Exceptions.SYSTEM_EXIT, "5", () -> call("sys", "exit", i(5)));
        int old = ThreadState.current().recursionLimit;
        call("sys", "setrecursionlimit", i(2000));
        assertEquals("2000", repr(call("sys", "getrecursionlimit")));
        ThreadState.current().interp.setRecursionLimit(old);
        raises(Exceptions.VALUE_ERROR, "recursion limit must be greater or equal than 1", () -> call("sys", "setrecursionlimit", i(0)));
        assertEquals("(None, None, None)", repr(call("sys", "exc_info")));
        assertTrue(attr("sys", "modules").contains(s("sys")));
    }

    @Test
    void warningsFiltersAndRecording() {
        PyObject cw = callKw("warnings", "catch_warnings", new String[] {"record"}, dev.eddy.runtime.PyBool.TRUE);
        PyList recorded = (PyList) Ops.callMethod(cw, "__enter__");
        call("warnings", "simplefilter", s("always"));
        call("warnings", "warn", s("x"));
        call("warnings", "warn", s("y"), Exceptions.DEPRECATION_WARNING);
        call("warnings", "simplefilter", s("error"));
        raises(Exceptions.USER_WARNING, "boom", () -> call("warnings", "warn", s("boom")));
        Ops.callMethod(cw, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
        assertEquals(2, recorded.size);
        PyObject w = recorded.items[0];
        assertEquals("<class 'UserWarning'> x", repr(w.getAttr("category")) + " " + w.getAttr("message").str().value);
        raises(Exceptions.TYPE_ERROR, "category must be a Warning subclass, not 'int'", () -> call("warnings", "warn", s("z"), i(1)));
    }

    @Test
    void timeClocksAndSleep() {
        double t1 = ((dev.eddy.runtime.PyFloat) call("time", "perf_counter")).value;
        call("time", "sleep", f(0.02));
        double t2 = ((dev.eddy.runtime.PyFloat) call("time", "perf_counter")).value;
        assertTrue(t2 - t1 >= 0.019);
        assertTrue(((dev.eddy.runtime.PyFloat) call("time", "time")).value > 1_600_000_000);
        raises(Exceptions.VALUE_ERROR, "sleep length must be non-negative", () -> call("time", "sleep", i(-1)));
        assertEquals("None", repr(call("time", "sleep", i(0))));
    }
}
