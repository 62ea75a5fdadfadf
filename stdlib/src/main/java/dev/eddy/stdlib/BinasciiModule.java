package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Buffers;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.io.ByteArrayOutputStream;

/** The binascii module: hex and base64 codecs and the CRC-32 and CRC-CCITT checksums. */
public final class BinasciiModule implements ModuleProvider {
    static final PyType ERROR = Mod.type("binascii", "Error", Exceptions.VALUE_ERROR, null);
    static final PyType INCOMPLETE = Mod.type("binascii", "Incomplete", Exceptions.EXCEPTION, null);

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] CRC_HQX_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            CRC_HQX_TABLE[n] = h & 0xffff;
        }
    }

    @Override
    public String name() {
        return "binascii";
    }

    /** A bytes-like argument. */
    static byte[] data(PyObject o) {
        return Buffers.bytesLike(o);
    }

    /** The argument of an a2b_* function: bytes, or a str of ASCII characters. */
    static byte[] ascii(PyObject o) {
        if (o instanceof PyStr s) {
            byte[] out = new byte[s.value.length()];
            for (int i = 0; i < out.length; i++) {
                char c = s.value.charAt(i);
                if (c > 127) {
                    throw Errors.valueError("string argument should contain only ASCII characters");
                }
                out[i] = (byte) c;
            }
            return out;
        }
        if (o instanceof PyBuffer b) {
            return b.bufferBytes();
        }
        throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '" + o.type().name + "'");
    }

    static long crc32(byte[] data, long crc) {
        int c = ~(int) crc;
        for (byte b : data) {
            c = CRC32_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xFFFFFFFFL;
    }

    static PyObject hexlify(byte[] data, PyObject sepArg, PyObject perSepArg) {
        String sep = null;
        if (sepArg != null && sepArg != dev.eddy.runtime.PyNone.NONE) {
            if (sepArg instanceof PyStr s) {
                sep = s.value;
            } else if (sepArg instanceof PyBuffer b) {
                sep = new String(b.bufferBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                throw Errors.typeError("sep must be str or bytes.");
            }
            if (sep.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 127) {
                throw Errors.valueError("sep must be ASCII.");
            }
        }
        int perSep = perSepArg == null ? 1 : Ops.index(perSepArg, null).intValueExact();
        String hex = "0123456789abcdef";
        StringBuilder sb = new StringBuilder();
        int n = data.length;
        int group = Math.abs(perSep);
        for (int i = 0; i < n; i++) {
            if (sep != null && group > 0 && i > 0) {
                boolean boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(hex.charAt((data[i] >> 4) & 15)).append(hex.charAt(data[i] & 15));
        }
        return new PyBytes(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static int hexValue(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static PyObject unhexlify(byte[] s) {
        if (s.length % 2 != 0) {
            throw Errors.of(ERROR, "Odd-length string");
        }
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = hexValue(s[2 * i]);
            int lo = hexValue(s[2 * i + 1]);
            if (hi < 0 || lo < 0) {
                throw Errors.of(ERROR, "Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new PyBytes(out);
    }

    static byte[] b2aBase64(byte[] data, boolean newline) {
        StringBuilder sb = new StringBuilder((data.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 2 < data.length; i += 3) {
            int v = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
            sb.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append(B64.charAt((v >> 6) & 63)).append(B64.charAt(v & 63));
        }
        int rest = data.length - i;
        if (rest == 1) {
            int v = (data[i] & 0xff) << 16;
            sb.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append("==");
        } else if (rest == 2) {
            int v = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8;
            sb.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append(B64.charAt((v >> 6) & 63)).append('=');
        }
        if (newline) {
            sb.append('\n');
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static byte[] a2bBase64(byte[] s, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length / 4 * 3 + 3);
        if (strict && s.length > 0 && s[0] == '=') {
            throw Errors.of(ERROR, "Leading padding not allowed");
        }
        int quadPos = 0;
        int leftchar = 0;
        int pads = 0;
        boolean paddingStarted = false;
        int written = 0;
        for (int i = 0; i < s.length; i++) {
            int ch = s[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (strict && quadPos == 0) {
                    throw Errors.of(ERROR, "Excess padding not allowed");
                }
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < s.length) {
                        throw Errors.of(ERROR, "Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = ch < 128 ? B64.indexOf(ch) : -1;
            if (v < 0) {
                if (strict) {
                    throw Errors.of(ERROR, "Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw Errors.of(ERROR, "Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0:
                    quadPos = 1;
                    leftchar = v;
                    break;
                case 1:
                    quadPos = 2;
                    out.write((leftchar << 2) | (v >> 4));
                    written++;
                    leftchar = v & 0x0f;
                    break;
                case 2:
                    quadPos = 3;
                    out.write((leftchar << 4) | (v >> 2));
                    written++;
                    leftchar = v & 0x03;
                    break;
                default:
                    quadPos = 0;
                    out.write((leftchar << 6) | v);
                    written++;
                    leftchar = 0;
            }
        }
        if (quadPos != 0) {
            if (quadPos == 1) {
                throw Errors.of(ERROR, "Invalid base64-encoded string: number of data characters ("
                        + (written / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
            }
            throw Errors.of(ERROR, "Incorrect padding");
        }
        return out.toByteArray();
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("binascii");
        m.set("__doc__", new PyStr("Conversion between binary data and ASCII"));
        m.set("Error", ERROR);
        m.set("Incomplete", INCOMPLETE);
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            Mod.def(m, name, (a, kw) -> {
                PyObject[] p = Args.bind(name, a, kw, new String[] {"data", "sep", "bytes_per_sep"}, 1);
                return hexlify(data(p[0]), p[1], p[2]);
            });
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            Mod.def(m, name, (a, kw) -> {
                Args.check(name, a, kw, 1, 1);
                return unhexlify(ascii(a[0]));
            });
        }
        Mod.def(m, "b2a_base64", (a, kw) -> {
            PyObject[] p = Args.bind("b2a_base64", a, kw, new String[] {"data", "newline"}, 1);
            return new PyBytes(b2aBase64(data(p[0]), p[1] == null || p[1].isTrue()));
        });
        Mod.def(m, "a2b_base64", (a, kw) -> {
            PyObject[] p = Args.bind("a2b_base64", a, kw, new String[] {"data", "strict_mode"}, 1);
            return new PyBytes(a2bBase64(ascii(p[0]), p[1] != null && p[1].isTrue()));
        });
        Mod.def(m, "crc32", (a, kw) -> {
            Args.check("crc32", a, kw, 1, 2);
            long crc = a.length > 1 ? Ops.index(a[1], null).toBig().longValue() : 0;
            return PyInt.of(crc32(data(a[0]), crc));
        });
        Mod.def(m, "crc_hqx", (a, kw) -> {
            Args.check("crc_hqx", a, kw, 2, 2);
            int crc = (int) (Ops.index(a[1], null).toBig().longValue() & 0xffff);
            for (byte b : data(a[0])) {
                crc = ((crc << 8) & 0xff00) ^ CRC_HQX_TABLE[((crc >> 8) ^ b) & 0xff];
            }
            return PyInt.of(crc);
        });
        return m;
    }
}
