package dev.eddy.runtime;

import static dev.eddy.runtime.Py.eq;
import static dev.eddy.runtime.Py.raises;

import org.junit.jupiter.api.Test;

/** format(value, spec) and str % args against CPython 3.11 (cases generated with python3). */
class StrFormatTest {

    private static PyStr format(Object value, String spec) {
        return StrFormat.format(Py.v(value), spec);
    }

    private static PyStr percent(String fmt, Object args) {
        return new PyStr(StrFormat.percent(fmt, Py.v(args)));
    }

    @Test
    void formatSpec() {
        raises("ValueError: Unknown format code 's' for object of type 'int'", () -> format(1, "s"));
        raises("ValueError: Unknown format code 'd' for object of type 'float'", () -> format(1.5, "d"));
        raises("ValueError: Unknown format code 'd' for object of type 'str'", () -> format("a", "d"));
        raises("ValueError: Precision not allowed in integer format specifier", () -> format(1, ".2d"));
        raises("ValueError: '=' alignment not allowed in string format specifier", () -> format("a", "=5"));
        raises("ValueError: Sign not allowed in string format specifier", () -> format("a", "+"));
        raises("ValueError: Space not allowed in string format specifier", () -> format("a", " "));
        raises("ValueError: Alternate form (#) not allowed in string format specifier", () -> format("a", "#"));
        raises("ValueError: Negative zero coercion (z) not allowed in string format specifier", () -> format("a", "z"));
        raises("ValueError: Negative zero coercion (z) not allowed in integer format specifier", () -> format(1, "z"));
        raises("ValueError: Cannot specify ',' with 'c'.", () -> format(1, ",c"));
        raises("ValueError: Cannot specify ',' with 'b'.", () -> format(1, ",b"));
        raises("ValueError: Cannot specify both ',' and '_'.", () -> format(1, ",_"));
        raises("ValueError: Cannot specify both ',' and '_'.", () -> format(1, "_,"));
        raises("OverflowError: %c arg not in range(0x110000)", () -> format(-1, "c"));
        raises("ValueError: Sign not allowed with integer format specifier 'c'", () -> format(65, "+c"));
        raises("ValueError: Alternate form (#) not allowed with integer format specifier 'c'", () -> format(65, "#c"));
        raises("ValueError: Invalid format specifier 'abc' for object of type 'int'", () -> format(1, "abc"));
        raises("ValueError: Invalid format specifier 'abc' for object of type 'float'", () -> format(1.0, "abc"));
        eq("'    1'", format(true, ">5"));
        raises("ValueError: Unknown format code 's' for object of type 'bool'", () -> format(true, "s"));
        eq("'True'", format(true, ""));
        eq("'1'", format(true, "d"));
        eq("'1.00'", format(true, ".2f"));
        raises("ValueError: Format specifier missing precision", () -> format(1, "."));
        raises("ValueError: Too many decimal digits in format string", () -> format(1, "9999999999999999999"));
        raises("ValueError: Cannot specify ',' with 'n'.", () -> format(1.0, ",n"));
        raises("ValueError: Cannot specify ',' with 's'.", () -> format("a", ","));
        raises("ValueError: Cannot specify '_' with 'n'.", () -> format(1, "_n"));
        eq("'ab000'", format("ab", "05"));
        eq("'0,001,234'", format(1234, "08,"));
        eq("'0,001,234'", format(1234, "09,"));
        eq("'0000000inf'", format(Double.POSITIVE_INFINITY, "010"));
        eq("'+nan'", format(Double.NaN, "+"));
        eq("'1.e+20'", format(1e+20, "#"));
        eq("'1.23e+02'", format(123.0, ".3"));
        eq("'1.0'", format(1.0, ".3"));
        eq("'1e+16'", format(1e+16, ".3"));
        eq("'1e+16'", format(1e+16, ""));
        eq("'1.0'", format(1.0, ""));
        eq("'0.0'", format(-0.0, "z"));
        eq("'0.00'", format(-0.0001, "z.2f"));
        eq("'0.12'", format(0.125, ".2f"));
        eq("'0.38'", format(0.375, ".2f"));
        eq("'2.67'", format(2.675, ".2f"));
        eq("'99999999999999991611392.00'", format(1e+23, ".2f"));
        eq("'5e-324'", format(5e-324, ""));
        eq("'12,345.68'", format(12345.678, ",.2f"));
        eq("'12_345.678'", format(12345.678, "_"));
        eq("'12_d687'", format(1234567, "_x"));
        eq("'0xff'", format(255, "#x"));
        eq("'0XFF'", format(255, "#X"));
        eq("'-0x00000ff'", format(-255, "#010x"));
        eq("'0b11111111'", format(255, "#b"));
        eq("'0o10'", format(8, "#o"));
        eq("'-     42'", format(-42, "=+8"));
        eq("'   42    '", format(42, "^9"));
        eq("'***42****'", format(42, "*^9"));
        eq("'3.141590e+00'", format(3.14159, "e"));
        eq("'3e+00'", format(3.14159, ".0e"));
        eq("'3.e+00'", format(3.14159, "#.0e"));
        eq("'3.14159'", format(3.14159, "g"));
        eq("'1.234e-05'", format(1.234e-05, "g"));
        eq("'1.23457e+08'", format(123456789.0, "g"));
        eq("'100.000'", format(100.0, "#g"));
        eq("'50.000000%'", format(0.5, "%"));
        eq("'12.5%'", format(0.125, ".1%"));
        eq("'inf'", format(Double.POSITIVE_INFINITY, "f"));
        eq("'INF'", format(Double.POSITIVE_INFINITY, "F"));
        eq("'-INF'", format(Double.NEGATIVE_INFINITY, "E"));
        eq("'1.5'", format(1.5, "n"));
        eq("'1234567'", format(1234567, "n"));
        eq("'12'", format(12.0, ".0f"));
        eq("'0'", format(0.001, ".0f"));
        eq("'ab'", format("abc", ".2"));
        eq("'   ab'", format("abc", ">5.2"));
        eq("' abc  '", format("abc", "^6"));
        eq("'xxabcxx'", format("abc", "x^7"));
        eq("'1xxxx'", format(1, "x<5"));
        eq("'A'", format(65, "c"));
        eq("'  A'", format(65, ">3c"));
        eq("'1,180,591,620,717,411,303,424'", format(new java.math.BigInteger("1180591620717411303424"), ","));
        eq("'-40_0000_0000_0000_0000'", format(new java.math.BigInteger("-1180591620717411303424"), "_x"));
        eq("'-00,001,234,567'", format(-1234567, "015,d"));
        eq("'0,001,234.50'", format(1234.5, "012,.2f"));
        eq("'1e+100'", format(1e+100, ".3"));
        eq("'0.10000000000000000555'", format(0.1, ".20f"));
        eq("'0.3333333333333333'", format(0.3333333333333333, ""));
        eq("'9223372036854775808'", format(new java.math.BigInteger("9223372036854775808"), "d"));
        eq("'-8000000000000000'", format(-9223372036854775808L, "x"));
        eq("'  \ud83d\ude00'", format("\ud83d\ude00", ">3"));
        eq("'\ud83d\ude00\ud83d\ude005\ud83d\ude00\ud83d\ude00'", format(5, "\ud83d\ude00^5"));
        eq("'+42'", format(42, "+"));
        eq("' 42'", format(42, " "));
        eq("'-3.5'", format(-3.5, " "));
        eq("'+2'", format(1.5, "+.0f"));
        eq("'2'", format(2.5, ".0f"));
        eq("'10.00'", format(9.999, ".2f"));
        eq("'1e+16'", format(9999900000000000.0, ".3g"));
        eq("'0.0001'", format(0.0001, ""));
        eq("'1e-05'", format(1e-05, ""));
        eq("'1e-07'", format(1e-07, ".3"));
        eq("'None'", format(null, ""));
        raises("TypeError: unsupported format string passed to NoneType.__format__", () -> format(null, "x"));
        eq("'[1, 2]'", format(java.util.List.of(1, 2), ""));
    }

    @Test
    void percentFormatting() {
        raises("TypeError: %d format: a real number is required, not str", () -> percent("%d", "x"));
        raises("TypeError: %x format: an integer is required, not float", () -> percent("%x", 1.5));
        raises("TypeError: must be real number, not str", () -> percent("%f", "x"));
        raises("TypeError: %c requires int or char", () -> percent("%c", "ab"));
        raises("OverflowError: %c arg not in range(0x110000)", () -> percent("%c", -1));
        raises("TypeError: %c requires int or char", () -> percent("%c", 1.5));
        raises("TypeError: not enough arguments for format string", () -> percent("%s %s", (Object) new Object[] {1}));
        raises("TypeError: not all arguments converted during string formatting", () -> percent("%s", (Object) new Object[] {1, 2}));
        raises("TypeError: format requires a mapping", () -> percent("%(a)s", 5));
        raises("ValueError: incomplete format", () -> percent("%", (Object) new Object[] {}));
        raises("ValueError: unsupported format character 'y' (0x79) at index 1", () -> percent("%y", 1));
        raises("TypeError: not all arguments converted during string formatting", () -> percent("abc", 5));
        eq("'abc'", percent("abc", java.util.List.of()));
        raises("TypeError: * wants int", () -> percent("%*d", (Object) new Object[] {"x", 1}));
        eq("'   ab'", percent("%05s", "ab"));
        eq("'3    |'", percent("%-05d|", 3));
        eq("'005'", percent("%.3d", 5));
        eq("'0xff'", percent("%#x", 255));
        eq("'0o10'", percent("%#o", 8));
        eq("'+5'", percent("%+d", 5));
        eq("' 5'", percent("% d", 5));
        eq("'-0003'", percent("%05d", -3));
        eq("'0x0000ff'", percent("%#08x", 255));
        eq("'0xff    |'", percent("%-#8x|", 255));
        eq("'2.67'", percent("%.2f", 2.675));
        eq("'1.500000e+00'", percent("%e", 1.5));
        eq("'1e-05'", percent("%g", 1e-05));
        eq("'1.00000'", percent("%#g", 1.0));
        eq("'     3.142|'", percent("%10.3f|", 3.14159));
        eq("'3.142     |'", percent("%-10.3f|", 3.14159));
        eq("'-00003.142'", percent("%010.3f", -3.14159));
        eq("'+1.2e+04'", percent("%+.1e", 12345.0));
        eq("'True'", percent("%s", true));
        eq("'1'", percent("%d", true));
        eq("'3'", percent("%d", 3.7));
        eq("\"'a'\"", percent("%r", "a"));
        eq("\"'\\\\xe9'\"", percent("%a", "\u00e9"));
        eq("'    a|b    |'", percent("%5s|%-5s|", (Object) new Object[] {"a", "b"}));
        eq("'ab'", percent("%.2s", "abcdef"));
        eq("'A'", percent("%c", 65));
        eq("'z'", percent("%c", "z"));
        eq("'5'", percent("%i", 5));
        eq("'5'", percent("%u", 5));
        eq("'FF'", percent("%X", 255));
        eq("'0000000inf'", percent("%010.2f", Double.POSITIVE_INFINITY));
        raises("OverflowError: cannot convert float infinity to integer", () -> percent("%d", Double.POSITIVE_INFINITY));
        raises("ValueError: cannot convert float NaN to integer", () -> percent("%d", Double.NaN));
        eq("'-ff'", percent("%x", -255));
        eq("'0XFF'", percent("%#X", 255));
        eq("'-10'", percent("%o", -8));
        eq("'0'", percent("%.0f", 0.5));
        eq("'2'", percent("%.0f", 1.5));
        eq("'None'", percent("%s", null));
        eq("'    a|'", percent("%5.1s|", "abc"));
        eq("'5'", percent("%ld", 5));
        eq("'%1'", percent("%%%s", 1));
        eq("'    3.14'", percent("%*.*f", (Object) new Object[] {8, 2, 3.14159}));
        eq("'3    |'", percent("%-*d|", (Object) new Object[] {5, 3}));
        eq("'3    |'", percent("%*d|", (Object) new Object[] {-5, 3}));
        raises("TypeError: not enough arguments for format string", () -> percent("%5%", (Object) new Object[] {}));
        raises("ValueError: unsupported format character '%' (0x25) at index 2", () -> percent("%5%", (Object) new Object[] {1}));
        raises("ValueError: incomplete format", () -> percent("a%", (Object) new Object[] {}));
        eq("'1'", percent("%s", (Object) new Object[] {1}));
        eq("'(1, 2)'", percent("%s", (Object) new Object[] {(Object) new Object[] {1, 2}}));
        eq("'50%'", percent("%d%%", 50));
        eq("'\ud83d\ude00ab'", percent("%.3s", "\ud83d\ude00ab"));
    }

    @Test
    void percentWithMapping() {
        PyDict d = new PyDict();
        d.put("a", PyInt.of(1));
        d.put("b", new PyStr("x"));
        eq("\"1 'x'\"", percent("%(a)s %(b)r", d));
        eq("\"{'a': 1, 'b': 'x'}\"", percent("%s", d));
        eq("'abc'", percent("abc", d));
        raises("KeyError: 'c'", () -> percent("%(c)s", d));
        raises("ValueError: incomplete format key", () -> percent("%(a", d));
    }

    @Test
    void userFormat() {
        PyType cls = new PyType("C", new PyType[] {PyType.OBJECT}, null, false);
        PyObject obj = cls.call();
        eq("True", PyBool.of(format(obj, "").value.startsWith("<C object at 0x")));
        raises("TypeError: unsupported format string passed to C.__format__", () -> format(obj, "x"));
        cls.setAttr("__format__", new PyBuiltinFunction("__format__", (a, kw) -> new PyStr("fmt:" + a[1]), true, cls));
        eq("'fmt:abc'", format(obj, "abc"));
        cls.setAttr("__format__", new PyBuiltinFunction("__format__", (a, kw) -> PyInt.of(1), true, cls));
        raises("TypeError: __format__ must return a str, not int", () -> format(obj, "abc"));
    }
}
