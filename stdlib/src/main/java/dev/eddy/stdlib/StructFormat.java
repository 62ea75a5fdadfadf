package dev.eddy.stdlib;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyByteArray;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed struct format string ("<2hxq10s"): its codes with their offsets, and packing and
 * unpacking by them. Native mode ('@', the default) uses x86-64 sizes and alignment.
 */
final class StructFormat {
    /** struct.error. */
    static final PyType ERROR = Mod.type("struct", "error", Exceptions.EXCEPTION, null);

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** One code of the format: a repeat of 's'/'p' is one item of {@code size} bytes. */
    private record Code(char c, int offset, int size) {
    }

    final String format;
    final int size;
    /** How many values pack takes and unpack gives. */
    final int items;
    private final boolean little;
    private final boolean nativeMode;
    private final List<Code> codes;

    StructFormat(String format) {
        this.format = format;
        int i = 0;
        char order = format.isEmpty() ? '@' : format.charAt(0);
        boolean nat = true;
        boolean lit = true;
        switch (order) {
            case '@': i = 1; break;
            case '=': i = 1; nat = false; break;
            case '<': i = 1; nat = false; break;
            case '>': case '!': i = 1; nat = false; lit = false; break;
            default: break;
        }
        this.nativeMode = nat;
        this.little = lit;
        List<Code> list = new ArrayList<>();
        long offset = 0;
        int count = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = 0;
                while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    num = num * 10 + (format.charAt(i) - '0');
                    if (num > Integer.MAX_VALUE) {
                        throw Errors.of(ERROR, "total struct size too long");
                    }
                    i++;
                }
                if (i >= format.length()) {
                    throw Errors.of(ERROR, "repeat count given without format specifier");
                }
                c = format.charAt(i);
            }
            i++;
            int sz = itemSize(c);
            if (sz < 0) {
                throw Errors.of(ERROR, "bad char in struct format");
            }
            if (nat && sz > 1 && c != 's' && c != 'p' && c != 'x') {
                offset = (offset + sz - 1) / sz * sz;
            }
            if (c == 's' || c == 'p') {
                list.add(new Code(c, (int) offset, (int) num));
                offset += num;
                count++;
            } else if (c == 'x') {
                offset += num;
            } else {
                for (long k = 0; k < num; k++) {
                    list.add(new Code(c, (int) offset, sz));
                    offset += sz;
                    count++;
                }
            }
            if (offset > Integer.MAX_VALUE) {
                throw Errors.of(ERROR, "total struct size too long");
            }
        }
        this.size = (int) offset;
        this.items = count;
        this.codes = list;
    }

    /** The size of one item of code c, or -1 for a character that is not a code. */
    private int itemSize(char c) {
        switch (c) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
                return 1;
            case 'h': case 'H': case 'e':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L':
                return nativeMode ? 8 : 4;
            case 'q': case 'Q': case 'd':
                return 8;
            case 'n': case 'N': case 'P':
                return nativeMode ? 8 : -1;
            default:
                return -1;
        }
    }

    // ---- packing ---------------------------------------------------------------------------

    void pack(PyObject[] values, int from, byte[] out, int at) {
        if (values.length - from != items) {
            throw Errors.of(ERROR, "pack expected " + items + " items for packing (got " + (values.length - from) + ")");
        }
        int v = from;
        for (Code code : codes) {
            packOne(code, values[v++], out, at + code.offset);
        }
    }

    private void packOne(Code code, PyObject v, byte[] out, int at) {
        char c = code.c;
        switch (c) {
            case 's':
            case 'p': {
                if (!(v instanceof PyBytes) && !(v instanceof PyByteArray)) {
                    throw Errors.of(ERROR, "argument for '" + c + "' must be a bytes object");
                }
                byte[] b = ((PyBuffer) v).bufferBytes();
                if (c == 's') {
                    System.arraycopy(b, 0, out, at, Math.min(b.length, code.size));
                } else if (code.size > 0) {
                    int n = Math.min(b.length, code.size - 1);
                    System.arraycopy(b, 0, out, at + 1, n);
                    out[at] = (byte) Math.min(n, 255);
                }
                return;
            }
            case 'c': {
                if (!(v instanceof PyBytes b) || b.bytes.length != 1) {
                    throw Errors.of(ERROR, "char format requires a bytes object of length 1");
                }
                out[at] = b.bytes[0];
                return;
            }
            case '?':
                out[at] = (byte) (v.isTrue() ? 1 : 0);
                return;
            case 'e':
                putBits(out, at, 2, halfBits(floatArg(v)));
                return;
            case 'f': {
                double d = floatArg(v);
                float f = (float) d;
                if (!nativeMode && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw Errors.overflow("float too large to pack with f format");
                }
                putBits(out, at, 4, Float.floatToIntBits(f));
                return;
            }
            case 'd':
                putBits(out, at, 8, Double.doubleToLongBits(floatArg(v)));
                return;
            default:
                putBits(out, at, code.size, integer(c, code.size, v));
        }
    }

    private static double floatArg(PyObject v) {
        if (!(v instanceof PyFloat) && !(v instanceof PyInt) && v.type().lookup("__float__") == null
                && v.type().lookup("__index__") == null) {
            throw Errors.of(ERROR, "required argument is not a float");
        }
        return MathModule.toDouble(v);
    }

    private static boolean unsigned(char c) {
        return c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    }

    /** The integer value to store for an integer code, range-checked with CPython's messages. */
    private long integer(char c, int size, PyObject v) {
        PyInt x;
        if (v instanceof PyInt i) {
            x = i;
        } else if (v.type().lookup("__index__") != null) {
            x = Ops.index(v, null);
        } else {
            throw Errors.of(ERROR, "required argument is not an integer");
        }
        boolean uns = unsigned(c);
        BigInteger b = x.toBig();
        if (size == 1) {
            if (b.bitLength() > 63) {
                throw Errors.of(ERROR, "argument out of range");
            }
            long n = b.longValue();
            if (uns ? n < 0 || n > 255 : n < -128 || n > 127) {
                throw Errors.of(ERROR, uns ? "ubyte format requires 0 <= number <= 255" : "byte format requires -128 <= number <= 127");
            }
            return n;
        }
        if (size == 2) {
            if (b.bitLength() > 63) {
                throw Errors.of(ERROR, "argument out of range");
            }
            long n = b.longValue();
            if (uns ? n < 0 || n > 65535 : n < -32768 || n > 32767) {
                throw Errors.of(ERROR, uns ? "ushort format requires 0 <= number <= 65535" : "short format requires -32768 <= number <= 32767");
            }
            return n;
        }
        if (uns) {
            if (b.signum() < 0 || b.compareTo(U64_MAX) > 0) {
                throw Errors.of(ERROR, "argument out of range");
            }
            long n = b.longValue();
            if (size == 4 && (n < 0 || n > 0xFFFFFFFFL)) {
                throw Errors.of(ERROR, "'" + c + "' format requires 0 <= number <= 4294967295");
            }
            return n;
        }
        if (b.bitLength() > 63) {
            throw Errors.of(ERROR, "argument out of range");
        }
        long n = b.longValue();
        if (size == 4 && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
            throw Errors.of(ERROR, "'" + c + "' format requires -2147483648 <= number <= 2147483647");
        }
        return n;
    }

    private void putBits(byte[] out, int at, int size, long bits) {
        for (int k = 0; k < size; k++) {
            int idx = little ? at + k : at + size - 1 - k;
            out[idx] = (byte) (bits >>> (8 * k));
        }
    }

    private long getBits(byte[] in, int at, int size) {
        long bits = 0;
        for (int k = 0; k < size; k++) {
            int idx = little ? at + k : at + size - 1 - k;
            bits |= (long) (in[idx] & 0xff) << (8 * k);
        }
        return bits;
    }

    /** IEEE 754 binary16 bits of d, rounding half to even; OverflowError when too large. */
    static int halfBits(double d) {
        long dbits = Double.doubleToRawLongBits(d);
        int sign = (int) (dbits >>> 63) << 15;
        if (Double.isNaN(d)) {
            return sign | 0x7e00;
        }
        double a = Math.abs(d);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a == 0) {
            return sign;
        }
        int exp = Math.getExponent(a);
        if (exp < -14) {
            // subnormal: units of 2^-24
            double units = a * 0x1p24;
            long r = Math.round(units);
            if (Math.abs(units - Math.floor(units) - 0.5) == 0 && (r & 1) == 1) {
                r--;
            }
            return sign | (int) r; // r == 1024 becomes the smallest normal, as wanted
        }
        double mant = a / Math.scalb(1.0, exp) - 1.0; // in [0, 1)
        double units = mant * 1024;
        long m = (long) Math.floor(units);
        double rest = units - m;
        if (rest > 0.5 || (rest == 0.5 && (m & 1) == 1)) {
            m++;
        }
        int e = exp + 15;
        if (m == 1024) {
            m = 0;
            e++;
        }
        if (e >= 31) {
            throw Errors.overflow("float too large to pack with e format");
        }
        return sign | (e << 10) | (int) m;
    }

    static double halfToDouble(int h) {
        int sign = (h >>> 15) & 1;
        int e = (h >>> 10) & 0x1f;
        int m = h & 0x3ff;
        double v;
        if (e == 0) {
            v = m * 0x1p-24;
        } else if (e == 31) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = Math.scalb(1.0 + m / 1024.0, e - 15);
        }
        return sign == 1 ? -v : v;
    }

    // ---- unpacking -------------------------------------------------------------------------

    PyObject[] unpack(byte[] in, int at) {
        PyObject[] out = new PyObject[items];
        int v = 0;
        for (Code code : codes) {
            out[v++] = unpackOne(code, in, at + code.offset);
        }
        return out;
    }

    private PyObject unpackOne(Code code, byte[] in, int at) {
        switch (code.c) {
            case 's':
                return new PyBytes(java.util.Arrays.copyOfRange(in, at, at + code.size));
            case 'p': {
                if (code.size == 0) {
                    return new PyBytes(new byte[0]);
                }
                int n = Math.min(in[at] & 0xff, code.size - 1);
                return new PyBytes(java.util.Arrays.copyOfRange(in, at + 1, at + 1 + n));
            }
            case 'c':
                return new PyBytes(new byte[] {in[at]});
            case '?':
                return PyBool.of(in[at] != 0);
            case 'e':
                return new PyFloat(halfToDouble((int) getBits(in, at, 2)));
            case 'f':
                return new PyFloat(Float.intBitsToFloat((int) getBits(in, at, 4)));
            case 'd':
                return new PyFloat(Double.longBitsToDouble(getBits(in, at, 8)));
            default: {
                long bits = getBits(in, at, code.size);
                if (unsigned(code.c)) {
                    if (code.size == 8 && bits < 0) {
                        return PyInt.of(new BigInteger(Long.toUnsignedString(bits)));
                    }
                    return PyInt.of(bits);
                }
                int shift = 64 - 8 * code.size;
                return PyInt.of(bits << shift >> shift);
            }
        }
    }
}
