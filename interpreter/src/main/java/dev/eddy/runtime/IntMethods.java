package dev.eddy.runtime;

import java.math.BigInteger;

/** int(): construction and the methods of int (bool inherits them). */
public final class IntMethods {
    private IntMethods() {
    }

    static void install(PyType t) {
        // pickle: a subclass instance is rebuilt from its plain int value
        t.def("__getnewargs__", (a, kw) -> {
            Args.checkMethod("__getnewargs__", a, kw, 0, 0);
            PyInt i = (PyInt) a[0];
            return PyTuple.of(i.isBig() ? PyInt.of(i.toBig()) : PyInt.of(i.value));
        });
        // int's own repr, for int.__repr__(x) and mixins such as enum's ReprEnum (never a subclass's override)
        t.def("__repr__", (a, kw) -> a[0] instanceof PyBool ? a[0].repr() : (((PyInt) a[0]).isBig() ? PyInt.of(((PyInt) a[0]).toBig()) : PyInt.of(((PyInt) a[0]).value)).repr());
        t.def("bit_length", (a, kw) -> {
            TypeMethods.check("int.bit_length", a, kw, 0, 0);
            PyInt i = self(a);
            return PyInt.of(i.isBig() ? i.big.abs().bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(i.value)));
        });
        t.def("bit_count", (a, kw) -> {
            TypeMethods.check("int.bit_count", a, kw, 0, 0);
            PyInt i = self(a);
            return PyInt.of(i.isBig() ? i.big.abs().bitCount() : Long.bitCount(Math.abs(i.value)));
        });
        t.def("to_bytes", IntMethods::toBytes);
        t.defClassMethod("from_bytes", IntMethods::fromBytes);
        t.def("conjugate", (a, kw) -> {
            TypeMethods.check("int.conjugate", a, kw, 0, 0);
            return plain(self(a));
        });
        t.def("as_integer_ratio", (a, kw) -> {
            TypeMethods.check("int.as_integer_ratio", a, kw, 0, 0);
            return PyTuple.of(plain(self(a)), PyInt.of(1));
        });
        t.def("is_integer", (a, kw) -> {
            TypeMethods.check("int.is_integer", a, kw, 0, 0);
            return PyBool.TRUE;
        });
        TypeMethods.property(t, "real", a -> plain(self(a)));
        TypeMethods.property(t, "numerator", a -> plain(self(a)));
        TypeMethods.property(t, "imag", a -> PyInt.of(0));
        TypeMethods.property(t, "denominator", a -> PyInt.of(1));
        t.def("__format__", (a, kw) -> {
            TypeMethods.check("int.__format__", a, kw, 1, 1);
            return StrFormat.format(self(a), FloatMethods.specArg(a[1]));
        });
        t.def("__round__", (a, kw) -> {
            TypeMethods.check("int.__round__", a, kw, 0, 1);
            return a.length == 1 ? plain(self(a)) : round(self(a), Ops.index(a[1], null));
        });
        for (String name : new String[] {"__trunc__", "__floor__", "__ceil__"}) {
            t.def(name, (a, kw) -> {
                TypeMethods.check("int." + name, a, kw, 0, 0);
                return plain(self(a));
            });
        }
    }

    private static PyInt self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyInt i)) {
            throw Errors.typeError("descriptor requires a 'int' object but received a '" + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return i;
    }

    /** The int itself, or the plain int equal to a bool. */
    private static PyInt plain(PyInt i) {
        return i instanceof PyBool ? PyInt.of(i.value) : i;
    }

    // ---- helpers for the builtins ---------------------------------------------------------------

    /** hex(), oct(), bin() and str(): the digits in {@code radix} with CPython's prefix after the sign ("-0x1f"). */
    public static String toString(PyInt v, int radix) {
        String prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : radix == 2 ? "0b" : "";
        if (!v.isBig()) {
            long x = v.value;
            if (x >= 0) {
                return prefix.isEmpty() ? Long.toString(x) : prefix + Long.toString(x, radix);
            }
            if (x != Long.MIN_VALUE) {
                return prefix.isEmpty() ? Long.toString(x) : "-" + prefix + Long.toString(-x, radix);
            }
        }
        BigInteger b = v.toBig();
        return b.signum() < 0 ? "-" + prefix + b.negate().toString(radix) : prefix + b.toString(radix);
    }

    /** round(i, ndigits): i itself (as a plain int) for None or ndigits >= 0, else rounded half-even to a multiple of 10**-ndigits. */
    public static PyInt round(PyInt i, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            return plain(i);
        }
        PyInt n = Ops.index(ndigits, null);
        if (n.signum() >= 0) {
            return plain(i);
        }
        if (n.isBig() || n.value < -100_000) {
            return PyInt.of(0);
        }
        if (!i.isBig() && n.value >= -18) {
            long pow = LONG_POW10[(int) -n.value];
            long x = i.value;
            long q = Math.floorDiv(x, pow);
            long r = x - q * pow;
            long twice = 2 * r;
            if (twice > pow || (twice == pow && (q & 1) != 0)) {
                q++;
            }
            long hi = Math.multiplyHigh(q, pow);
            long lo = q * pow;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        BigInteger pow = BigInteger.TEN.pow((int) -n.value);
        BigInteger[] qr = i.toBig().divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    private static final long[] LONG_POW10 = new long[19];

    static {
        LONG_POW10[0] = 1;
        for (int i = 1; i < LONG_POW10.length; i++) {
            LONG_POW10[i] = LONG_POW10[i - 1] * 10;
        }
    }

    // ---- to_bytes / from_bytes ------------------------------------------------------------------

    private static final String[] TO_BYTES = {"length", "byteorder", "signed"};

    /** int.to_bytes(length=1, byteorder='big', *, signed=False). */
    private static PyObject toBytes(PyObject[] a, String[] kw) {
        PyInt self = self(a);
        int npos = Args.positional(a, kw) - 1;
        if (npos > 2) {
            throw Errors.typeError("to_bytes() takes at most 2 positional arguments (" + npos + " given)");
        }
        checkKeywords("to_bytes", kw, TO_BYTES);
        PyObject[] p = TypeMethods.bind("to_bytes", a, kw, TO_BYTES, 0);
        long length = p[0] == null ? 1 : Ops.index(p[0], null).longValueExact();
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        boolean little = littleEndian("to_bytes", p[1]);
        boolean signed = TypeMethods.flag(p[2], false);
        BigInteger v = self.toBig();
        if (!signed && v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8 && !(signed && length == 0 && v.signum() < 0 && v.bitLength() == 0)) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] two = v.toByteArray();
        // two's complement, big-endian, sign-extended into the wanted length
        byte fillByte = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = two.length - 1 - i;
            byte b = src >= 0 ? two[src] : fillByte;
            out[little ? i : out.length - 1 - i] = b;
        }
        return new PyBytes(out);
    }

    private static final String[] FROM_BYTES = {"bytes", "byteorder", "signed"};

    /** int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod. */
    private static PyObject fromBytes(PyObject[] a, String[] kw) {
        PyType cls = (PyType) a[0];
        int npos = Args.positional(a, kw) - 1;
        if (npos > 2) {
            throw Errors.typeError("from_bytes() takes at most 2 positional arguments (" + npos + " given)");
        }
        checkKeywords("from_bytes", kw, FROM_BYTES);
        PyObject[] p = TypeMethods.bind("from_bytes", a, kw, FROM_BYTES, 1);
        byte[] bytes = BytesMethods.asBytes(p[0]);
        boolean little = littleEndian("from_bytes", p[1]);
        boolean signed = TypeMethods.flag(p[2], false);
        byte[] big = new byte[bytes.length + 1];
        for (int i = 0; i < bytes.length; i++) {
            big[i + 1] = bytes[little ? bytes.length - 1 - i : i];
        }
        if (signed && bytes.length > 0 && big[1] < 0) {
            big[0] = (byte) 0xff;
        }
        PyInt r = PyInt.of(new BigInteger(big));
        if (cls == PyInt.TYPE) {
            return r;
        }
        if (cls == PyBool.TYPE) {
            return PyBool.of(r.isTrue());
        }
        return cls.call(r);
    }

    private static void checkKeywords(String fname, String[] kw, String[] params) {
        if (kw == null) {
            return;
        }
        for (String k : kw) {
            if (!java.util.Arrays.asList(params).contains(k)) {
                throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
            }
        }
    }

    private static boolean littleEndian(String fname, PyObject o) {
        if (o == null) {
            return false;
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(fname + "() argument 'byteorder' must be str, not " + o.type().name);
        }
        if (s.value.equals("little")) {
            return true;
        }
        if (s.value.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("int", a, kw, new String[] {"x", "base"}, 0);
        PyObject x = p[0];
        if (x == null) {
            return PyInt.of(0);
        }
        if (p[1] != null) {
            if (x instanceof PyBytes || x instanceof PyByteArray) {
                return parseBytes(((PyBuffer) x).bufferBytes(), Ops.toInt(p[1]));
            }
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            return parse(s.value, Ops.toInt(p[1]));
        }
        if (x instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (x instanceof PyInt xi) {
            if (!x.type().heapType) {
                return x;
            }
            // an int subclass gives a plain int, unless it defines its own __int__
            PyObject own = x.type().lookup("__int__");
            PyObject r = own == null || own == PyInt.TYPE.lookup("__int__") ? xi : Descriptors.callBound(own, x, x.type());
            if (!(r instanceof PyInt ri)) {
                throw Errors.typeError("__int__ returned non-int (type " + r.type().name + ")");
            }
            return ri.big != null ? PyInt.of(ri.big) : PyInt.of(ri.value);
        }
        if (x instanceof PyFloat f) {
            return fromDouble(f.value);
        }
        if (x instanceof PyStr s) {
            return parse(s.value, 10);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            return parseBytes(((PyBuffer) x).bufferBytes(), 10);
        }
        PyObject m = x.type().lookup("__int__");
        if (m == null) {
            m = x.type().lookup("__index__");
        }
        if (m != null) {
            return Descriptors.callBound(m, x, x.type());
        }
        m = x.type().lookup("__trunc__");
        if (m != null) {
            return Descriptors.callBound(m, x, x.type());
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + x.type().name + "'");
    }

    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    /** int(s, base) with Python's literal rules: whitespace, sign, underscores, prefixes for base 0/16/8/2. */
    /** int(b'...', base): as for str, but a bad literal is shown as bytes. */
    static PyInt parseBytes(byte[] b, int base) {
        try {
            return parse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), base);
        } catch (PyException e) {
            if (e.matches(Exceptions.VALUE_ERROR) && e.getMessage() != null && e.getMessage().contains("invalid literal")) {
                String shown = PyBytes.repr(b, b.length, false);
                throw Errors.valueError("invalid literal for int() with base " + base + ": "
                        + (shown.length() > 200 ? shown.substring(0, 200) : shown));
            }
            throw e;
        }
    }

    public static PyInt parse(String text, int base) {
        String s = text.strip();
        String orig = text;
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        boolean neg = false;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String body = s.substring(i);
        String lower = body.toLowerCase();
        int b = base;
        if ((b == 0 || b == 16) && lower.startsWith("0x")) {
            b = 16;
            body = body.substring(2);
            if (body.startsWith("_")) {
                body = body.substring(1);
            }
        } else if ((b == 0 || b == 8) && lower.startsWith("0o")) {
            b = 8;
            body = body.substring(2);
            if (body.startsWith("_")) {
                body = body.substring(1);
            }
        } else if ((b == 0 || b == 2) && lower.startsWith("0b")) {
            b = 2;
            body = body.substring(2);
            if (body.startsWith("_")) {
                body = body.substring(1);
            }
        } else if (b == 0) {
            b = 10;
            if (body.length() > 1 && body.charAt(0) == '0' && !body.replace("_", "").chars().allMatch(c -> c == '0')) {
                throw invalid(orig, base);
            }
        }
        if (IntDigits.limited(b)) {
            // CPython counts the run of digits before it looks for junk after them
            int digits = 0;
            for (int j = 0; j < body.length(); j++) {
                char c = body.charAt(j);
                if (c != '_') {
                    if (Character.digit(c, b) < 0) {
                        break;
                    }
                    digits++;
                }
            }
            IntDigits.checkParse(digits);
        }
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw invalid(orig, base);
        }
        body = body.replace("_", "");
        try {
            BigInteger v = IntDigits.parse(body, b);
            if (body.startsWith("+") || body.startsWith("-")) {
                throw invalid(orig, base);
            }
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw invalid(orig, base);
        }
    }

    private static PyException invalid(String s, int base) {
        // CPython shows at most 200 characters of the repr (%.200R)
        String shown = PyStr.repr(s);
        if (shown.length() > 200) {
            shown = shown.substring(0, 200);
        }
        return Errors.valueError("invalid literal for int() with base " + base + ": " + shown);
    }
}
