package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;

/** The _bisect module under CPython's bisect.py. */
public final class BisectModule implements ModuleProvider {
    private static final String[] PARAMS = {"a", "x", "lo", "hi", "key"};

    @Override
    public String name() {
        return "_bisect";
    }

    /** The insertion point of x in sorted a[lo:hi]: before equal items when left, after them otherwise. */
    static long bisect(PyObject a, PyObject x, PyObject loArg, PyObject hiArg, PyObject key, boolean left) {
        long lo = loArg == null ? 0 : Ops.index(loArg, null).longValueExact();
        if (lo < 0) {
            throw Errors.valueError("lo must be non-negative");
        }
        long hi = hiArg == null || hiArg == PyNone.NONE ? a.len() : Ops.index(hiArg, null).longValueExact();
        boolean useKey = key != null && key != PyNone.NONE;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject v = a instanceof PyList l && mid < l.size ? l.items[(int) mid] : a.getItem(PyInt.of(mid));
            if (useKey) {
                v = key.call(v);
            }
            if (left ? Ops.lt(v, x) : !Ops.lt(x, v)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void bisector(PyModule m, String name, boolean left) {
        Mod.def(m, name, (a, kw) -> {
            PyObject[] p = Args.bind(name, a, kw, PARAMS, 2);
            return PyInt.of(bisect(p[0], p[1], p[2], p[3], p[4], left));
        });
    }

    private static void insorter(PyModule m, String name, boolean left) {
        Mod.def(m, name, (a, kw) -> {
            PyObject[] p = Args.bind(name, a, kw, PARAMS, 2);
            PyObject key = p[4] == null || p[4] == PyNone.NONE ? null : p[4];
            long i = bisect(p[0], key == null ? p[1] : key.call(p[1]), p[2], p[3], key, left);
            if (p[0] instanceof PyList l) {
                l.insert((int) i, p[1]);
            } else {
                Ops.callMethod(p[0], "insert", PyInt.of(i), p[1]);
            }
            return PyNone.NONE;
        });
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_bisect");
        bisector(m, "bisect_left", true);
        bisector(m, "bisect_right", false);
        insorter(m, "insort_left", true);
        insorter(m, "insort_right", false);
        m.set("bisect", m.get("bisect_right"));
        m.set("insort", m.get("insort_right"));
        return m;
    }
}
