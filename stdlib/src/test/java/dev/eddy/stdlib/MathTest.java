package dev.eddy.stdlib;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyInt;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static dev.eddy.stdlib.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MathTest {
    private static String m(String name, Object... args) {
        dev.eddy.runtime.PyObject[] a = new dev.eddy.runtime.PyObject[args.length];
        for (int k = 0; k < args.length; k++) {
            Object o = args[k];
            a[k] = o instanceof Integer n ? i(n) : o instanceof Long n ? i(n) : o instanceof Double d ? f(d)
                    : (dev.eddy.runtime.PyObject) o;
        }
        return repr(call("math", name, a));
    }

    @Test
    void exactIntegerFunctions() {
        assertEquals("15511210043330985984000000", m("factorial", 25));
        assertEquals("10000000000", m("isqrt", PyInt.of(BigInteger.TEN.pow(20).add(BigInteger.valueOf(5)))));
        assertEquals("126410606437752 20 120", m("comb", 50, 25) + " " + m("perm", 5, 2) + " " + m("perm", 5));
        assertEquals("1125899906842624", m("gcd", PyInt.of(BigInteger.TWO.pow(100)), PyInt.of(BigInteger.valueOf(6).pow(50))));
        assertEquals("4 0 12 1", m("gcd", -12, 8) + " " + m("gcd") + " " + m("lcm", 4, 6) + " " + m("lcm"));
        assertEquals("24 1", m("prod", ints(1, 2, 3, 4)) + " " + m("prod", list()));
        assertEquals("100000000000000000000 10000000000000000 -2 -1", m("floor", 1e20) + " " + m("ceil", 1e16) + " " + m("trunc", -2.7) + " " + m("floor", -0.5));
        raises(Exceptions.VALUE_ERROR, "factorial() not defined for negative values", () -> m("factorial", -1));
        raises(Exceptions.TYPE_ERROR, "'float' object cannot be interpreted as an integer", () -> m("factorial", 5.0));
        raises(Exceptions.VALUE_ERROR, "isqrt() argument must be nonnegative", () -> m("isqrt", -1));
        raises(Exceptions.OVERFLOW_ERROR, "cannot convert float infinity to integer", () -> m("floor", Double.POSITIVE_INFINITY));
    }

    @Test
    void floatingPointFunctions() {
        assertEquals("1.0 1.0", m("fsum", list(f(.1), f(.1), f(.1), f(.1), f(.1), f(.1), f(.1), f(.1), f(.1), f(.1))) + " " + m("fsum", list(f(1e100), f(1.0), f(-1e100))));
        assertEquals("3.0 921.0340371976182 10.0 3.0 -3.0", m("log", 8, 2) + " " + m("log", PyInt.of(BigInteger.TEN.pow(400))) + " " + m("log2", 1024) + " " + m("log10", 1000) + " " + m("log10", 0.001));
        assertEquals("(0.8, -3) (0.75, 3.0) (-0.5, -1.0) 8.0", m("frexp", 0.1) + " " + m("modf", 3.75) + " " + m("modf", -1.5) + " " + m("ldexp", 0.5, 4));
        assertEquals("-3.0 -1.0 13.0 5.0 2.0 -1.0", m("copysign", 3, -0.0) + " " + m("fmod", -7, 3) + " " + m("hypot", 3, 4, 12) + " " + m("dist", tuple(i(0), i(0)), tuple(i(3), i(4))) + " " + m("remainder", 10, 4) + " " + m("remainder", 11, 4));
        assertEquals("1.7724538509055159 52.34277778455352 2.3632718012073544", m("gamma", 0.5) + " " + m("gamma", 5.5) + " " + m("gamma", -1.5));
        assertEquals("True False True", m("isclose", f(0.1 + 0.2), f(0.3)) + " " + m("isclose", 1, 1.01) + " " + repr(callKw("math", "isclose", new String[] {"rel_tol"}, i(1), f(1.01), f(0.05))));
        assertEquals("1.0 1.4142135623730951 2.718281828459045 0.0", m("cos", 0) + " " + m("sqrt", 2) + " " + m("exp", 1) + " " + m("sqrt", 0.0));
        raises(Exceptions.VALUE_ERROR, "math domain error", () -> m("sqrt", -1));
        raises(Exceptions.VALUE_ERROR, "math domain error", () -> m("log", 0));
        raises(Exceptions.VALUE_ERROR, "math domain error", () -> m("acos", 2));
        raises(Exceptions.VALUE_ERROR, "math domain error", () -> m("pow", 0, -1));
        raises(Exceptions.OVERFLOW_ERROR, "math range error", () -> m("exp", 1000));
        raises(Exceptions.ZERO_DIVISION_ERROR, "float division by zero", () -> m("log", 1, 1));
        raises(Exceptions.TYPE_ERROR, "must be real number, not str", () -> m("sqrt", s("4")));
        raises(Exceptions.VALUE_ERROR, "tolerances must be non-negative", () -> callKw("math", "isclose", new String[] {"rel_tol"}, i(1), i(2), i(-1)));
        raises(Exceptions.TYPE_ERROR, "math.sqrt() takes exactly one argument (0 given)", () -> m("sqrt"));
    }
}
