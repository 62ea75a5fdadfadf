package dev.eddy.stdlib;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How arrays pickle from protocol 3 on: array.__reduce_ex__ gives
 * (array._array_reconstructor, (type, typecode, machine format code, bytes), state), and the
 * reconstructor reads the bytes in the machine format they were written in (CPython's
 * enumeration: 0-13 integers by size, sign and byte order, 14-17 IEEE floats, 18-21 UTF-16/32).
 */
final class ArrayReconstructor {
    private ArrayReconstructor() {
    }

    /** The machine format code of this machine's layout for a type code (little-endian, x86-64 sizes). */
    static int machineFormat(char code) {
        switch (code) {
            case 'b': return 1;
            case 'B': return 0;
            case 'h': return 4;
            case 'H': return 2;
            case 'i': return 8;
            case 'I': return 6;
            case 'l': case 'q': return 12;
            case 'L': case 'Q': return 10;
            case 'f': return 14;
            case 'd': return 16;
            default: return 20; // 'u': UTF-32 little-endian
        }
    }

    /** array.__reduce_ex__(protocol). */
    static PyObject reduceEx(PyArray a, int protocol, PyObject state) {
        PyStr typecode = PyStr.ofCodePoint(a.code);
        if (protocol < 3) {
            PyObject list = a.getAttr("tolist").call();
            return PyTuple.of(a.type(), PyTuple.of(typecode, list), state);
        }
        PyObject reconstructor = dev.eddy.runtime.Importer.current().importModule("array").getAttr("_array_reconstructor");
        return PyTuple.of(reconstructor, PyTuple.of(a.type(), typecode, PyInt.of(machineFormat(a.code)),
                new PyBytes(a.toBytes())), state);
    }

    /** array._array_reconstructor(arraytype, typecode, mformat_code, items). */
    static PyObject reconstruct(PyObject[] a) {
        if (a.length != 4) {
            throw Errors.typeError("_array_reconstructor expected 4 arguments, got " + a.length);
        }
        if (!(a[0] instanceof PyType t)) {
            throw Errors.typeError("first argument must be a type object, not " + a[0].type().name);
        }
        if (!t.isSubtypeOf(PyArray.TYPE)) {
            throw Errors.typeError(t.name + " is not a subtype of array.array");
        }
        if (!(a[1] instanceof PyStr tc) || tc.codePointLength() != 1) {
            throw Errors.typeError("_array_reconstructor() argument 2 must be a unicode character, not "
                    + a[1].type().name);
        }
        char code = tc.value.charAt(0);
        if (PyArray.TYPECODES.indexOf(code) < 0) {
            throw Errors.valueError("second argument must be a valid type code");
        }
        long f = ((PyInt) dev.eddy.runtime.Ops.index(a[2], null)).longValueExact();
        if (f < 0 || f > 21) {
            throw Errors.valueError("third argument must be a valid machine format code.");
        }
        if (!(a[3] instanceof PyBytes items)) {
            throw Errors.typeError("fourth argument should be bytes, not " + a[3].type().name);
        }
        int mformat = (int) f;
        byte[] b = items.bytes;
        if (mformat == machineFormat(code)) {
            return t.call(tc, items);
        }
        if (mformat >= 18) {
            Charset cs = Charset.forName(mformat == 18 ? "UTF-16LE" : mformat == 19 ? "UTF-16BE"
                    : mformat == 20 ? "UTF-32LE" : "UTF-32BE");
            return t.call(tc, new PyStr(new String(b, cs)));
        }
        return t.call(tc, new PyList(decode(b, mformat)));
    }

    /** The values of bytes written in a numeric machine format. */
    private static PyObject[] decode(byte[] b, int mformat) {
        ByteOrder order = mformat <= 1 || mformat % 2 == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer buf = ByteBuffer.wrap(b).order(order);
        if (mformat >= 14) {
            int w = mformat <= 15 ? 4 : 8;
            PyObject[] out = new PyObject[b.length / w];
            for (int i = 0; i < out.length; i++) {
                out[i] = new PyFloat(w == 4 ? buf.getFloat() : buf.getDouble());
            }
            return out;
        }
        int w = mformat <= 1 ? 1 : mformat <= 5 ? 2 : mformat <= 9 ? 4 : 8;
        boolean signed = mformat == 1 || (mformat >= 2 && (mformat - 2) % 4 >= 2);
        PyObject[] out = new PyObject[b.length / w];
        for (int i = 0; i < out.length; i++) {
            long v;
            switch (w) {
                case 1: v = signed ? buf.get() : buf.get() & 0xffL; break;
                case 2: v = signed ? buf.getShort() : buf.getShort() & 0xffffL; break;
                case 4: v = signed ? buf.getInt() : buf.getInt() & 0xffffffffL; break;
                default: v = buf.getLong(); break;
            }
            out[i] = w == 8 && !signed && v < 0
                    ? PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64))) : PyInt.of(v);
        }
        return out;
    }
}
