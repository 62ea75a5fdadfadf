package dev.eddy.runtime;

/** Python float: an IEEE double. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT,
            (cls, a, kw) -> cls == null || cls == PyFloat.TYPE ? FloatMethods.construct(a, kw)
                    : new PyFloatSubclass(cls, ((PyFloat) FloatMethods.construct(a, kw)).value));

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    @Override
    public PyStr repr() {
        return new PyStr(FloatFormat.repr(value));
    }

    @Override
    public long hash() {
        return hashDouble(value);
    }

    /** CPython's _Py_HashDouble, so that equal ints and floats hash alike. */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            long l = (long) v;
            PyInt i = PyInt.of(l);
            return i.hash();
        }
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        int e = Math.getExponent(m) + 1;
        m = m / Math.scalb(1.0, e);
        long x = 0;
        final int bits = 28;
        final long modulus = PyInt.HASH_MODULUS;
        while (m != 0) {
            x = ((x << bits) & modulus) | x >>> (61 - bits);
            m *= 268435456.0;
            e -= bits;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) {
                x -= modulus;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & modulus) | x >>> (61 - e);
        x = x * sign;
        if (x == -1) {
            x = -2;
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyFloat f) {
            return value == f.value;
        }
        return o instanceof PyObject p && Ops.eq(this, p);
    }

    @Override
    public int hashCode() {
        long h = hash();
        return (int) (h ^ (h >>> 32));
    }

    /** Compares a double with an int exactly: negative, zero or positive. NaN compares unequal (returns 2). */
    public static int compareWithInt(double d, PyInt i) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (!i.isBig() && Math.abs(i.value) < (1L << 53)) {
            double x = (double) i.value;
            return d < x ? -1 : d > x ? 1 : 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        return new java.math.BigDecimal(d).compareTo(new java.math.BigDecimal(i.toBig()));
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        double o;
        if (other instanceof PyFloat f) {
            o = f.value;
        } else if (other instanceof PyInt i) {
            int c = compareWithInt(value, i);
            if (c == 2) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(op.test(c));
        } else {
            return PyNotImplemented.INSTANCE;
        }
        switch (op) {
            case LT: return PyBool.of(value < o);
            case LE: return PyBool.of(value <= o);
            case EQ: return PyBool.of(value == o);
            case NE: return PyBool.of(value != o);
            case GT: return PyBool.of(value > o);
            default: return PyBool.of(value >= o);
        }
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (other instanceof PyFloat f) {
            return floatOp(op, value, f.value);
        }
        if (other instanceof PyInt i) {
            return floatOp(op, value, i.toDouble());
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        if (other instanceof PyFloat f) {
            return floatOp(op, f.value, value);
        }
        if (other instanceof PyInt i) {
            return floatOp(op, i.toDouble(), value);
        }
        return PyNotImplemented.INSTANCE;
    }

    public static PyObject floatOp(BinaryOp op, double a, double b) {
        switch (op) {
            case ADD: return new PyFloat(a + b);
            case SUB: return new PyFloat(a - b);
            case MUL: return new PyFloat(a * b);
            case TRUEDIV:
                if (b == 0.0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return new PyFloat(a / b);
            case FLOORDIV:
                if (b == 0.0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return new PyFloat(floorDiv(a, b));
            case MOD:
                if (b == 0.0) {
                    throw Errors.zeroDivision("float modulo");
                }
                return new PyFloat(mod(a, b));
            case POW: return pow(a, b);
            default: return PyNotImplemented.INSTANCE;
        }
    }

    /** Python's float %, with the sign of the divisor. */
    public static double mod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    public static double floorDiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && ((b < 0) != (m < 0))) {
            div -= 1.0;
        }
        double fl;
        if (div != 0) {
            fl = Math.floor(div);
            if (div - fl > 0.5) {
                fl += 1.0;
            }
        } else {
            fl = Math.copySign(0.0, a / b);
        }
        return fl;
    }

    public static PyObject pow(double a, double b) {
        if (a == 0.0 && b < 0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.rint(b) && !Double.isInfinite(b)) {
            // a negative number to a fractional power is complex
            return PyComplex.arith(BinaryOp.POW, new PyComplex(a, 0), new PyComplex(b, 0));
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.of(Exceptions.OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    @Override
    public PyObject negative() {
        return new PyFloat(-value);
    }

    @Override
    public PyObject positive() {
        return this;
    }
}
