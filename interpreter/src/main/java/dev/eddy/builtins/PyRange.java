package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySlice;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;

/**
 * range(start, stop, step): an immutable arithmetic sequence with O(1) length, indexing and
 * membership of ints. Bounds are held as longs (a length beyond a long raises OverflowError).
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, (cls, a, kw) -> construct(a, kw));
    public static final PyType ITERATOR_TYPE = PyType.builtin("range_iterator", PyType.OBJECT, null);

    static {
        TYPE.def("index", (a, kw) -> {
            Args.checkMethod("index", a, kw, 1, 1);
            PyRange r = (PyRange) a[0];
            long i = r.indexOf(a[1]);
            if (i < 0) {
                throw Errors.valueError(a[1].repr().value + " is not in range");
            }
            return PyInt.of(i);
        });
        TYPE.def("count", (a, kw) -> {
            Args.checkMethod("count", a, kw, 1, 1);
            PyRange r = (PyRange) a[0];
            if (isExactInt(a[1])) {
                return PyInt.of(r.indexOf(a[1]) >= 0 ? 1 : 0);
            }
            long n = 0;
            for (long i = 0; i < r.length; i++) {
                if (Ops.eq(a[1], r.item(i))) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        TYPE.def("__len__", (a, kw) -> PyInt.of(((PyRange) a[0]).length));
        TYPE.def("__iter__", (a, kw) -> a[0].iter());
        TYPE.def("__reversed__", (a, kw) -> ((PyRange) a[0]).reversed());
        TYPE.def("__contains__", (a, kw) -> PyBool.of(a[0].contains(a[1])));
        TYPE.def("__getitem__", (a, kw) -> a[0].getItem(a[1]));
        Iters.install(ITERATOR_TYPE);
        ITERATOR_TYPE.def("__length_hint__", PyIterator::lengthHintMethod);
    }

    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("range() takes no keyword arguments");
        }
        switch (a.length) {
            case 1:
                return new PyRange(0, bound(a[0]), 1);
            case 2:
                return new PyRange(bound(a[0]), bound(a[1]), 1);
            case 3: {
                long start = bound(a[0]);
                long stop = bound(a[1]);
                long step = bound(a[2]);
                if (step == 0) {
                    throw Errors.valueError("range() arg 3 must not be zero");
                }
                return new PyRange(start, stop, step);
            }
            case 0:
                throw Errors.typeError("range expected at least 1 argument, got 0");
            default:
                throw Errors.typeError("range expected at most 3 arguments, got " + a.length);
        }
    }

    private static long bound(PyObject o) {
        if (o instanceof PyInt i && !i.isBig()) {
            return i.value;
        }
        return Ops.index(o, null).longValueExact();
    }

    private static long computeLength(long lo, long hi, long step) {
        if (step > 0 ? lo >= hi : lo <= hi) {
            return 0;
        }
        try {
            long span = step > 0 ? Math.subtractExact(hi, lo) : Math.subtractExact(lo, hi);
            long st = step > 0 ? step : -step;
            return (span - 1) / st + 1;
        } catch (ArithmeticException e) {
            BigInteger span = BigInteger.valueOf(hi).subtract(BigInteger.valueOf(lo)).abs();
            BigInteger n = span.subtract(BigInteger.ONE).divide(BigInteger.valueOf(step).abs()).add(BigInteger.ONE);
            if (n.bitLength() >= 64) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            return n.longValue();
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The i-th item, 0 <= i < length (no overflow: it lies between start and stop). */
    public PyInt item(long i) {
        return PyInt.of(start + i * step);
    }

    private static boolean isExactInt(PyObject o) {
        return o instanceof PyInt;
    }

    /** The position of int {@code o} in this range, or -1; other objects are compared by ==. */
    long indexOf(PyObject o) {
        if (o instanceof PyInt v) {
            if (v.isBig() || length == 0) {
                return -1;
            }
            long x = v.value;
            long last = start + (length - 1) * step;
            boolean inside = step > 0 ? x >= start && x <= last : x <= start && x >= last;
            if (!inside) {
                return -1;
            }
            long off = x - start;
            return off % step == 0 ? off / step : -1;
        }
        for (long i = 0; i < length; i++) {
            if (Ops.eq(o, item(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(PyObject item) {
        return indexOf(item) >= 0;
    }

    @Override
    public int len() {
        if (length > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Override
    public boolean isTrue() {
        return length != 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            if (length > Integer.MAX_VALUE) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            int[] r = sl.indices((int) length);
            long newStart = start + r[0] * step;
            long newStep = step * r[2];
            return new PyRange(newStart, start + r[1] * step, newStep);
        }
        PyInt idx = key.asIndexOrNull();
        if (idx == null) {
            throw Errors.typeError("range indices must be integers or slices, not " + key.type().name);
        }
        long i = idx.isBig() ? Long.MAX_VALUE : idx.value;
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("range object index out of range");
        }
        return item(i);
    }

    @Override
    public PyObject iter() {
        return new RangeIterator(start, step, length);
    }

    public PyObject reversed() {
        return new RangeIterator(start + (length - 1) * step, -step, length);
    }

    @Override
    public PyStr repr() {
        return new PyStr(step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyRange r) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(sameSequence(r) == (op == CompareOp.EQ));
    }

    private boolean sameSequence(PyRange r) {
        if (length != r.length) {
            return false;
        }
        if (length == 0) {
            return true;
        }
        return start == r.start && (length == 1 || step == r.step);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyRange r && sameSequence(r);
    }

    @Override
    public long hash() {
        PyObject[] t;
        if (length == 0) {
            t = new PyObject[] {PyInt.of(0), PyNone.NONE, PyNone.NONE};
        } else if (length == 1) {
            t = new PyObject[] {PyInt.of(1), PyInt.of(start), PyNone.NONE};
        } else {
            t = new PyObject[] {PyInt.of(length), PyInt.of(start), PyInt.of(step)};
        }
        return new PyTuple(t).hash();
    }

    @Override
    public int hashCode() {
        long h = hash();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "start": return PyInt.of(start);
            case "stop": return PyInt.of(stop);
            case "step": return PyInt.of(step);
            default: return super.lookupAttr(name);
        }
    }

    /** The iterator over a range: a counter, no boxing until an item is asked for. */
    static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        RangeIterator(long first, long step, long count) {
            this.next = first;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyType type() {
            return ITERATOR_TYPE;
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }

        @Override
        public int len() {
            return (int) Math.min(remaining, Integer.MAX_VALUE);
        }

        @Override
        public long lengthHint() {
            return remaining;
        }
    }
}
