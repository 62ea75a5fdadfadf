package dev.eddy.builtins;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ListMethods;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;

/** sum, min, max, any, all, sorted: builtins that consume an iterable. */
public final class Reductions {
    private Reductions() {
    }

    /** sum(iterable, /, start=0), with CPython's int and float fast paths. */
    public static PyObject sum(PyObject[] a, String[] kw) {
        int npos = Kw.npos(a, kw);
        PyObject start = Kw.only("sum", a, kw, "start")[0];
        if (npos == 0) {
            throw Errors.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (npos > 2 || (npos == 2 && start != null)) {
            throw Errors.typeError("sum() takes at most 2 arguments (" + a.length + " given)");
        }
        if (npos == 2) {
            start = a[1];
        }
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start != null && start.type().name.equals("bytearray")) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        return sum(a[0], start == null ? PyInt.of(0) : start);
    }

    public static PyObject sum(PyObject iterable, PyObject start) {
        PyObject it = iterable.iter();
        PyObject result = start;
        if (result.getClass() == PyInt.class && !((PyInt) result).isBig()) {
            long acc = ((PyInt) result).value;
            while (true) {
                PyObject x = it.next();
                if (x == null) {
                    return PyInt.of(acc);
                }
                if (x instanceof PyInt xi && !xi.isBig()) {
                    long v = xi.value;
                    long s = acc + v;
                    if (((acc ^ s) & (v ^ s)) < 0) {
                        result = PyInt.add(PyInt.of(acc), xi);
                        break;
                    }
                    acc = s;
                } else if (x instanceof PyFloat f) {
                    result = new PyFloat((double) acc + f.value);
                    break;
                } else {
                    result = Ops.add(PyInt.of(acc), x);
                    break;
                }
            }
        }
        if (result instanceof PyFloat rf) {
            double acc = rf.value;
            while (true) {
                PyObject x = it.next();
                if (x == null) {
                    return new PyFloat(acc);
                }
                if (x instanceof PyFloat f) {
                    acc += f.value;
                } else if (x instanceof PyInt xi && !xi.isBig()) {
                    acc += (double) xi.value;
                } else {
                    result = Ops.add(new PyFloat(acc), x);
                    break;
                }
            }
        }
        for (PyObject x = it.next(); x != null; x = it.next()) {
            result = Ops.binary(BinaryOp.ADD, result, x);
        }
        return result;
    }

    public static PyObject min(PyObject[] a, String[] kw) {
        return minmax(a, kw, false);
    }

    public static PyObject max(PyObject[] a, String[] kw) {
        return minmax(a, kw, true);
    }

    private static PyObject minmax(PyObject[] a, String[] kw, boolean isMax) {
        String name = isMax ? "max" : "min";
        int npos = Kw.npos(a, kw);
        PyObject key = null;
        PyObject dflt = null;
        if (kw != null) {
            PyObject[] k = Kw.only(name, a, kw, "key", "default");
            key = k[0] == PyNone.NONE ? null : k[0];
            dflt = k[1];
        }
        if (npos == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (npos > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        CompareOp op = isMax ? CompareOp.GT : CompareOp.LT;
        PyObject best = null;
        PyObject bestKey = null;
        if (npos == 1) {
            PyObject it = a[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                PyObject k = key == null ? x : key.call(new PyObject[] {x}, null);
                if (best == null || better(k, bestKey, op)) {
                    best = x;
                    bestKey = k;
                }
            }
        } else {
            for (int i = 0; i < npos; i++) {
                PyObject x = a[i];
                PyObject k = key == null ? x : key.call(new PyObject[] {x}, null);
                if (best == null || better(k, bestKey, op)) {
                    best = x;
                    bestKey = k;
                }
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static boolean better(PyObject x, PyObject best, CompareOp op) {
        if (x instanceof PyInt i && best instanceof PyInt j) {
            return op.test(i.compareTo(j));
        }
        if (x instanceof PyFloat f && best instanceof PyFloat g) {
            return op == CompareOp.GT ? f.value > g.value : f.value < g.value;
        }
        if (x instanceof PyStr s && best instanceof PyStr t) {
            return op.test(s.compareTo(t));
        }
        return Ops.compare(x, best, op).isTrue();
    }

    public static PyObject any(PyObject iterable) {
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x.isTrue()) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    public static PyObject all(PyObject iterable) {
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (!x.isTrue()) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    /** sorted(iterable, /, *, key=None, reverse=False). */
    public static PyObject sorted(PyObject[] a, String[] kw) {
        int npos = Kw.npos(a, kw);
        if (npos != 1) {
            throw Errors.typeError("sorted expected 1 argument, got " + npos);
        }
        PyObject key = null;
        boolean reverse = false;
        if (kw != null) {
            PyObject[] k = Kw.only("sort", a, kw, "key", "reverse");
            key = k[0];
            reverse = k[1] != null && Ops.index(k[1], null).signum() != 0;
        }
        PyObject src = a[0];
        PyObject[] items;
        if (src instanceof PyList l && l.iteratesOwnItems()) {
            items = l.toArray();
        } else if (src instanceof PyTuple t && t.iteratesOwnItems()) {
            items = t.items.clone();
        } else {
            items = Ops.toArray(src);
        }
        PyList out = new PyList(items);
        ListMethods.sort(out, key, reverse);
        return out;
    }
}
