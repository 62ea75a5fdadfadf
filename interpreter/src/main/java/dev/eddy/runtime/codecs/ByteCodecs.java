package dev.eddy.runtime.codecs;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The codecs of one byte a character: ASCII, Latin-1 and charmap (a table or mapping per byte). */
public final class ByteCodecs {
    private ByteCodecs() {
    }

    private static final String UNDEFINED = "character maps to <undefined>";

    static final Encoder ASCII = limited("ascii", 128);
    static final Encoder LATIN1 = limited("latin-1", 256);

    private static Encoder limited(String name, int limit) {
        return new Encoder(name, "ordinal not in range(" + limit + ")", true) {
            @Override
            boolean put(int c, ByteArrayOutputStream out) {
                if (c >= limit) {
                    return false;
                }
                out.write(c);
                return true;
            }
        };
    }

    public static byte[] encodeAscii(String s, String errors) {
        return ASCII.encode(s, errors);
    }

    public static byte[] encodeLatin1(String s, String errors) {
        return LATIN1.encode(s, errors);
    }

    public static String decodeLatin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    public static String decodeAscii(byte[] b, String errors) {
        int i = 0;
        while (i < b.length && b[i] >= 0) {
            i++;
        }
        if (i == b.length) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(b.length).append(new String(b, 0, i, StandardCharsets.ISO_8859_1));
        while (i < b.length) {
            if (b[i] >= 0) {
                sb.append((char) b[i++]);
            } else {
                i = ErrorHandlers.decodeFailure(errors, "ascii", b, i, i + 1, "ordinal not in range(128)", sb);
            }
        }
        return sb.toString();
    }

    /** codecs.charmap_build: the encoding map of a 256-character decoding table, as a dict from code point to byte. */
    public static PyDict buildEncodingMap(String table) {
        PyDict map = new PyDict();
        int[] cps = table.codePoints().toArray();
        for (int i = 0; i < cps.length && i < 256; i++) {
            map.put(PyInt.of(cps[i]), PyInt.of(i));
        }
        return map;
    }

    /** codecs.charmap_decode: each byte through the table (a str) or mapping; None means Latin-1. */
    public static String decodeCharmap(byte[] b, String errors, PyObject mapping) {
        if (mapping == PyNone.NONE) {
            return decodeLatin1(b);
        }
        StringBuilder sb = new StringBuilder(b.length);
        String table = mapping instanceof PyStr s ? s.value : null;
        int i = 0;
        while (i < b.length) {
            int v = b[i] & 0xff;
            if (table != null) {
                if (v < table.length() && table.charAt(v) != '\ufffe') {
                    sb.append(table.charAt(v));
                    i++;
                    continue;
                }
            } else {
                PyObject r;
                try {
                    r = mapping.getItem(PyInt.of(v));
                } catch (PyException e) {
                    if (!e.value.type().isSubtypeOf(Exceptions.LOOKUP_ERROR)) {
                        throw e;
                    }
                    r = PyNone.NONE;
                }
                if (r instanceof PyInt n) {
                    if (n.isBig() || n.value < 0 || n.value > 0x10ffff) {
                        throw Errors.typeError("character mapping must be in range(0x110000)");
                    }
                    if (n.value != 0xfffe) {
                        sb.appendCodePoint((int) n.value);
                        i++;
                        continue;
                    }
                } else if (r instanceof PyStr s) {
                    if (!s.value.equals("\ufffe")) {
                        sb.append(s.value);
                        i++;
                        continue;
                    }
                } else if (r != PyNone.NONE) {
                    throw Errors.typeError("character mapping must return integer, None or str");
                }
            }
            i = ErrorHandlers.decodeFailure(errors, "charmap", b, i, i + 1, UNDEFINED, sb);
        }
        return sb.toString();
    }

    /** codecs.charmap_encode: each character through the mapping (an encoding map or any mapping to ints, bytes or None). */
    public static byte[] encodeCharmap(String s, String errors, PyObject mapping) {
        if (mapping == PyNone.NONE) {
            return encodeLatin1(s, errors);
        }
        return new Encoder("charmap", UNDEFINED, true) {
            @Override
            boolean put(int c, ByteArrayOutputStream out) {
                PyObject r;
                try {
                    r = mapping.getItem(PyInt.of(c));
                } catch (PyException e) {
                    if (!e.value.type().isSubtypeOf(Exceptions.LOOKUP_ERROR)) {
                        throw e;
                    }
                    return false;
                }
                if (r instanceof PyInt n) {
                    if (n.isBig() || n.value < 0 || n.value > 255) {
                        throw Errors.typeError("character mapping must be in range(256)");
                    }
                    out.write((int) n.value);
                    return true;
                }
                if (r instanceof PyBytes bytes) {
                    out.writeBytes(bytes.bytes);
                    return true;
                }
                if (r == PyNone.NONE) {
                    return false;
                }
                throw Errors.typeError("character mapping must return integer, bytes or None, not " + r.type().name);
            }
        }.encode(s, errors);
    }
}
