package dev.eddy.runtime;

import static dev.eddy.runtime.Py.call;
import static dev.eddy.runtime.Py.eq;
import static dev.eddy.runtime.Py.raises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** float repr, round() and the float and int methods against CPython 3.11. */
class NumberMethodsTest {

    private static PyObject attr(Object self, String name) {
        return Py.v(self).getAttr(name);
    }

    @Test
    void floatRepr() {
        assertEquals("0.0", FloatFormat.repr(0.0));
        assertEquals("-0.0", FloatFormat.repr(-0.0));
        assertEquals("1.0", FloatFormat.repr(1.0));
        assertEquals("-1.5", FloatFormat.repr(-1.5));
        assertEquals("0.1", FloatFormat.repr(0.1));
        assertEquals("0.30000000000000004", FloatFormat.repr(0.30000000000000004));
        assertEquals("0.3333333333333333", FloatFormat.repr(0.3333333333333333));
        assertEquals("0.6666666666666666", FloatFormat.repr(0.6666666666666666));
        assertEquals("1e+16", FloatFormat.repr(1e+16));
        assertEquals("1000000000000000.0", FloatFormat.repr(1000000000000000.0));
        assertEquals("9007199254740992.0", FloatFormat.repr(9007199254740992.0));
        assertEquals("1.2345678901234568e+17", FloatFormat.repr(1.2345678901234568e+17));
        assertEquals("1e+22", FloatFormat.repr(1e+22));
        assertEquals("1e+23", FloatFormat.repr(1e+23));
        assertEquals("2e+23", FloatFormat.repr(2e+23));
        assertEquals("8.41e+21", FloatFormat.repr(8.41e+21));
        assertEquals("5e-324", FloatFormat.repr(5e-324));
        assertEquals("1e-323", FloatFormat.repr(1e-323));
        assertEquals("2.2250738585072014e-308", FloatFormat.repr(2.2250738585072014e-308));
        assertEquals("1.7976931348623157e+308", FloatFormat.repr(1.7976931348623157e+308));
        assertEquals("0.0001", FloatFormat.repr(0.0001));
        assertEquals("1e-05", FloatFormat.repr(1e-05));
        assertEquals("100.0", FloatFormat.repr(100.0));
        assertEquals("1234.5678", FloatFormat.repr(1234.5678));
        assertEquals("3.141592653589793", FloatFormat.repr(3.141592653589793));
        assertEquals("2.675", FloatFormat.repr(2.675));
        assertEquals("1e-07", FloatFormat.repr(1e-07));
        assertEquals("-1e+100", FloatFormat.repr(-1e+100));
        assertEquals("4.35", FloatFormat.repr(4.35));
        assertEquals("0.3", FloatFormat.repr(0.3));
        assertEquals("inf", FloatFormat.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatFormat.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatFormat.repr(Double.NaN));
        assertEquals("3.337610787760802e-308", FloatFormat.repr(3.337610787760802e-308));
        assertEquals("1.23e-318", FloatFormat.repr(1.23e-318));
        assertEquals("1e+23", FloatFormat.repr(1e+23));
        assertEquals("5e-310", FloatFormat.repr(5e-310));
    }

    @Test
    void shortestDigitsAgreeWithExactSearch() {
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < 1000; i++) {
            // moderate exponents keep the exact search cheap; odd rounds hit powers of two and their neighbours
            long exponent = 823 + r.nextInt(400);
            long bits = exponent << 52 | (i % 2 == 0 ? r.nextLong() & 0xfffffffffffffL : r.nextInt(4));
            double d = Double.longBitsToDouble(bits);
            if (d >= Double.MIN_NORMAL) {
                assertEquals(FloatFormat.shortestExact(d, new java.math.BigDecimal(d)), FloatFormat.shortest(d), "bits " + Long.toHexString(bits));
            }
        }
    }

    @Test
    void roundedDigitsAgreeWithBigDecimal() {
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 20000; i++) {
            double d = r.nextDouble() * Math.pow(10, r.nextInt(30) - 15);
            int n = 1 + r.nextInt(17);
            java.math.BigDecimal sig = new java.math.BigDecimal(d).round(new java.math.MathContext(n, java.math.RoundingMode.HALF_EVEN));
            assertEquals(0, sig.compareTo(value(FloatFormat.significant(d, n))), d + " to " + n + " digits");
            java.math.BigDecimal fix = new java.math.BigDecimal(d).setScale(n, java.math.RoundingMode.HALF_EVEN);
            assertEquals(0, fix.compareTo(value(FloatFormat.fixed(d, n))), d + " to " + n + " places");
        }
    }

    private static java.math.BigDecimal value(FloatFormat.Digits dg) {
        return dg.digits().isEmpty() ? java.math.BigDecimal.ZERO
                : new java.math.BigDecimal(new java.math.BigInteger(dg.digits()), dg.digits().length() - dg.decpt());
    }

    @Test
    void parsing() {
        assertEquals(1000.5, FloatMethods.parse("1_000.5"));
        assertEquals(-0.0005, FloatMethods.parse(" -.5e-3\u2003"));
        assertEquals(123.0, FloatMethods.parse("\u0661\u0662\u0663"));
        assertEquals(Double.NEGATIVE_INFINITY, FloatMethods.parse("-Infinity"));
        assertEquals(1e10, FloatMethods.parse("1e1_0"));
        for (String bad : new String[] {"_1", "1__0", "1_", "1._5", "1e", "e5", ".", "nan1", "0x10", "1_e5", ""}) {
            raises("ValueError: could not convert string to float: " + PyStr.repr(bad), () -> FloatMethods.parse(bad));
        }
    }

    @Test
    void rounding() {
        eq("2.67", FloatMethods.round(2.675, PyInt.of(2)));
        eq("0", FloatMethods.round(0.5, null));
        eq("2", FloatMethods.round(1.5, null));
        eq("0", FloatMethods.round(-0.5, null));
        eq("2", FloatMethods.round(2.5, null));
        eq("-0.0", FloatMethods.round(-0.4, PyInt.of(0)));
        eq("120.0", FloatMethods.round(123.456, PyInt.of(-1)));
        eq("100.0", FloatMethods.round(123.456, PyInt.of(-2)));
        eq("0.0", FloatMethods.round(1e+300, PyInt.of(-400)));
        eq("-0.0", FloatMethods.round(-0.5, PyInt.of(-400)));
        eq("0.5", FloatMethods.round(0.5, PyInt.of(400)));
        raises("OverflowError: rounded value too large to represent", () -> FloatMethods.round(1.7976931348623157e+308, PyInt.of(-308)));
        raises("ValueError: cannot convert float NaN to integer", () -> FloatMethods.round(Double.NaN, null));
        raises("OverflowError: cannot convert float infinity to integer", () -> FloatMethods.round(Double.POSITIVE_INFINITY, null));
        eq("inf", FloatMethods.round(Double.POSITIVE_INFINITY, PyInt.of(2)));
        eq("0.12", FloatMethods.round(0.125, PyInt.of(2)));
        eq("0.38", FloatMethods.round(0.375, PyInt.of(2)));
        eq("1.0", FloatMethods.round(1.005, PyInt.of(2)));
        eq("-1.0", FloatMethods.round(-1.005, PyInt.of(2)));
        eq("3e-05", FloatMethods.round(2.5e-05, PyInt.of(5)));
        eq("1e+22", FloatMethods.round(1e+22, PyInt.of(-21)));
        eq("0.0", FloatMethods.round(1234.5678, PyInt.of(-4)));
        eq("0.28", FloatMethods.round(0.285, PyInt.of(2)));
        eq("1.1", FloatMethods.round(1.15, PyInt.of(1)));
        eq("0.0", FloatMethods.round(5e-324, PyInt.of(323)));
        eq("10", FloatMethods.round(9.5, null));
        eq("-10", FloatMethods.round(-9.5, null));
        eq("100000000000000000000", FloatMethods.round(1e+20, null));
        eq("1200", IntMethods.round((PyInt) Py.v(1234), PyInt.of(-2)));
        eq("1200", IntMethods.round((PyInt) Py.v(1250), PyInt.of(-2)));
        eq("1400", IntMethods.round((PyInt) Py.v(1350), PyInt.of(-2)));
        eq("-1200", IntMethods.round((PyInt) Py.v(-1250), PyInt.of(-2)));
        eq("-1400", IntMethods.round((PyInt) Py.v(-1350), PyInt.of(-2)));
        eq("0", IntMethods.round((PyInt) Py.v(5), PyInt.of(-1)));
        eq("20", IntMethods.round((PyInt) Py.v(15), PyInt.of(-1)));
        eq("20", IntMethods.round((PyInt) Py.v(25), PyInt.of(-1)));
        eq("-20", IntMethods.round((PyInt) Py.v(-25), PyInt.of(-1)));
        eq("7", IntMethods.round((PyInt) Py.v(7), null));
        eq("7", IntMethods.round((PyInt) Py.v(7), PyInt.of(2)));
        eq("1180591620717411303430", IntMethods.round((PyInt) Py.v(new java.math.BigInteger("1180591620717411303429")), PyInt.of(-1)));
        eq("1180591620717411303440", IntMethods.round((PyInt) Py.v(new java.math.BigInteger("1180591620717411303439")), PyInt.of(-1)));
        eq("-1180591620717411303440", IntMethods.round((PyInt) Py.v(new java.math.BigInteger("-1180591620717411303439")), PyInt.of(-1)));
        eq("0", IntMethods.round((PyInt) Py.v(123456789), PyInt.of(-20)));
        eq("1000", IntMethods.round((PyInt) Py.v(999), PyInt.of(-3)));
        eq("0", IntMethods.round((PyInt) Py.v(500), PyInt.of(-3)));
        eq("2000", IntMethods.round((PyInt) Py.v(1500), PyInt.of(-3)));
        eq("1", IntMethods.round((PyInt) Py.v(true), null));
        eq("9223372036854775810", IntMethods.round((PyInt) Py.v(9223372036854775807L), PyInt.of(-1)));
        eq("-9223372036854775810", IntMethods.round((PyInt) Py.v(-9223372036854775808L), PyInt.of(-1)));
        raises("TypeError: 'float' object cannot be interpreted as an integer", () -> IntMethods.round(PyInt.of(5), new PyFloat(1.5)));
    }

    @Test
    void floatMethods() {
        eq("'0x1.8000000000000p+1'", call(3.0, "hex"));
        eq("'-0x0.0p+0'", call(-0.0, "hex"));
        eq("'0x1.999999999999ap-4'", call(0.1, "hex"));
        eq("'0x0.0000000000001p-1022'", call(5e-324, "hex"));
        eq("'inf'", call(Double.POSITIVE_INFINITY, "hex"));
        PyObject fromhex = PyFloat.TYPE.getAttr("fromhex");
        eq("3.0", fromhex.call(new PyStr("0x1.8p1")));
        eq("-1.7976931348623157e+308", fromhex.call(new PyStr("  -0X1.FFFFFFFFFFFFFp+1023  ")));
        eq("5e-324", fromhex.call(new PyStr("0x1p-1074")));
        eq("0.0", fromhex.call(new PyStr("0x1p-1075")));
        eq("1e-323", fromhex.call(new PyStr("0x1.8p-1074")));
        eq("1.0", fromhex.call(new PyStr("0x1.00000000000008p0")));
        eq("1.0000000000000004", fromhex.call(new PyStr("0x1.00000000000018p0")));
        eq("1.0000000000000002", fromhex.call(new PyStr("0x1.000000000000081p0")));
        eq("1.5", fromhex.call(new PyStr("1.8")));
        eq("-inf", fromhex.call(new PyStr("-Infinity")));
        raises("OverflowError: hexadecimal value too large to represent as a float", () -> fromhex.call(new PyStr("0x1.fffffffffffff8p1023")));
        raises("ValueError: invalid hexadecimal floating-point string", () -> fromhex.call(new PyStr("0x1p")));
        eq("(3, 4)", call(0.75, "as_integer_ratio"));
        eq("(0, 1)", call(-0.0, "as_integer_ratio"));
        eq("(1, 1125899906842624)", call(Math.scalb(1.0, -50), "as_integer_ratio"));
        raises("OverflowError: cannot convert Infinity to integer ratio", () -> call(Double.POSITIVE_INFINITY, "as_integer_ratio"));
        raises("ValueError: cannot convert NaN to integer ratio", () -> call(Double.NaN, "as_integer_ratio"));
        eq("True", call(3.0, "is_integer"));
        eq("False", call(3.5, "is_integer"));
        eq("2.5", attr(2.5, "real"));
        eq("0.0", attr(2.5, "imag"));
        eq("2", call(2.5, "__round__"));
        eq("2.67", call(2.675, "__round__", 2));
        eq("-2", call(-1.5, "__floor__"));
        eq("-1", call(-1.5, "__ceil__"));
        eq("1", call(1.5, "__trunc__"));
        eq("'2.5'", call(2.5, "__format__", ".1f"));
        raises("TypeError: __format__() argument must be str, not int", () -> call(2.5, "__format__", 1));
    }

    @Test
    void intMethods() {
        eq("3", call(-7, "bit_length"));
        eq("3", call(-7, "bit_count"));
        eq("101", call(PyInt.of(java.math.BigInteger.TWO.pow(100)), "bit_length"));
        eq("0", call(0, "bit_length"));
        eq("64", call(Long.MIN_VALUE, "bit_length"));
        eq("b'\\x05'", call(5, "to_bytes"));
        eq("b'\\x05\\x00'", call(5, "to_bytes", 2, Py.kw("byteorder", "little")));
        eq("b'\\x00\\x05'", call(5, "to_bytes", Py.kw("length", 2)));
        eq("b'\\xff'", call(-1, "to_bytes", 1, "big", Py.kw("signed", true)));
        eq("b'\\x00\\x04\\x00'", call(1024, "to_bytes", 3, "little"));
        raises("OverflowError: int too big to convert", () -> call(256, "to_bytes", 1, "big"));
        raises("OverflowError: can't convert negative int to unsigned", () -> call(-1, "to_bytes", 1, "big"));
        raises("OverflowError: int too big to convert", () -> call(128, "to_bytes", 1, "big", Py.kw("signed", true)));
        raises("ValueError: byteorder must be either 'little' or 'big'", () -> call(5, "to_bytes", 2, "middle"));
        raises("ValueError: length argument must be non-negative", () -> call(5, "to_bytes", -1));
        raises("TypeError: to_bytes() takes at most 2 positional arguments (3 given)", () -> call(5, "to_bytes", 2, "big", true));
        PyObject fromBytes = PyInt.TYPE.getAttr("from_bytes");
        eq("1", fromBytes.call(new PyObject[] {Py.b("\u0001\u0000"), new PyStr("little")}, null));
        eq("-1", fromBytes.call(new PyObject[] {Py.b("\u00ff"), PyBool.TRUE}, new String[] {"signed"}));
        eq("258", fromBytes.call(new PyObject[] {Py.v(java.util.List.of(1, 2)), new PyStr("big")}, null));
        eq("-32768", fromBytes.call(new PyObject[] {Py.b("\u0080\u0000"), new PyStr("big"), PyBool.TRUE}, new String[] {"signed"}));
        raises("TypeError: cannot convert 'str' object to bytes", () -> fromBytes.call(new PyStr("ab")));
        raises("ValueError: bytes must be in range(0, 256)", () -> fromBytes.call(Py.v(java.util.List.of(256))));
        eq("(5, 1)", call(5, "as_integer_ratio"));
        eq("(1, 1)", call(true, "as_integer_ratio"));
        eq("1", attr(true, "real"));
        eq("0", attr(5, "imag"));
        eq("1", attr(5, "denominator"));
        eq("5", attr(5, "numerator"));
        eq("5", call(5, "conjugate"));
        eq("20", call(25, "__round__", -1));
        raises("TypeError: int.bit_length() takes no arguments (1 given)", () -> call(5, "bit_length", 1));
        eq("'-0x1f'", new PyStr(IntMethods.toString(PyInt.of(-31), 16)));
        eq("'0o17'", new PyStr(IntMethods.toString(PyInt.of(15), 8)));
        eq("'-0b101'", new PyStr(IntMethods.toString(PyInt.of(-5), 2)));
        eq("'-0x8000000000000000'", new PyStr(IntMethods.toString(PyInt.of(Long.MIN_VALUE), 16)));
        eq("'0x100000000000000000000'", new PyStr(IntMethods.toString(PyInt.of(java.math.BigInteger.TWO.pow(80)), 16)));
    }
}
