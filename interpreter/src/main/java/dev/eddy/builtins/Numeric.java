package dev.eddy.builtins;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.FloatMethods;
import dev.eddy.runtime.IntMethods;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyByteArray;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;

/** The numeric builtins: abs, round, divmod, pow, hex, oct, bin, chr, ord. */
public final class Numeric {
    private Numeric() {
    }

    public static PyObject abs(PyObject x) {
        if (x instanceof PyInt i) {
            return i.signum() < 0 ? i.negative() : x instanceof PyBool ? PyInt.of(i.value) : x;
        }
        if (x instanceof PyFloat f) {
            return new PyFloat(Math.abs(f.value));
        }
        PyObject m = x.type().lookup("__abs__");
        if (m != null) {
            return Descriptors.callBound(m, x, x.type());
        }
        throw Errors.typeError("bad operand type for abs(): '" + x.type().name + "'");
    }

    // ---- round ---------------------------------------------------------------------------------

    /** round(number, ndigits=None). */
    public static PyObject round(PyObject[] a, String[] kw) {
        int npos = Kw.npos(a, kw);
        PyObject[] k = Kw.only("round", a, kw, "number", "ndigits");
        if (npos > 2) {
            throw Errors.typeError("round() takes at most 2 arguments (" + a.length + " given)");
        }
        PyObject number = npos > 0 ? a[0] : k[0];
        PyObject nd = npos > 1 ? a[1] : k[1];
        if (number == null) {
            throw Errors.typeError("round() missing required argument 'number' (pos 1)");
        }
        return round(number, nd == null ? PyNone.NONE : nd);
    }

    public static PyObject round(PyObject number, PyObject ndigits) {
        if (number instanceof PyFloat f) {
            return FloatMethods.round(f.value, ndigits);
        }
        if (number instanceof PyInt i) {
            return IntMethods.round(i, ndigits);
        }
        PyType t = number.type();
        PyObject m = t.lookup("__round__");
        if (m == null) {
            throw Errors.typeError("type " + t.name + " doesn't define __round__ method");
        }
        return ndigits == PyNone.NONE ? Descriptors.callBound(m, number, t) : Descriptors.callBound(m, number, t, ndigits);
    }

    // ---- divmod and pow ------------------------------------------------------------------------------

    public static PyObject divmod(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return new PyTuple(new PyObject[] {PyInt.floorDiv(x, y), PyInt.mod(x, y)});
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            return floatDivmod(toDouble(a), toDouble(b));
        }
        PyObject m = a.type().lookup("__divmod__");
        if (m != null) {
            PyObject r = Descriptors.callBound(m, a, a.type(), b);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        m = b.type().lookup("__rdivmod__");
        if (m != null && b.type() != a.type()) {
            PyObject r = Descriptors.callBound(m, b, b.type(), a);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + a.type().name + "' and '" + b.type().name + "'");
    }

    private static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).toDouble();
    }

    /** CPython's float_divmod. */
    public static PyTuple floatDivmod(double vx, double wx) {
        if (wx == 0.0) {
            throw Errors.zeroDivision("float divmod()");
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new PyTuple(new PyObject[] {new PyFloat(floordiv), new PyFloat(mod)});
    }

    /** pow(base, exp, mod=None). */
    public static PyObject pow(PyObject[] a, String[] kw) {
        int npos = Kw.npos(a, kw);
        PyObject[] k = Kw.only("pow", a, kw, "base", "exp", "mod");
        if (npos > 3) {
            throw Errors.typeError("pow() takes at most 3 arguments (" + a.length + " given)");
        }
        PyObject base = npos > 0 ? a[0] : k[0];
        PyObject exp = npos > 1 ? a[1] : k[1];
        PyObject mod = npos > 2 ? a[2] : k[2];
        if (base == null) {
            throw Errors.typeError("pow() missing required argument 'base' (pos 1)");
        }
        if (exp == null) {
            throw Errors.typeError("pow() missing required argument 'exp' (pos 2)");
        }
        if (mod == null || mod == PyNone.NONE) {
            return Ops.binary(BinaryOp.POW, base, exp);
        }
        return pow3(base, exp, mod);
    }

    public static PyObject pow3(PyObject base, PyObject exp, PyObject mod) {
        if (base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m) {
            if (m.signum() == 0) {
                throw Errors.valueError("pow() 3rd argument cannot be 0");
            }
            BigInteger mm = m.toBig();
            BigInteger am = mm.abs();
            BigInteger bb = b.toBig();
            BigInteger ee = e.toBig();
            if (ee.signum() < 0) {
                try {
                    bb = bb.modInverse(am);
                } catch (ArithmeticException ex) {
                    throw Errors.valueError("base is not invertible for the given modulus");
                }
                ee = ee.negate();
            }
            BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : bb.modPow(ee, am);
            if (mm.signum() < 0 && r.signum() != 0) {
                r = r.add(mm);
            }
            return PyInt.of(r);
        }
        PyObject m = base.type().lookup("__pow__");
        if (m != null && !(base instanceof PyInt) && !(base instanceof PyFloat)) {
            PyObject r = Descriptors.callBound(m, base, base.type(), exp, mod);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
    }

    // ---- int to text and back -----------------------------------------------------------------------

    public static PyStr hex(PyObject x) {
        return new PyStr(IntMethods.toString(Ops.index(x, null), 16));
    }

    public static PyStr oct(PyObject x) {
        return new PyStr(IntMethods.toString(Ops.index(x, null), 8));
    }

    public static PyStr bin(PyObject x) {
        return new PyStr(IntMethods.toString(Ops.index(x, null), 2));
    }

    public static PyStr chr(PyObject x) {
        PyInt i = Ops.index(x, null);
        if (i.isBig() || i.value != (int) i.value) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        int cp = (int) i.value;
        if (cp < 0 || cp > 0x10FFFF) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint(cp);
    }

    public static PyInt ord(PyObject x) {
        if (x instanceof PyStr s) {
            String v = s.value;
            if (v.length() == 1) {
                return PyInt.of(v.charAt(0));
            }
            int n = s.codePointLength();
            if (n != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return PyInt.of(v.codePointAt(0));
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            byte[] b = ((PyBuffer) x).bufferBytes();
            if (b.length != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
            }
            return PyInt.of(b[0] & 0xff);
        }
        throw Errors.typeError("ord() expected string of length 1, but " + x.type().name + " found");
    }
}
