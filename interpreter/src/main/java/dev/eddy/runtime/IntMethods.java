package dev.eddy.runtime;

import java.math.BigInteger;

/** int(): construction and the methods of int. */
public final class IntMethods {
    private IntMethods() {
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("int", a, kw, new String[] {"x", "base"}, 0);
        PyObject x = p[0];
        if (x == null) {
            return PyInt.of(0);
        }
        if (p[1] != null) {
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            return parse(s.value, Ops.toInt(p[1]));
        }
        if (x instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (x instanceof PyInt) {
            return x;
        }
        if (x instanceof PyFloat f) {
            return fromDouble(f.value);
        }
        if (x instanceof PyStr s) {
            return parse(s.value, 10);
        }
        if (x instanceof PyBytes b) {
            return parse(new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1), 10);
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
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw invalid(orig, base);
        }
        body = body.replace("_", "");
        try {
            BigInteger v = new BigInteger(body, b);
            if (body.startsWith("+") || body.startsWith("-")) {
                throw invalid(orig, base);
            }
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw invalid(orig, base);
        }
    }

    private static PyException invalid(String s, int base) {
        return Errors.valueError("invalid literal for int() with base " + base + ": " + PyStr.repr(s));
    }
}
