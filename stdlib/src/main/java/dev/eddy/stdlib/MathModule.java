package dev.eddy.stdlib;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.IntMethods;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/** The math module, with CPython's domain and range errors. */
public final class MathModule implements ModuleProvider {
    private static final double LN2 = Math.log(2.0);

    @Override
    public String name() {
        return "math";
    }

    /** A real number argument as a double: float, int, or anything with __float__ or __index__. */
    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.toDouble();
        }
        PyType t = o.type();
        PyObject m = t.lookup("__float__");
        if (m != null) {
            PyObject r = Descriptors.callBound(m, o, t);
            if (!(r instanceof PyFloat f)) {
                throw Errors.typeError(t.name + ".__float__ returned non-float (type " + r.type().name + ")");
            }
            return f.value;
        }
        PyInt i = o.asIndexOrNull();
        if (i != null) {
            return i.toDouble();
        }
        throw Errors.typeError("must be real number, not " + t.name);
    }

    private static PyObject domain() {
        throw Errors.valueError("math domain error");
    }

    private static PyObject range() {
        throw Errors.overflow("math range error");
    }

    /** CPython's math_1: NaN from a non-NaN is a domain error, infinity from a finite is a range or domain error. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        Mod.def(m, name, (a, kw) -> {
            if (a.length != 1 || kw != null) {
                Args.check("math." + name, a, kw, 1, 1);
            }
            double x = toDouble(a[0]);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                return domain();
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                return canOverflow ? range() : domain();
            }
            return new PyFloat(r);
        });
    }

    private interface D2 {
        double apply(double x, double y);
    }

    private static void binary(PyModule m, String name, D2 f) {
        Mod.def(m, name, (a, kw) -> {
            Kw.none(name, kw);
            Args.check(name, a, kw, 2, 2);
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            double r = f.apply(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                return domain();
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                return range();
            }
            return new PyFloat(r);
        });
    }

    private static PyObject one(String name, PyObject[] a, String[] kw) {
        if (a.length != 1 || kw != null) {
            Args.check("math." + name, a, kw, 1, 1);
        }
        return a[0];
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("math");
        m.set("pi", new PyFloat(Math.PI));
        m.set("e", new PyFloat(Math.E));
        m.set("tau", new PyFloat(2 * Math.PI));
        m.set("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.set("nan", new PyFloat(Double.NaN));

        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> Math.pow(2, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "log1p", x -> x == -1 ? Double.NEGATIVE_INFINITY : Math.log1p(x), false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", Math::asin, false);
        unary(m, "acos", Math::acos, false);
        unary(m, "atan", Math::atan, false);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "tanh", Math::tanh, false);
        unary(m, "asinh", MathModule::asinh, false);
        unary(m, "acosh", MathModule::acosh, false);
        unary(m, "atanh", MathModule::atanh, false);
        unary(m, "degrees", Math::toDegrees, true);
        unary(m, "radians", Math::toRadians, false);
        unary(m, "cbrt", Math::cbrt, false);
        unary(m, "erf", Erf::erf, false);
        unary(m, "erfc", Erf::erfc, false);
        unary(m, "gamma", MathModule::gamma, true);
        unary(m, "lgamma", MathModule::lgamma, true);
        Mod.def(m, "ulp", (a, kw) -> new PyFloat(Math.ulp(toDouble(one("ulp", a, kw)))));
        binary(m, "atan2", Math::atan2);
        binary(m, "copysign", Math::copySign);
        binary(m, "fmod", (x, y) -> Double.isInfinite(y) && Double.isFinite(x) ? x : x % y);
        binary(m, "remainder", (x, y) -> Double.isInfinite(y) && Double.isFinite(x) ? x : Math.IEEEremainder(x, y));
        binary(m, "nextafter", Math::nextAfter);
        binary(m, "pow", MathModule::pow);

        Mod.def(m, "log", (a, kw) -> {
            Kw.none("log", kw);
            Args.check("log", a, kw, 1, 2);
            double r = log(a[0], 0);
            if (a.length == 2) {
                double b = log(a[1], 0);
                if (b == 0.0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                r /= b;
            }
            return new PyFloat(r);
        });
        Mod.def(m, "log2", (a, kw) -> new PyFloat(log(one("log2", a, kw), 2)));
        Mod.def(m, "log10", (a, kw) -> new PyFloat(log(one("log10", a, kw), 10)));

        Mod.def(m, "floor", (a, kw) -> rounding(one("floor", a, kw), "__floor__", Math::floor));
        Mod.def(m, "ceil", (a, kw) -> rounding(one("ceil", a, kw), "__ceil__", Math::ceil));
        Mod.def(m, "trunc", (a, kw) -> {
            PyObject x = one("trunc", a, kw);
            if (x instanceof PyFloat f) {
                return IntMethods.fromDouble(f.value);
            }
            if (x instanceof PyInt i) {
                return x instanceof PyBool ? PyInt.of(i.value) : x;
            }
            PyObject mt = x.type().lookup("__trunc__");
            if (mt == null) {
                throw Errors.typeError("type " + x.type().name + " doesn't define __trunc__ method");
            }
            return Descriptors.callBound(mt, x, x.type());
        });
        Mod.def(m, "isfinite", (a, kw) -> PyBool.of(Double.isFinite(toDouble(one("isfinite", a, kw)))));
        Mod.def(m, "isinf", (a, kw) -> PyBool.of(Double.isInfinite(toDouble(one("isinf", a, kw)))));
        Mod.def(m, "isnan", (a, kw) -> PyBool.of(Double.isNaN(toDouble(one("isnan", a, kw)))));
        Mod.def(m, "modf", (a, kw) -> {
            double x = toDouble(one("modf", a, kw));
            if (Double.isInfinite(x)) {
                return new PyTuple(new PyObject[] {new PyFloat(Math.copySign(0.0, x)), new PyFloat(x)});
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new PyObject[] {new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip)});
        });
        Mod.def(m, "frexp", (a, kw) -> {
            double x = toDouble(one("frexp", a, kw));
            if (x == 0 || !Double.isFinite(x)) {
                return new PyTuple(new PyObject[] {new PyFloat(x), PyInt.of(0)});
            }
            int adjust = 0;
            if (Math.abs(x) < Double.MIN_NORMAL) {
                x *= 0x1p54;
                adjust = -54;
            }
            int e = Math.getExponent(x) + 1;
            return new PyTuple(new PyObject[] {new PyFloat(Math.scalb(x, -e)), PyInt.of(e + adjust)});
        });
        Mod.def(m, "ldexp", (a, kw) -> {
            Kw.none("ldexp", kw);
            Args.check("ldexp", a, kw, 2, 2);
            double x = toDouble(a[0]);
            if (a[1] instanceof PyFloat) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            PyInt e = Ops.index(a[1], null);
            long n = e.isBig() ? (e.signum() > 0 ? 100000 : -100000) : Math.max(-100000, Math.min(100000, e.value));
            double r = Math.scalb(x, (int) n);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                return range();
            }
            return new PyFloat(r);
        });
        Mod.def(m, "isclose", (a, kw) -> {
            PyObject[] p = Args.bind("isclose", a, kw, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2);
            double x = toDouble(p[0]);
            double y = toDouble(p[1]);
            double rel = p[2] == null ? 1e-9 : toDouble(p[2]);
            double abs = p[3] == null ? 0.0 : toDouble(p[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });

        Mod.def(m, "factorial", (a, kw) -> {
            PyObject x = one("factorial", a, kw);
            if (x instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            PyInt n = Ops.index(x, null);
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            if (n.isBig() || n.value > 100_000_000) {
                throw Errors.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return PyInt.of(product(2, n.value));
        });
        Mod.def(m, "gcd", (a, kw) -> {
            Kw.none("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            long lg = 0;
            boolean small = true;
            for (PyObject o : a) {
                PyInt i = Ops.index(o, null);
                if (small && !i.isBig() && i.value != Long.MIN_VALUE) {
                    lg = gcd(lg, Math.abs(i.value));
                } else {
                    if (small) {
                        g = BigInteger.valueOf(lg);
                        small = false;
                    }
                    g = g.gcd(i.toBig());
                }
            }
            return small ? PyInt.of(lg) : PyInt.of(g);
        });
        Mod.def(m, "lcm", (a, kw) -> {
            Kw.none("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = Ops.index(o, null).toBig().abs();
                if (v.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                } else {
                    l = l.divide(l.gcd(v)).multiply(v);
                }
            }
            return PyInt.of(l);
        });
        Mod.def(m, "isqrt", (a, kw) -> {
            PyInt n = Ops.index(one("isqrt", a, kw), null);
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.toBig().sqrt());
        });
        Mod.def(m, "comb", (a, kw) -> {
            Kw.none("comb", kw);
            Args.check("comb", a, kw, 2, 2);
            BigInteger n = nonNegative(a[0], "n");
            BigInteger k = nonNegative(a[1], "k");
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger nk = n.subtract(k);
            if (nk.compareTo(k) < 0) {
                k = nk;
            }
            long kk = k.longValueExact();
            BigInteger r = BigInteger.ONE;
            for (long i = 1; i <= kk; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(kk - i))).divide(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        });
        Mod.def(m, "perm", (a, kw) -> {
            Kw.none("perm", kw);
            Args.check("perm", a, kw, 1, 2);
            BigInteger n = nonNegative(a[0], "n");
            BigInteger k = a.length < 2 || a[1] == PyNone.NONE ? n : nonNegative(a[1], "k");
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger r = BigInteger.ONE;
            long kk = k.longValueExact();
            for (long i = 0; i < kk; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return PyInt.of(r);
        });
        Mod.def(m, "prod", (a, kw) -> {
            PyObject[] p = Args.bind("prod", a, kw, new String[] {"iterable", "start"}, 1);
            PyObject r = p[1] == null ? PyInt.of(1) : p[1];
            PyObject it = p[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                r = Ops.binary(BinaryOp.MUL, r, x);
            }
            return r;
        });
        Mod.def(m, "fsum", (a, kw) -> new PyFloat(fsum(one("fsum", a, kw))));
        Mod.def(m, "hypot", (a, kw) -> {
            Kw.none("hypot", kw);
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = toDouble(a[i]);
            }
            return new PyFloat(norm(v));
        });
        Mod.def(m, "dist", (a, kw) -> {
            Kw.none("dist", kw);
            Args.check("dist", a, kw, 2, 2);
            PyObject[] p = Ops.toArray(a[0]);
            PyObject[] q = Ops.toArray(a[1]);
            if (p.length != q.length) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                v[i] = toDouble(p[i]) - toDouble(q[i]);
            }
            return new PyFloat(norm(v));
        });
        return m;
    }

    private static BigInteger nonNegative(PyObject o, String what) {
        if (o instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        BigInteger v = Ops.index(o, null).toBig();
        if (v.signum() < 0) {
            throw Errors.valueError(what + " must be a non-negative integer");
        }
        return v;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** lo * (lo+1) * ... * hi by binary splitting. */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            long acc = 1;
            BigInteger r = BigInteger.ONE;
            for (long i = lo; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / i) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    private static double pow(double x, double y) {
        if (x == 0 && y < 0 && Double.isFinite(y)) {
            return Double.NaN;
        }
        if (x == 1 || y == 0 || (x == -1 && Double.isInfinite(y))) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        return Math.pow(x, y);
    }

    /** log of an int or float; base 0 for natural, else 2 or 10. Big ints are scaled by powers of 2 first. */
    private static double log(PyObject o, int base) {
        if (o instanceof PyInt i && i.isBig()) {
            if (i.signum() < 0) {
                domain();
            }
            BigInteger b = i.toBig();
            int shift = b.bitLength() - 60;
            double mant = b.shiftRight(shift).doubleValue();
            switch (base) {
                case 2: return log2(mant) + shift;
                case 10: return Math.log10(mant) + shift * Math.log10(2);
                default: return Math.log(mant) + shift * LN2;
            }
        }
        double x = toDouble(o);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            domain();
        }
        switch (base) {
            case 2:
                return log2(x);
            case 10: return log10(x);
            default: return Math.log(x);
        }
    }

    private static final double TWO_OVER_LN2_HI = 2.8853900817779268;
    private static final double TWO_OVER_LN2_LO = 4.0710547481862066e-17;

    /**
     * log2 of a positive double, nearly always correctly rounded: the exponent exactly plus
     * log2 of a mantissa m near 1 as 2/ln2 * atanh((m-1)/(m+1)) carried in double-double.
     */
    static double log2(double x) {
        if (Double.isInfinite(x)) {
            return x;
        }
        int e = Math.getExponent(x);
        int adjust = 0;
        if (e < Double.MIN_EXPONENT) {
            x *= 0x1p64;
            adjust = 64;
            e = Math.getExponent(x);
        }
        double m = Math.scalb(x, -e);
        e -= adjust;
        if (m == 1.0) {
            return e;
        }
        if (m > 1.4142135623730951) {
            m /= 2;
            e++;
        }
        double n = m - 1;
        double dHi = m + 1;
        double dLo = m - (dHi - 1);
        double sHi = n / dHi;
        double sLo = (Math.fma(-sHi, dHi, n) - sHi * dLo) / dHi;
        double t = sHi * sHi;
        double tail = sHi * t * (1.0 / 3 + t * (1.0 / 5 + t * (1.0 / 7 + t * (1.0 / 9 + t * (1.0 / 11 + t * (1.0 / 13
                + t * (1.0 / 15 + t * (1.0 / 17 + t * (1.0 / 19 + t / 21)))))))));
        double pHi = sHi * TWO_OVER_LN2_HI;
        double pLo = Math.fma(sHi, TWO_OVER_LN2_HI, -pHi) + sHi * TWO_OVER_LN2_LO + (sLo + tail) * TWO_OVER_LN2_HI;
        double sum = e + pHi;
        double back = sum - e;
        double err = (e - (sum - back)) + (pHi - back);
        return sum + (err + pLo);
    }

    private static final double INV_LN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2_HI = 3.01029995663611771306e-01;
    private static final double LOG10_2_LO = 3.69423907715893078616e-13;

    /** log10 of a positive finite double: k*log10(2) in two parts plus log10 of the mantissa, as C libraries do. */
    static double log10(double x) {
        if (Double.isInfinite(x)) {
            return x;
        }
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            k = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        k += (hx >> 20) - 1023;
        int i = k >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2_LO + INV_LN10 * Math.log(x);
        return z + y * LOG10_2_HI;
    }

    /** Inverse hyperbolic tangent by fdlibm's method; NaN outside (-1, 1) (a domain error). */
    static double atanh(double x) {
        double t = Math.abs(x);
        if (Double.isNaN(x) || t >= 1) {
            return Double.isNaN(x) ? x : Double.NaN;
        }
        double r;
        if (t < 0.5) {
            double t2 = t + t;
            r = 0.5 * Math.log1p(t2 + t2 * t / (1 - t));
        } else {
            r = 0.5 * Math.log1p((t + t) / (1 - t));
        }
        return Math.copySign(r, x);
    }

    /** Inverse hyperbolic sine by fdlibm's method: accurate for tiny, huge and negative x. */
    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 0x1p-28) {
            return x;
        }
        double w;
        if (a > 0x1p28) {
            w = Math.log(a) + LN2;
        } else if (a > 2) {
            w = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            double t = x * x;
            w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(w, x);
    }

    /** Inverse hyperbolic cosine by fdlibm's method; NaN below 1 (a domain error). */
    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static PyObject rounding(PyObject x, String dunder, DoubleUnaryOperator f) {
        if (x instanceof PyFloat fl) {
            return IntMethods.fromDouble(f.applyAsDouble(fl.value));
        }
        if (x instanceof PyInt i) {
            return x instanceof PyBool ? PyInt.of(i.value) : x;
        }
        PyObject m = x.type().lookup(dunder);
        if (m != null) {
            return Descriptors.callBound(m, x, x.type());
        }
        return IntMethods.fromDouble(f.applyAsDouble(toDouble(x)));
    }

    /** sqrt of the sum of squares, scaled to avoid overflow and compensated for accuracy. */
    private static double norm(double[] v) {
        if (v.length == 2) {
            return Math.hypot(v[0], v[1]);
        }
        double max = 0;
        boolean nan = false;
        for (double d : v) {
            if (Double.isInfinite(d)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(d);
            max = Math.max(max, Math.abs(d));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length == 1) {
            return max;
        }
        double sum = 0;
        double comp = 0;
        for (double d : v) {
            double x = d / max;
            double sq = x * x;
            double t = sum + sq;
            comp += Math.abs(sum) >= Math.abs(sq) ? (sum - t) + sq : (sq - t) + sum;
            sum = t;
        }
        return max * Math.sqrt(sum + comp);
    }

    /** Shewchuk's exactly rounded sum, as CPython's math.fsum. */
    static double fsum(PyObject iterable) {
        double[] partials = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        PyObject it = iterable.iter();
        for (PyObject o = it.next(); o != null; o = it.next()) {
            double x = toDouble(o);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw Errors.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, n * 2);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            double lo = 0.0;
            hi = partials[--n];
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    // ---- special functions --------------------------------------------------------------------

    private static final double[] LANCZOS_NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double LANCZOS_G = 6.024680040776729583740234375;

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    private static final double[] GAMMA_INTEGRAL = {1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
        355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
        1124000727777607680000.0};

    /** CPython's Lanczos-based gamma. */
    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NaN;
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                return Double.NaN;
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return 1.0 / x;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            return Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G - 0.5;
        double q;
        if (absx > LANCZOS_G - 0.5) {
            q = y - absx;
            q -= LANCZOS_G - 0.5;
        } else {
            q = y - (LANCZOS_G - 0.5);
            q -= absx;
        }
        double z = q * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r;
        switch (n) {
            case 0: r = Math.sin(Math.PI * y); break;
            case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
            case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
            case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
            case 4: r = Math.sin(Math.PI * (y - 2.0)); break;
            default: r = 0; break;
        }
        return Math.copySign(1.0, x) * r;
    }

    /** CPython's m_lgamma. */
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            return x <= 0.0 ? Double.NaN : 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        return r;
    }
}
