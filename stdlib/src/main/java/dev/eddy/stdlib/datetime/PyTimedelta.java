package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** datetime.timedelta: a duration of days, seconds (0..86399) and microseconds (0..999999). */
final class PyTimedelta extends DatetimeObject {
    static final PyType TYPE = DtArgs.type("timedelta", null, PyTimedelta::construct);
    static final int MAX_DAYS = 999999999;
    static final long US_PER_DAY = 86_400_000_000L;
    private static final BigInteger BIG_US_PER_DAY = BigInteger.valueOf(US_PER_DAY);

    final int days;
    final int seconds;
    final int us;

    PyTimedelta(int days, int seconds, int us) {
        this.days = days;
        this.seconds = seconds;
        this.us = us;
    }

    static final PyTimedelta ZERO = new PyTimedelta(0, 0, 0);

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    /** A timedelta from unnormalised parts; OverflowError when the days leave the range. */
    static PyTimedelta of(long days, long seconds, long us) {
        seconds += Math.floorDiv(us, 1_000_000);
        us = Math.floorMod(us, 1_000_000);
        days += Math.floorDiv(seconds, 86400);
        seconds = Math.floorMod(seconds, 86400);
        return new PyTimedelta(checkDays(days), (int) seconds, (int) us);
    }

    private static int checkDays(long days) {
        if (days > Integer.MAX_VALUE || days < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        if (days > MAX_DAYS || days < -MAX_DAYS) {
            throw Errors.overflow("days=" + days + "; must have magnitude <= " + MAX_DAYS);
        }
        return (int) days;
    }

    static PyTimedelta ofMicros(BigInteger total) {
        BigInteger[] qr = total.divideAndRemainder(BIG_US_PER_DAY);
        BigInteger d = qr[0];
        long rem = qr[1].longValue();
        if (rem < 0) {
            rem += US_PER_DAY;
            d = d.subtract(BigInteger.ONE);
        }
        if (d.bitLength() > 63) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return new PyTimedelta(checkDays(d.longValue()), (int) (rem / 1_000_000), (int) (rem % 1_000_000));
    }

    BigInteger totalMicros() {
        return BigInteger.valueOf(days).multiply(BIG_US_PER_DAY).add(BigInteger.valueOf(seconds * 1_000_000L + us));
    }

    /** Total microseconds; fits a long for every timedelta whose days are within ±106751. */
    long micros() {
        return days * US_PER_DAY + seconds * 1_000_000L + us;
    }

    boolean isZero() {
        return days == 0 && seconds == 0 && us == 0;
    }

    PyTimedelta negate() {
        return of(-(long) days, -(long) seconds, -(long) us);
    }

    PyTimedelta plus(PyTimedelta o) {
        return of((long) days + o.days, (long) seconds + o.seconds, (long) us + o.us);
    }

    PyTimedelta minus(PyTimedelta o) {
        return of((long) days - o.days, (long) seconds - o.seconds, (long) us - o.us);
    }

    int cmp(PyTimedelta o) {
        int c = Integer.compare(days, o.days);
        if (c == 0) {
            c = Integer.compare(seconds, o.seconds);
        }
        return c != 0 ? c : Integer.compare(us, o.us);
    }

    // ---- construction -----------------------------------------------------------------------

    private static final String[] PARAMS = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
    /** Microseconds per unit, in the order C accumulates them. */
    private static final int[] ORDER = {2, 3, 1, 4, 5, 0, 6};
    private static final long[] FACTOR = {US_PER_DAY, 1_000_000L, 1L, 1000L, 60_000_000L, 3_600_000_000L, 7 * US_PER_DAY};

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyObject[] p = DtArgs.bind("__new__", a, kw, PARAMS, 0);
        BigInteger sum = BigInteger.ZERO;
        double leftover = 0;
        boolean any = false;
        for (int i : ORDER) {
            PyObject v = p[i];
            if (v == null) {
                continue;
            }
            any = true;
            long factor = FACTOR[i];
            if (v instanceof PyInt n) {
                sum = sum.add(n.toBig().multiply(BigInteger.valueOf(factor)));
            } else if (v instanceof PyFloat f) {
                double d = f.value;
                if (Double.isNaN(d)) {
                    throw Errors.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw Errors.overflow("cannot convert float infinity to integer");
                }
                double intPart = d < 0 ? Math.ceil(d) : Math.floor(d);
                double frac = d - intPart;
                sum = sum.add(new BigDecimal(intPart).toBigInteger().multiply(BigInteger.valueOf(factor)));
                if (frac != 0) {
                    double scaled = factor * frac;
                    double ip = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
                    sum = sum.add(BigInteger.valueOf((long) ip));
                    leftover += scaled - ip;
                }
            } else {
                throw Errors.typeError("unsupported type for timedelta " + PARAMS[i] + " component: " + v.type().name);
            }
        }
        if (leftover != 0) {
            // nearest, halves to even counting the whole microseconds already summed (as C does)
            double whole = Math.round(Math.abs(leftover)) * Math.signum(leftover);
            if (Math.abs(whole - leftover) == 0.5) {
                int odd = sum.testBit(0) ? 1 : 0;
                double h = (leftover + odd) * 0.5;
                whole = 2.0 * (Math.round(Math.abs(h)) * Math.signum(h)) - odd;
            }
            sum = sum.add(BigInteger.valueOf((long) whole));
        }
        PyTimedelta td = any ? ofMicros(sum) : ZERO;
        if (cls != TYPE) {
            return adopt(new PyTimedelta(td.days, td.seconds, td.us), cls);
        }
        return td;
    }

    // ---- arithmetic -------------------------------------------------------------------------

    @Override
    PyObject arith(BinaryOp op, PyObject other) {
        if (other instanceof PyTimedelta o) {
            switch (op) {
                case ADD: return plus(o);
                case SUB: return minus(o);
                case FLOORDIV: {
                    if (o.isZero()) {
                        throw Errors.zeroDivision("integer division or modulo by zero");
                    }
                    return PyInt.of(floorDiv(totalMicros(), o.totalMicros()));
                }
                case TRUEDIV: {
                    if (o.isZero()) {
                        throw Errors.zeroDivision("division by zero");
                    }
                    return PyInt.trueDiv(PyInt.of(totalMicros()), PyInt.of(o.totalMicros()));
                }
                case MOD: {
                    if (o.isZero()) {
                        throw Errors.zeroDivision("integer modulo by zero");
                    }
                    return ofMicros(floorMod(totalMicros(), o.totalMicros()));
                }
                default: return PyNotImplemented.INSTANCE;
            }
        }
        if (other instanceof PyInt n) {
            switch (op) {
                case MUL: return ofMicros(totalMicros().multiply(n.toBig()));
                case FLOORDIV: {
                    if (n.signum() == 0) {
                        throw Errors.zeroDivision("integer division or modulo by zero");
                    }
                    return ofMicros(floorDiv(totalMicros(), n.toBig()));
                }
                case TRUEDIV: {
                    if (n.signum() == 0) {
                        throw Errors.zeroDivision("integer division or modulo by zero");
                    }
                    return ofMicros(divideNearest(totalMicros(), n.toBig()));
                }
                default: return PyNotImplemented.INSTANCE;
            }
        }
        if (other instanceof PyFloat f && (op == BinaryOp.MUL || op == BinaryOp.TRUEDIV)) {
            BigInteger[] ratio = integerRatio(f.value);
            if (op == BinaryOp.MUL) {
                return ofMicros(divideNearest(totalMicros().multiply(ratio[0]), ratio[1]));
            }
            if (ratio[0].signum() == 0) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            return ofMicros(divideNearest(totalMicros().multiply(ratio[1]), ratio[0]));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    PyObject reflectedArith(BinaryOp op, PyObject other) {
        if (op == BinaryOp.MUL && (other instanceof PyInt || other instanceof PyFloat)) {
            return arith(op, other);
        }
        if (other instanceof PyTimedelta o && op != BinaryOp.MUL) {
            return o.arith(op, this);
        }
        return PyNotImplemented.INSTANCE;
    }

    static BigInteger[] integerRatio(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        BigDecimal bd = new BigDecimal(d);
        BigInteger num = bd.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (bd.scale() > 0) {
            den = BigInteger.TEN.pow(bd.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new BigInteger[] {num, den};
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static BigInteger floorMod(BigInteger a, BigInteger b) {
        return a.subtract(floorDiv(a, b).multiply(b));
    }

    /** a / b rounded to the nearest integer, halves to even. */
    static BigInteger divideNearest(BigInteger a, BigInteger b) {
        return new BigDecimal(a).divide(new BigDecimal(b), 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    @Override
    public PyObject negative() {
        return negate();
    }

    @Override
    public PyObject positive() {
        return type() == TYPE ? this : new PyTimedelta(days, seconds, us);
    }

    PyTimedelta abs() {
        return days < 0 ? negate() : type() == TYPE ? this : new PyTimedelta(days, seconds, us);
    }

    @Override
    public boolean isTrue() {
        return !isZero();
    }

    @Override
    PyObject compare(PyObject other, CompareOp op) {
        if (other instanceof PyTimedelta o) {
            return PyBool.of(op.test(cmp(o)));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    long hashValue() {
        long h = ((long) days * 1_000_003L ^ seconds) * 1_000_003L ^ us;
        return h == -1 ? -2 : h;
    }

    @Override
    String reprValue() {
        StringBuilder sb = new StringBuilder(typeName()).append('(');
        String sep = "";
        if (days != 0) {
            sb.append("days=").append(days);
            sep = ", ";
        }
        if (seconds != 0) {
            sb.append(sep).append("seconds=").append(seconds);
            sep = ", ";
        }
        if (us != 0) {
            sb.append(sep).append("microseconds=").append(us);
            sep = ", ";
        }
        if (sep.isEmpty()) {
            sb.append('0');
        }
        return sb.append(')').toString();
    }

    @Override
    PyStr strValue() {
        StringBuilder sb = new StringBuilder();
        if (days != 0) {
            sb.append(days).append(Math.abs(days) == 1 ? " day, " : " days, ");
        }
        sb.append(seconds / 3600).append(':').append(DtArgs.pad2(seconds / 60 % 60)).append(':').append(DtArgs.pad2(seconds % 60));
        if (us != 0) {
            sb.append('.').append(DtArgs.pad(us, 6));
        }
        return new PyStr(sb.toString());
    }

    double totalSeconds() {
        return new BigDecimal(totalMicros()).divide(BigDecimal.valueOf(1_000_000)).doubleValue();
    }

    private static PyTimedelta self(PyObject[] a, String m) {
        return DtArgs.self(a, PyTimedelta.class, TYPE, m);
    }

    static {
        defineProtocol(TYPE, BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV, BinaryOp.FLOORDIV, BinaryOp.MOD);
        DtArgs.getter(TYPE, "days", o -> PyInt.of(((PyTimedelta) o).days));
        DtArgs.getter(TYPE, "seconds", o -> PyInt.of(((PyTimedelta) o).seconds));
        DtArgs.getter(TYPE, "microseconds", o -> PyInt.of(((PyTimedelta) o).us));
        TYPE.def("total_seconds", (a, kw) -> {
            DtArgs.noArgs("timedelta.total_seconds", a, kw);
            return new PyFloat(self(a, "total_seconds").totalSeconds());
        });
        TYPE.def("__neg__", (a, kw) -> self(a, "__neg__").negate());
        TYPE.def("__pos__", (a, kw) -> self(a, "__pos__").positive());
        TYPE.def("__abs__", (a, kw) -> self(a, "__abs__").abs());
        TYPE.def("__bool__", (a, kw) -> PyBool.of(!self(a, "__bool__").isZero()));
        TYPE.def("__divmod__", (a, kw) -> {
            PyTimedelta t = self(a, "__divmod__");
            if (!(a[1] instanceof PyTimedelta o)) {
                return PyNotImplemented.INSTANCE;
            }
            return t.divmod(o);
        });
        TYPE.def("__reduce__", (a, kw) -> {
            PyTimedelta t = self(a, "__reduce__");
            return DtArgs.tuple(t.type(), DtArgs.tuple(PyInt.of(t.days), PyInt.of(t.seconds), PyInt.of(t.us)));
        });
        TYPE.dict.put("min", new PyTimedelta(-MAX_DAYS, 0, 0));
        TYPE.dict.put("max", new PyTimedelta(MAX_DAYS, 86399, 999999));
        TYPE.dict.put("resolution", new PyTimedelta(0, 0, 1));
    }

    PyObject divmod(PyTimedelta o) {
        if (o.isZero()) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        BigInteger q = floorDiv(totalMicros(), o.totalMicros());
        return new PyTuple(new PyObject[] {PyInt.of(q), ofMicros(totalMicros().subtract(q.multiply(o.totalMicros())))});
    }
}
