package dev.eddy.builtins;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyInt;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static dev.eddy.builtins.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NumericTest {
    @Test
    void roundIsHalfEvenOnExactValues() {
        assertEquals("2.67", repr(call("round", f(2.675), i(2))));
        assertEquals("2.57", repr(call("round", f(2.567), i(2))));
        assertEquals("2", repr(call("round", f(2.5))));
        assertEquals("-2", repr(call("round", f(-2.5))));
        assertEquals("0", repr(call("round", f(0.5))));
        assertEquals("0.12", repr(call("round", f(0.125), i(2))));
        assertEquals("1.4", repr(call("round", f(1.45), i(1))));
        assertEquals("12300", repr(call("round", i(12345), i(-2))));
        assertEquals("20", repr(call("round", i(25), i(-1))));
        assertEquals("20", repr(call("round", i(15), i(-1))));
        assertEquals("-20", repr(call("round", i(-25), i(-1))));
        assertEquals("120.0", repr(call("round", f(123.456), i(-1))));
        assertEquals("2.0", repr(call("round", f(2.5), i(0))));
        assertEquals("inf", repr(call("round", f(Double.POSITIVE_INFINITY), i(2))));
        assertEquals("1", repr(call("round", bool(true))));
        raises(Exceptions.OVERFLOW_ERROR, "cannot convert float infinity to integer", () -> call("round", f(Double.POSITIVE_INFINITY)));
        raises(Exceptions.VALUE_ERROR, "cannot convert float NaN to integer", () -> call("round", f(Double.NaN)));
        raises(Exceptions.TYPE_ERROR, "type str doesn't define __round__ method", () -> call("round", s("1.5")));
        raises(Exceptions.TYPE_ERROR, "'foo' is an invalid keyword argument for round()", () -> callKw("round", new String[] {"foo"}, i(1), i(2)));
    }

    @Test
    void divmodFloorsTowardNegativeInfinity() {
        assertEquals("(3, 2)", repr(call("divmod", i(17), i(5))));
        assertEquals("(-4, 3)", repr(call("divmod", i(-17), i(5))));
        assertEquals("(-4, -3)", repr(call("divmod", i(17), i(-5))));
        assertEquals("(3.0, 2.5)", repr(call("divmod", f(17.5), i(5))));
        assertEquals("(-4.0, 0.5)", repr(call("divmod", f(-7.5), i(2))));
        assertEquals("(-4.0, -0.5)", repr(call("divmod", f(7.5), i(-2))));
        assertEquals("(-1.0, inf)", repr(call("divmod", f(-5.0), f(Double.POSITIVE_INFINITY))));
        assertEquals("(-0.0, 0.0)", repr(call("divmod", f(-0.0), i(1))));
        assertEquals("(10000000000, 7)", repr(call("divmod", PyInt.of(BigInteger.TEN.pow(20).add(BigInteger.valueOf(7))), i(10_000_000_000L))));
        raises(Exceptions.ZERO_DIVISION_ERROR, "integer division or modulo by zero", () -> call("divmod", i(1), i(0)));
        raises(Exceptions.ZERO_DIVISION_ERROR, "float divmod()", () -> call("divmod", f(1.0), i(0)));
        raises(Exceptions.TYPE_ERROR, "unsupported operand type(s) for divmod(): 'str' and 'int'", () -> call("divmod", s("a"), i(2)));
        raises(Exceptions.TYPE_ERROR, "divmod expected 2 arguments, got 1", () -> call("divmod", i(1)));
    }

    @Test
    void powWithModulus() {
        assertEquals("81", repr(call("pow", i(3), i(4))));
        assertEquals("4", repr(call("pow", i(7), i(2), i(5))));
        assertEquals("5", repr(call("pow", i(3), i(-1), i(7))));
        assertEquals("-3", repr(call("pow", i(-2), i(3), i(-5))));
        assertEquals("-2", repr(call("pow", i(2), i(3), i(-5))));
        assertEquals("8", repr(callKw("pow", new String[] {"base", "exp"}, i(2), i(3))));
        raises(Exceptions.VALUE_ERROR, "pow() 3rd argument cannot be 0", () -> call("pow", i(2), i(3), i(0)));
        raises(Exceptions.VALUE_ERROR, "base is not invertible for the given modulus", () -> call("pow", i(2), i(-1), i(4)));
        raises(Exceptions.TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers", () -> call("pow", f(2.0), i(3), i(5)));
    }

    @Test
    void textConversions() {
        assertEquals("'-0xff'", repr(call("hex", i(-255))));
        assertEquals("'0b101'", repr(call("bin", i(5))));
        assertEquals("'-0o10'", repr(call("oct", i(-8))));
        assertEquals("'0x100000000'", repr(call("hex", i(1L << 32))));
        assertEquals("'\u263a'", repr(call("chr", i(0x263A))));
        assertEquals("8364", repr(call("ord", s("\u20ac"))));
        assertEquals("128512", repr(call("ord", s("\ud83d\ude00"))));
        assertEquals("97", repr(call("ord", new dev.eddy.runtime.PyBytes(new byte[] {97}))));
        raises(Exceptions.TYPE_ERROR, "ord() expected a character, but string of length 2 found", () -> call("ord", s("ab")));
        raises(Exceptions.TYPE_ERROR, "ord() expected string of length 1, but int found", () -> call("ord", i(1)));
        raises(Exceptions.VALUE_ERROR, "chr() arg not in range(0x110000)", () -> call("chr", i(0x110000)));
        raises(Exceptions.VALUE_ERROR, "chr() arg not in range(0x110000)", () -> call("chr", i(-1)));
        raises(Exceptions.TYPE_ERROR, "'str' object cannot be interpreted as an integer", () -> call("chr", s("a")));
        raises(Exceptions.TYPE_ERROR, "'float' object cannot be interpreted as an integer", () -> call("hex", f(1.5)));
    }

    @Test
    void absOfBuiltins() {
        assertEquals("5", repr(call("abs", i(-5))));
        assertEquals("1", repr(call("abs", bool(true))));
        assertEquals("0.0", repr(call("abs", f(-0.0))));
        assertEquals("1000000000000000000000000000000", repr(call("abs", PyInt.of(BigInteger.TEN.pow(30).negate()))));
        raises(Exceptions.TYPE_ERROR, "bad operand type for abs(): 'str'", () -> call("abs", s("x")));
        raises(Exceptions.TYPE_ERROR, "abs() takes exactly one argument (0 given)", () -> call("abs"));
    }
}
