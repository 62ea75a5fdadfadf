package dev.eddy.runtime;

import java.math.BigInteger;

/** Reading and writing one item of a native struct format ('B', 'i', 'd'...) as memoryview does, little-endian x86-64 sizes. */
final class ItemCodec {
    private ItemCodec() {
    }

    /** The size of a native single-character format with an optional '@', or -1 when unsupported. */
    static int itemsize(String fmt) {
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (f.length() != 1) {
            return -1;
        }
        switch (f.charAt(0)) {
            case 'b': case 'B': case 'c': case '?': return 1;
            case 'h': case 'H': return 2;
            case 'i': case 'I': case 'f': return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': return 8;
            default: return -1;
        }
    }

    static boolean isByteFormat(String f) {
        return f.equals("B") || f.equals("b") || f.equals("c");
    }

    private static long readLong(byte[] b) {
        long v = 0;
        for (int k = 0; k < b.length; k++) {
            v |= (long) (b[k] & 0xff) << (8 * k);
        }
        return v;
    }

    static PyObject unpack(String format, byte[] b) {
        long v = readLong(b);
        switch (format.charAt(0)) {
            case 'B': case 'H': case 'I': return PyInt.of(v);
            case 'b': return PyInt.of((byte) v);
            case 'h': return PyInt.of((short) v);
            case 'i': return PyInt.of((int) v);
            case 'l': case 'q': case 'n': return PyInt.of(v);
            case 'L': case 'Q': case 'N':
                return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            case 'c': return new PyBytes(b.clone());
            case 'w': return new PyStr(new String(Character.toChars((int) v)));
            case '?': return PyBool.of(v != 0);
            case 'f': return new PyFloat(Float.intBitsToFloat((int) v));
            case 'd': return new PyFloat(Double.longBitsToDouble(v));
            default: throw Errors.of(Exceptions.NOT_IMPLEMENTED_ERROR, "memoryview: format " + format + " not supported");
        }
    }

    static byte[] pack(String format, int size, PyObject value) {
        char f = format.charAt(0);
        long v;
        switch (f) {
            case 'c':
                if (!(value instanceof PyBytes b) || b.bytes.length != 1) {
                    throw invalid(value instanceof PyBytes ? "value" : "type", format);
                }
                return b.bytes.clone();
            case 'w':
                if (!(value instanceof PyStr s) || s.codePointLength() != 1) {
                    throw invalid("type", format);
                }
                v = s.value.codePointAt(0);
                break;
            case '?':
                v = value.isTrue() ? 1 : 0;
                break;
            case 'f':
            case 'd': {
                if (!(value instanceof PyFloat) && !(value instanceof PyInt)) {
                    throw invalid("type", format);
                }
                double d = value instanceof PyFloat fl ? fl.value : ((PyInt) value).toBig().doubleValue();
                v = f == 'f' ? Float.floatToRawIntBits((float) d) & 0xffffffffL : Double.doubleToRawLongBits(d);
                break;
            }
            default: {
                if (!(value instanceof PyInt i)) {
                    throw invalid("type", format);
                }
                boolean unsigned = "BHILQN".indexOf(f) >= 0;
                BigInteger big = i.toBig();
                int bits = size * 8;
                BigInteger lo = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
                BigInteger hi = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
                if (big.compareTo(lo) < 0 || big.compareTo(hi) > 0) {
                    throw invalid("value", format);
                }
                v = big.longValue();
            }
        }
        byte[] out = new byte[size];
        for (int k = 0; k < size; k++) {
            out[k] = (byte) (v >>> (8 * k));
        }
        return out;
    }

    private static PyException invalid(String what, String format) {
        return what.equals("type") ? Errors.typeError("memoryview: invalid type for format '" + format + "'")
                : Errors.valueError("memoryview: invalid value for format '" + format + "'");
    }
}
