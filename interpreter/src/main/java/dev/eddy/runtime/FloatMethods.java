package dev.eddy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** float(): construction and the methods of float. */
public final class FloatMethods {
    private FloatMethods() {
    }

    static void install(PyType t) {
        t.def("__getnewargs__", (a, kw) -> {
            Args.checkMethod("__getnewargs__", a, kw, 0, 0);
            return PyTuple.of(new PyFloat(((PyFloat) a[0]).value));
        });
        // float's own repr (not a subclass's override)
        t.def("__repr__", (a, kw) -> new PyFloat(((PyFloat) a[0]).value).repr());
        t.def("is_integer", (a, kw) -> {
            TypeMethods.check("float.is_integer", a, kw, 0, 0);
            double x = self(a);
            return PyBool.of(Double.isFinite(x) && x == Math.rint(x));
        });
        t.def("hex", (a, kw) -> {
            TypeMethods.check("float.hex", a, kw, 0, 0);
            return new PyStr(hex(self(a)));
        });
        t.defClassMethod("fromhex", (a, kw) -> {
            TypeMethods.check("float.fromhex", a, kw, 1, 1);
            if (!(a[1] instanceof PyStr s)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyFloat f = new PyFloat(fromHex(s.value));
            return a[0] == PyFloat.TYPE ? f : a[0].call(f);
        });
        t.def("as_integer_ratio", (a, kw) -> {
            TypeMethods.check("float.as_integer_ratio", a, kw, 0, 0);
            return asIntegerRatio(self(a));
        });
        t.def("conjugate", (a, kw) -> {
            TypeMethods.check("float.conjugate", a, kw, 0, 0);
            return new PyFloat(self(a));
        });
        TypeMethods.property(t, "real", a -> new PyFloat(self(a)));
        TypeMethods.property(t, "imag", a -> new PyFloat(0.0));
        t.def("__format__", (a, kw) -> {
            TypeMethods.check("float.__format__", a, kw, 1, 1);
            return StrFormat.format(new PyFloat(self(a)), specArg(a[1]));
        });
        t.def("__round__", (a, kw) -> {
            TypeMethods.check("float.__round__", a, kw, 0, 1);
            return round(self(a), a.length > 1 ? a[1] : null);
        });
        t.def("__trunc__", (a, kw) -> {
            TypeMethods.check("float.__trunc__", a, kw, 0, 0);
            return IntMethods.fromDouble(self(a));
        });
        t.def("__floor__", (a, kw) -> {
            TypeMethods.check("float.__floor__", a, kw, 0, 0);
            return IntMethods.fromDouble(Math.floor(self(a)));
        });
        t.def("__ceil__", (a, kw) -> {
            TypeMethods.check("float.__ceil__", a, kw, 0, 0);
            return IntMethods.fromDouble(Math.ceil(self(a)));
        });
    }

    private static double self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyFloat f)) {
            throw Errors.typeError("descriptor requires a 'float' object but received a '" + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return f.value;
    }

    /** The format_spec argument of a __format__ method. */
    static String specArg(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument must be str, not " + o.type().name);
        }
        return s.value;
    }

    // ---- round ------------------------------------------------------------------------------------

    /**
     * round(x, ndigits): with ndigits null or None an int, rounded half-even; otherwise a float,
     * the exact binary value rounded half-even to ndigits decimal places (round(2.675, 2) == 2.67).
     */
    public static PyObject round(double x, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            return IntMethods.fromDouble(Math.rint(x));
        }
        PyInt n = Ops.index(ndigits, null);
        if (!Double.isFinite(x)) {
            return new PyFloat(x);
        }
        // beyond these every double rounds to itself, or to zero
        if (n.signum() > 0 && (n.isBig() || n.value > 323)) {
            return new PyFloat(x);
        }
        if (n.signum() < 0 && (n.isBig() || n.value < -308)) {
            return new PyFloat(0.0 * x);
        }
        int nd = (int) n.value;
        double r;
        if (nd >= 0) {
            FloatFormat.Digits dg = FloatFormat.fixed(Math.abs(x), nd);
            r = dg.digits().isEmpty() ? 0.0 : Double.parseDouble(dg.digits() + "E" + (dg.decpt() - dg.digits().length()));
        } else {
            r = Math.abs(new BigDecimal(x).setScale(nd, RoundingMode.HALF_EVEN).doubleValue());
            if (Double.isInfinite(r)) {
                throw Errors.overflow("rounded value too large to represent");
            }
        }
        return new PyFloat(Math.copySign(r, x));
    }

    // ---- exact conversions --------------------------------------------------------------------------

    static PyTuple asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return PyTuple.of(PyInt.of(0), PyInt.of(1));
        }
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xfffffffffffffL;
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = be - 1075;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        if (x < 0) {
            m = -m;
        }
        if (e >= 0) {
            return PyTuple.of(PyInt.of(BigInteger.valueOf(m).shiftLeft(e)), PyInt.of(1));
        }
        return PyTuple.of(PyInt.of(m), PyInt.of(BigInteger.ONE.shiftLeft(-e)));
    }

    /** float.hex(): '0x1.8000000000000p+1', thirteen hex digits of fraction, subnormals as 0x0.…p-1022. */
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        int be = (int) (bits >>> 52) & 0x7ff;
        String frac = String.format("%013x", bits & 0xfffffffffffffL);
        if (be == 0) {
            return sign + "0x0." + frac + "p-1022";
        }
        int e = be - 1023;
        return sign + "0x1." + frac + "p" + (e < 0 ? "" : "+") + e;
    }

    /** float.fromhex(s): hex digits with an optional point and binary exponent, correctly rounded. */
    public static double fromHex(String text) {
        String s = text;
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i++) == '-';
        }
        String word = s.substring(i, n).toLowerCase();
        if (word.equals("inf") || word.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equals("nan")) {
            return Double.NaN;
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
        }
        int digits = 0;
        int fracDigits = 0;
        boolean point = false;
        StringBuilder hexDigits = new StringBuilder();
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            if (c >= 128 || Character.digit(c, 16) < 0) {
                break;
            }
            hexDigits.append(c);
            digits++;
            if (point) {
                fracDigits++;
            }
        }
        if (digits == 0) {
            throw invalidHex();
        }
        long exp = 0;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                eneg = s.charAt(i++) == '-';
            }
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                exp = Math.min(exp * 10 + (s.charAt(i) - '0'), 1L << 40);
                i++;
            }
            if (i == start) {
                throw invalidHex();
            }
            if (eneg) {
                exp = -exp;
            }
        }
        if (i != n) {
            throw invalidHex();
        }
        BigInteger m = new BigInteger(hexDigits.toString(), 16);
        if (m.signum() == 0) {
            return neg ? -0.0 : 0.0;
        }
        long e = exp - 4L * fracDigits;
        int len = m.bitLength();
        long top = len + e - 1;
        if (top > 1023) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        if (top < -1080) {
            return neg ? -0.0 : 0.0;
        }
        // drop the bits below the double's precision there (53 bits, or units of 2**-1074 when subnormal)
        long shift = top >= -1022 ? len - 53 : -1074 - e;
        if (shift > 0) {
            BigInteger q = m.shiftRight((int) shift);
            int cmp = m.subtract(q.shiftLeft((int) shift)).compareTo(BigInteger.ONE.shiftLeft((int) shift - 1));
            if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            m = q;
            e += shift;
        }
        double r = Math.scalb(m.doubleValue(), (int) e);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        return neg ? -r : r;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static PyException invalidHex() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        Args.check("float", a, kw, 0, 1);
        if (a.length == 0) {
            return new PyFloat(0.0);
        }
        PyObject x = a[0];
        if (x.getClass() == PyFloat.class) {
            return x;
        }
        if (x instanceof PyFloat sub && !(x.type().lookup("__float__") instanceof PyFunction)) {
            return new PyFloat(sub.value); // a subclass's value, as an exact float
        }
        if (x instanceof PyInt i) {
            return new PyFloat(i.toDouble());
        }
        if (x instanceof PyStr s) {
            return new PyFloat(parse(s.value));
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            return new PyFloat(parse(new String(((PyBuffer) x).bufferBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)));
        }
        PyObject m = x.type().lookup("__float__");
        if (m != null) {
            return Descriptors.callBound(m, x, x.type());
        }
        m = x.type().lookup("__index__");
        if (m != null) {
            return new PyFloat(((PyInt) Descriptors.callBound(m, x, x.type())).toDouble());
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name + "'");
    }

    /** float(str): Python's float literal syntax with underscores between digits, Unicode digits and whitespace, inf and nan. */
    public static double parse(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && StrMethods.isSpace(text.charAt(i))) {
            i++;
        }
        while (n > i && StrMethods.isSpace(text.charAt(n - 1))) {
            n--;
        }
        StringBuilder sb = new StringBuilder(n - i);
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            sb.append(text.charAt(i++));
        }
        String word = text.substring(i, n);
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return sb.length() > 0 && sb.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        // digitpart ["." [digitpart]] | "." digitpart, then an optional exponent
        int intDigits = digitPart(text, i, n, sb);
        i += intDigits;
        boolean ok = intDigits > 0;
        if (i < n && text.charAt(i) == '.') {
            sb.append('.');
            int frac = digitPart(text, ++i, n, sb);
            i += frac;
            ok |= frac > 0;
        }
        if (ok && i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            sb.append('e');
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                sb.append(text.charAt(i++));
            }
            int exp = digitPart(text, i, n, sb);
            i += exp;
            ok = exp > 0;
        }
        if (!ok || i != n) {
            throw Errors.valueError("could not convert string to float: " + PyStr.repr(text));
        }
        return Double.parseDouble(sb.toString());
    }

    /** Copies the decimal digits at text[i..] (single underscores allowed between them) to sb as ASCII; returns the chars read. */
    private static int digitPart(String text, int i, int n, StringBuilder sb) {
        int start = i;
        while (i < n) {
            int d = Character.digit(text.charAt(i), 10);
            if (d >= 0) {
                sb.append((char) ('0' + d));
                i++;
            } else if (text.charAt(i) == '_' && i > start && i + 1 < n && Character.digit(text.charAt(i + 1), 10) >= 0) {
                i++;
            } else {
                break;
            }
        }
        return i - start;
    }
}
