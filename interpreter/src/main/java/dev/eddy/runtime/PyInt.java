package dev.eddy.runtime;

import java.math.BigInteger;

/**
 * Python int: unbounded. Values that fit a long are held in {@link #value} with
 * {@link #big} null; larger ones in {@link #big}. Every operation takes the long fast path
 * first and overflows into BigInteger.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT,
            (cls, a, kw) -> cls == PyInt.TYPE || cls == PyBool.TYPE ? IntMethods.construct(a, kw)
                    : new PyIntSubclass(cls, (PyInt) IntMethods.construct(a, kw)));

    private static final PyInt[] SMALL = new PyInt[262];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** CPython's hash modulus, 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5);
        }
    }

    public final long value;
    public final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    /** A copy of {@code other}'s value (for subclass instances). */
    protected PyInt(PyInt other) {
        this.value = other.value;
        this.big = other.big;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** The value as a long, raising OverflowError when it does not fit. */
    public long longValueExact() {
        if (big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return value;
    }

    /** The value as an int, raising OverflowError when it does not fit. */
    public int intValueExact() {
        long v = longValueExact();
        if (v != (int) v) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) v;
    }

    public double toDouble() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    @Override
    public PyInt asIndexOrNull() {
        return this;
    }

    @Override
    public boolean isTrue() {
        return big != null || value != 0;
    }

    @Override
    public PyStr repr() {
        return new PyStr(big != null ? IntDigits.signedDecimal(big) : Long.toString(value));
    }

    @Override
    public long hash() {
        if (big == null) {
            long v = value;
            if (v > -HASH_MODULUS && v < HASH_MODULUS) {
                return v == -1 ? -2 : v;
            }
        }
        BigInteger m = toBig().abs().mod(BigInteger.valueOf(HASH_MODULUS));
        long h = m.longValue();
        if (signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyInt i) {
            return big == null ? i.big == null && value == i.value : big.equals(i.big);
        }
        return o instanceof PyObject p && Ops.eq(this, p);
    }

    @Override
    public int hashCode() {
        long h = hash();
        return (int) (h ^ (h >>> 32));
    }

    /** Three-way comparison with another int. */
    public int compareTo(PyInt o) {
        if (big == null && o.big == null) {
            return Long.compare(value, o.value);
        }
        return toBig().compareTo(o.toBig());
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyInt o) {
            return PyBool.of(op.test(compareTo(o)));
        }
        if (other instanceof PyFloat f) {
            return PyBool.of(op.test(-PyFloat.compareWithInt(f.value, this)));
        }
        return PyNotImplemented.INSTANCE;
    }

    // ---- arithmetic --------------------------------------------------------------------------

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (other instanceof PyInt o) {
            return intOp(op, this, o);
        }
        if (other instanceof PyFloat f) {
            return PyFloat.floatOp(op, toDouble(), f.value);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        if (other instanceof PyInt o) {
            return intOp(op, o, this);
        }
        if (other instanceof PyFloat f) {
            return PyFloat.floatOp(op, f.value, toDouble());
        }
        return PyNotImplemented.INSTANCE;
    }

    public static PyObject intOp(BinaryOp op, PyInt a, PyInt b) {
        switch (op) {
            case ADD: return add(a, b);
            case SUB: return sub(a, b);
            case MUL: return mul(a, b);
            case TRUEDIV: return trueDiv(a, b);
            case FLOORDIV: return floorDiv(a, b);
            case MOD: return mod(a, b);
            case POW: return pow(a, b);
            case LSHIFT: return lshift(a, b);
            case RSHIFT: return rshift(a, b);
            case AND: return a.big == null && b.big == null ? of(a.value & b.value) : of(a.toBig().and(b.toBig()));
            case OR: return a.big == null && b.big == null ? of(a.value | b.value) : of(a.toBig().or(b.toBig()));
            case XOR: return a.big == null && b.big == null ? of(a.value ^ b.value) : of(a.toBig().xor(b.toBig()));
            default: return PyNotImplemented.INSTANCE;
        }
    }

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) < 0) {
                return of(a.toBig().add(b.toBig()));
            }
            return of(r);
        }
        return of(a.toBig().add(b.toBig()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) < 0) {
                return of(a.toBig().subtract(b.toBig()));
            }
            return of(r);
        }
        return of(a.toBig().subtract(b.toBig()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return of(a.toBig().multiply(b.toBig()));
    }

    public static PyObject trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        double d = correctlyRoundedQuotient(a.toBig(), b.toBig());
        if (Double.isInfinite(d)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return new PyFloat(d);
    }

    /**
     * a / b rounded once, to the nearest double (ties to even), as CPython's long true division:
     * an integer quotient of 55 or more bits, with a sticky bit for a non-zero remainder, is
     * rounded by BigInteger.doubleValue and then scaled back.
     */
    private static double correctlyRoundedQuotient(BigInteger a, BigInteger b) {
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int shift = b.bitLength() - a.bitLength() + 55;
        BigInteger n = shift >= 0 ? a.shiftLeft(shift) : a;
        BigInteger d = shift >= 0 ? b : b.shiftLeft(-shift);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double r = Math.scalb(q.doubleValue(), -shift);
        return negative ? -r : r;
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.value == -1) {
                return of(0);
            }
            return of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.toBig());
        }
        return of(r);
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.floatOp(BinaryOp.POW, a.toDouble(), b.toDouble());
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return of(b.big.testBit(0) ? -1 : 1);
            }
            throw Errors.overflow("exponent too large");
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            boolean overflow = false;
            long bb = base;
            long ee = e;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(result, bb);
                    long lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        if (e > Integer.MAX_VALUE) {
            throw Errors.overflow("exponent too large");
        }
        return of(a.toBig().pow((int) e));
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        long n = b.longValueExact();
        if (a.big == null && n < 63) {
            long v = a.value;
            long r = v << n;
            if ((r >> n) == v) {
                return of(r);
            }
        }
        if (a.signum() == 0) {
            return a;
        }
        if (n > Integer.MAX_VALUE) {
            throw Errors.overflow("too many digits in integer");
        }
        return of(a.toBig().shiftLeft((int) n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b.big != null) {
            return of(a.signum() < 0 ? -1 : 0);
        }
        long n = b.value;
        if (a.big == null) {
            return of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        }
        return of(a.big.shiftRight((int) Math.min(n, Integer.MAX_VALUE)));
    }

    @Override
    public PyObject negative() {
        if (big == null && value != Long.MIN_VALUE) {
            return of(-value);
        }
        return of(toBig().negate());
    }

    @Override
    public PyObject positive() {
        return big == null ? of(value) : this;
    }

    @Override
    public PyObject invert() {
        if (big == null) {
            return of(~value);
        }
        return of(big.not());
    }
}
