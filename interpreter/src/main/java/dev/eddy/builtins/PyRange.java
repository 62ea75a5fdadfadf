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
import dev.eddy.runtime.Reduce;

import java.math.BigInteger;

/**
 * range(start, stop, step): an immutable arithmetic sequence with O(1) length, indexing and
 * membership of ints. Bounds and length that fit a long are held as longs (the fast path every
 * {@code for i in range(n)} takes); a range with any of them past 64 bits keeps them all as
 * BigIntegers in {@link #wide}, and its iterator is CPython's {@code longrange_iterator}.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, (cls, a, kw) -> construct(a, kw)).notAcceptableBase();
    public static final PyType ITERATOR_TYPE = PyType.builtin("range_iterator", PyType.OBJECT, null);
    public static final PyType LONG_ITERATOR_TYPE = PyType.builtin("longrange_iterator", PyType.OBJECT, null);

    static {
        TYPE.def("index", (a, kw) -> {
            Args.checkMethod("index", a, kw, 1, 1);
            PyRange r = (PyRange) a[0];
            BigInteger i = r.positionOf(a[1]);
            if (i == null) {
                throw Errors.valueError(a[1].repr().value + " is not in range");
            }
            return PyInt.of(i);
        });
        TYPE.def("count", (a, kw) -> {
            Args.checkMethod("count", a, kw, 1, 1);
            PyRange r = (PyRange) a[0];
            if (a[1] instanceof PyInt) {
                return PyInt.of(r.positionOf(a[1]) != null ? 1 : 0);
            }
            long n = 0;
            PyIterator it = r.iterator();
            for (PyObject v = it.next(); v != null; v = it.next()) {
                if (Ops.eq(a[1], v)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        TYPE.def("__len__", (a, kw) -> PyInt.of(((PyRange) a[0]).lengthAsSsize()));
        TYPE.def("__iter__", (a, kw) -> a[0].iter());
        TYPE.def("__reversed__", (a, kw) -> ((PyRange) a[0]).reversed());
        TYPE.def("__contains__", (a, kw) -> PyBool.of(a[0].contains(a[1])));
        TYPE.def("__getitem__", (a, kw) -> a[0].getItem(a[1]));
        TYPE.def("__bool__", (a, kw) -> PyBool.of(a[0].isTrue()));
        // pickle and copy: range(start, stop, step)
        TYPE.def("__reduce__", (a, kw) -> new PyTuple(new PyObject[] {TYPE,
            new PyTuple(new PyObject[] {a[0].getAttr("start"), a[0].getAttr("stop"), a[0].getAttr("step")})}));
        Iters.install(ITERATOR_TYPE);
        Iters.install(LONG_ITERATOR_TYPE);
        ITERATOR_TYPE.def("__length_hint__", PyIterator::lengthHintMethod);
        PyIterator.defReduce(ITERATOR_TYPE);
        PyIterator.defReduce(LONG_ITERATOR_TYPE);
        LONG_ITERATOR_TYPE.def("__length_hint__", (a, kw) -> PyInt.of(((LongRangeIterator) a[0]).remaining));
    }

    /** The bounds, step and length when all four fit a long ({@link #wide} is null); otherwise 0. */
    public final long start;
    public final long stop;
    public final long step;
    public final long length;
    /** The bounds, step and length as BigIntegers when one of them does not fit a long; else null. */
    private final Wide wide;

    private record Wide(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {
    }

    public PyRange(long start, long stop, long step) {
        long n = computeLength(start, stop, step);
        if (n >= 0) {
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.length = n;
            this.wide = null;
        } else {
            this.start = this.stop = this.step = this.length = 0;
            BigInteger lo = BigInteger.valueOf(start);
            BigInteger hi = BigInteger.valueOf(stop);
            BigInteger st = BigInteger.valueOf(step);
            this.wide = new Wide(lo, hi, st, lengthOf(lo, hi, st));
        }
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger n = lengthOf(start, stop, step);
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64 && n.bitLength() < 64) {
            this.start = start.longValue();
            this.stop = stop.longValue();
            this.step = step.longValue();
            this.length = n.longValue();
            this.wide = null;
        } else {
            this.start = this.stop = this.step = this.length = 0;
            this.wide = new Wide(start, stop, step, n);
        }
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("range() takes no keyword arguments");
        }
        switch (a.length) {
            case 1:
                return make(PyInt.of(0), Ops.index(a[0], null), PyInt.of(1));
            case 2:
                return make(Ops.index(a[0], null), Ops.index(a[1], null), PyInt.of(1));
            case 3: {
                PyInt start = Ops.index(a[0], null);
                PyInt stop = Ops.index(a[1], null);
                PyInt step = Ops.index(a[2], null);
                if (step.signum() == 0) {
                    throw Errors.valueError("range() arg 3 must not be zero");
                }
                return make(start, stop, step);
            }
            case 0:
                throw Errors.typeError("range expected at least 1 argument, got 0");
            default:
                throw Errors.typeError("range expected at most 3 arguments, got " + a.length);
        }
    }

    private static PyRange make(PyInt start, PyInt stop, PyInt step) {
        if (!start.isBig() && !stop.isBig() && !step.isBig()) {
            return new PyRange(start.value, stop.value, step.value);
        }
        return new PyRange(start.toBig(), stop.toBig(), step.toBig());
    }

    /** The length of range(lo, hi, step) when it fits a long, else -1. */
    private static long computeLength(long lo, long hi, long step) {
        if (step > 0 ? lo >= hi : lo <= hi) {
            return 0;
        }
        if (step > 0 ? hi - lo > 0 : lo - hi > 0) {
            // the span fits a long (no overflow in the subtraction), and so does the length
            long span = step > 0 ? hi - lo : lo - hi;
            long st = step > 0 ? step : -step;
            // step == Long.MIN_VALUE: -step overflows, but then the length is 1
            return st < 0 ? 1 : (span - 1) / st + 1;
        }
        // span of 2**63 or more: the length fits a long only when the step is not 1 or -1
        BigInteger n = lengthOf(BigInteger.valueOf(lo), BigInteger.valueOf(hi), BigInteger.valueOf(step));
        return n.bitLength() < 64 ? n.longValue() : -1;
    }

    private static BigInteger lengthOf(BigInteger lo, BigInteger hi, BigInteger step) {
        int dir = step.signum();
        if (dir > 0 ? lo.compareTo(hi) >= 0 : lo.compareTo(hi) <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger span = dir > 0 ? hi.subtract(lo) : lo.subtract(hi);
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private BigInteger bigStart() {
        return wide != null ? wide.start : BigInteger.valueOf(start);
    }

    private BigInteger bigStop() {
        return wide != null ? wide.stop : BigInteger.valueOf(stop);
    }

    private BigInteger bigStep() {
        return wide != null ? wide.step : BigInteger.valueOf(step);
    }

    private BigInteger bigLength() {
        return wide != null ? wide.length : BigInteger.valueOf(length);
    }

    /** The length as an int object, however large. */
    public PyInt lengthObject() {
        return wide != null ? PyInt.of(wide.length) : PyInt.of(length);
    }

    /** The length for len(): OverflowError past a C ssize_t, as CPython. */
    public long lengthAsSsize() {
        if (wide != null) {
            if (wide.length.bitLength() >= 64) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            return wide.length.longValue();
        }
        return length;
    }

    /** The i-th item, 0 <= i < length (no overflow: it lies between start and stop). */
    public PyInt item(long i) {
        return PyInt.of(start + i * step);
    }

    /** The position of int {@code o} in this range, or null; other objects are compared by ==. */
    private BigInteger positionOf(PyObject o) {
        if (o instanceof PyInt v) {
            if (wide == null && !v.isBig()) {
                long i = indexOf(v.value);
                return i < 0 ? null : BigInteger.valueOf(i);
            }
            return wideIndexOf(v.toBig());
        }
        BigInteger i = BigInteger.ZERO;
        PyIterator it = iterator();
        for (PyObject v = it.next(); v != null; v = it.next()) {
            if (Ops.eq(o, v)) {
                return i;
            }
            i = i.add(BigInteger.ONE);
        }
        return null;
    }

    private long indexOf(long x) {
        if (length == 0) {
            return -1;
        }
        long last = start + (length - 1) * step;
        boolean inside = step > 0 ? x >= start && x <= last : x <= start && x >= last;
        if (!inside) {
            return -1;
        }
        // x - start may overflow a long only when the range spans more than 2**63; then its
        // length would not fit a long either, and the range would be wide
        long off = x - start;
        return off % step == 0 ? off / step : -1;
    }

    private BigInteger wideIndexOf(BigInteger x) {
        BigInteger n = bigLength();
        if (n.signum() == 0) {
            return null;
        }
        BigInteger first = bigStart();
        BigInteger st = bigStep();
        BigInteger last = first.add(n.subtract(BigInteger.ONE).multiply(st));
        boolean inside = st.signum() > 0 ? x.compareTo(first) >= 0 && x.compareTo(last) <= 0
                : x.compareTo(first) <= 0 && x.compareTo(last) >= 0;
        if (!inside) {
            return null;
        }
        BigInteger[] qr = x.subtract(first).divideAndRemainder(st);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt v && wide == null && !v.isBig()) {
            return indexOf(v.value) >= 0;
        }
        return positionOf(item) != null;
    }

    @Override
    public int len() {
        long n = lengthAsSsize();
        if (n > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) n;
    }

    @Override
    public boolean isTrue() {
        return wide != null ? wide.length.signum() != 0 : length != 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            return slice(sl);
        }
        PyInt idx = key.asIndexOrNull();
        if (idx == null) {
            throw Errors.typeError("range indices must be integers or slices, not " + key.type().name);
        }
        if (wide == null && !idx.isBig()) {
            long i = idx.value;
            if (i < 0) {
                i += length;
            }
            if (i < 0 || i >= length) {
                throw Errors.indexError("range object index out of range");
            }
            return item(i);
        }
        BigInteger i = idx.toBig();
        BigInteger n = bigLength();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return PyInt.of(bigStart().add(i.multiply(bigStep())));
    }

    /** range[slice]: another range, computed exactly whatever the sizes (CPython's compute_slice). */
    private PyRange slice(PySlice sl) {
        BigInteger n = bigLength();
        BigInteger st = sl.step == PyNone.NONE ? BigInteger.ONE : sliceIndex(sl.step);
        if (st.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        BigInteger lower;
        BigInteger upper;
        if (st.signum() > 0) {
            lower = BigInteger.ZERO;
            upper = n;
        } else {
            lower = BigInteger.ONE.negate();
            upper = n.subtract(BigInteger.ONE);
        }
        BigInteger lo = sl.start == PyNone.NONE ? (st.signum() > 0 ? lower : upper) : clamp(sliceIndex(sl.start), n, lower, upper);
        BigInteger hi = sl.stop == PyNone.NONE ? (st.signum() > 0 ? upper : lower) : clamp(sliceIndex(sl.stop), n, lower, upper);
        BigInteger first = bigStart();
        BigInteger step = bigStep();
        return new PyRange(first.add(lo.multiply(step)), first.add(hi.multiply(step)), step.multiply(st));
    }

    private static BigInteger sliceIndex(PyObject o) {
        PyInt i = o.asIndexOrNull();
        if (i == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return i.toBig();
    }

    private static BigInteger clamp(BigInteger i, BigInteger n, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(n);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    @Override
    public PyObject iter() {
        return iterator();
    }

    private PyIterator iterator() {
        if (wide != null) {
            return new LongRangeIterator(wide.start, wide.step, wide.length);
        }
        return new RangeIterator(start, step, length);
    }

    public PyObject reversed() {
        if (wide != null) {
            BigInteger last = wide.start.add(wide.length.subtract(BigInteger.ONE).multiply(wide.step));
            return new LongRangeIterator(last, wide.step.negate(), wide.length);
        }
        long last = start + (length - 1) * step;
        if (length > 0 && step == Long.MIN_VALUE) {
            // -step does not fit a long
            return new LongRangeIterator(BigInteger.valueOf(last), BigInteger.valueOf(step).negate(), BigInteger.valueOf(length));
        }
        return new RangeIterator(last, -step, length);
    }

    @Override
    public PyStr repr() {
        String s = wide == null ? start + ", " + stop : wide.start + ", " + wide.stop;
        boolean unit = wide == null ? step == 1 : wide.step.equals(BigInteger.ONE);
        return new PyStr(unit ? "range(" + s + ")" : "range(" + s + ", " + (wide == null ? step : wide.step) + ")");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyRange r) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(sameSequence(r) == (op == CompareOp.EQ));
    }

    private boolean sameSequence(PyRange r) {
        if (wide == null && r.wide == null) {
            if (length != r.length) {
                return false;
            }
            if (length == 0) {
                return true;
            }
            return start == r.start && (length == 1 || step == r.step);
        }
        BigInteger n = bigLength();
        if (!n.equals(r.bigLength())) {
            return false;
        }
        if (n.signum() == 0) {
            return true;
        }
        return bigStart().equals(r.bigStart()) && (n.equals(BigInteger.ONE) || bigStep().equals(r.bigStep()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyRange r && sameSequence(r);
    }

    @Override
    public long hash() {
        PyObject[] t;
        BigInteger n = bigLength();
        if (n.signum() == 0) {
            t = new PyObject[] {PyInt.of(0), PyNone.NONE, PyNone.NONE};
        } else if (n.equals(BigInteger.ONE)) {
            t = new PyObject[] {PyInt.of(1), PyInt.of(bigStart()), PyNone.NONE};
        } else {
            t = new PyObject[] {PyInt.of(n), PyInt.of(bigStart()), PyInt.of(bigStep())};
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
            case "start": return wide == null ? PyInt.of(start) : PyInt.of(wide.start);
            case "stop": return wide == null ? PyInt.of(stop) : PyInt.of(wide.stop);
            case "step": return wide == null ? PyInt.of(step) : PyInt.of(wide.step);
            default: return super.lookupAttr(name);
        }
    }

    /** The iterator over a range: a counter, no boxing until an item is asked for. */
    static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;
        private final long first;
        private final long count;

        RangeIterator(long first, long step, long count) {
            this.next = first;
            this.step = step;
            this.remaining = count;
            this.first = first;
            this.count = count;
        }

        /** (iter, (range(first, first + count*step, step),), items taken so far). */
        @Override
        public PyObject reduce() {
            BigInteger stop = BigInteger.valueOf(first).add(BigInteger.valueOf(count).multiply(BigInteger.valueOf(step)));
            PyObject range = PyRange.TYPE.call(PyInt.of(first), PyInt.of(stop), PyInt.of(step));
            return Reduce.seqIter(range, count - remaining);
        }

        @Override
        public void setState(PyObject state) {
            long i = Math.max(0, Math.min(Ops.index(state, null).longValueExact(), count));
            next = first + i * step;
            remaining = count - i;
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

    /** The iterator over a range whose bounds or length lie past 64 bits (CPython's longrange_iterator). */
    static final class LongRangeIterator extends PyIterator {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;
        private final BigInteger first;
        private final BigInteger count;

        LongRangeIterator(BigInteger first, BigInteger step, BigInteger count) {
            this.next = first;
            this.step = step;
            this.remaining = count;
            this.first = first;
            this.count = count;
        }

        /** (iter, (range(first, first + count*step, step),), items taken so far). */
        @Override
        public PyObject reduce() {
            PyObject range = PyRange.TYPE.call(PyInt.of(first), PyInt.of(first.add(count.multiply(step))), PyInt.of(step));
            return PyTuple.of(Reduce.builtin("iter"), PyTuple.of(range), PyInt.of(count.subtract(remaining)));
        }

        @Override
        public void setState(PyObject state) {
            BigInteger i = Ops.index(state, null).toBig().max(BigInteger.ZERO).min(count);
            next = first.add(i.multiply(step));
            remaining = count.subtract(i);
        }

        @Override
        public PyType type() {
            return LONG_ITERATOR_TYPE;
        }

        @Override
        public PyObject next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }

        @Override
        public int len() {
            return remaining.bitLength() < 32 ? remaining.intValue() : Integer.MAX_VALUE;
        }
    }
}
