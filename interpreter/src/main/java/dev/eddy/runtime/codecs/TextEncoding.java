package dev.eddy.runtime.codecs;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;

/**
 * str.encode and bytes.decode: the codecs Eddy has in Java by name, any other encoding
 * through the codec registry (which must give a text encoding).
 */
public final class TextEncoding {
    private TextEncoding() {
    }

    /** Encodes s as str.encode(encoding, errors) does. */
    public static byte[] encode(String s, String encoding, String errors) {
        String b = Names.builtin(encoding);
        if (b != null) {
            return switch (b) {
                case "utf-8" -> UnicodeCodecs.encodeUtf8(s, errors);
                case "ascii" -> ByteCodecs.encodeAscii(s, errors);
                case "latin-1" -> ByteCodecs.encodeLatin1(s, errors);
                case "utf-16" -> UnicodeCodecs.encodeUtf16(s, errors, 0);
                case "utf-16-le" -> UnicodeCodecs.encodeUtf16(s, errors, -1);
                case "utf-16-be" -> UnicodeCodecs.encodeUtf16(s, errors, 1);
                case "utf-32" -> UnicodeCodecs.encodeUtf32(s, errors, 0);
                case "utf-32-le" -> UnicodeCodecs.encodeUtf32(s, errors, -1);
                default -> UnicodeCodecs.encodeUtf32(s, errors, 1);
            };
        }
        PyObject info = textCodec(encoding);
        PyObject r = first(((PyTuple) info).items[0].call(new PyObject[] {new PyStr(s), new PyStr(errors)}, null), "encoder");
        if (!(r instanceof PyBytes bytes)) {
            if (r instanceof dev.eddy.runtime.PyByteArray ba) {
                return ba.bufferBytes();
            }
            throw Errors.typeError("'" + encoding + "' encoder returned '" + r.type().name
                    + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        return bytes.bytes;
    }

    /** Decodes b as bytes.decode(encoding, errors) does. */
    public static String decode(byte[] data, String encoding, String errors) {
        String b = Names.builtin(encoding);
        if (b != null) {
            return switch (b) {
                case "utf-8" -> UnicodeCodecs.decodeUtf8(data, errors, true).text();
                case "ascii" -> ByteCodecs.decodeAscii(data, errors);
                case "latin-1" -> ByteCodecs.decodeLatin1(data);
                case "utf-16" -> UnicodeCodecs.decodeUtf16(data, errors, 0, true, null).text();
                case "utf-16-le" -> UnicodeCodecs.decodeUtf16(data, errors, -1, true, null).text();
                case "utf-16-be" -> UnicodeCodecs.decodeUtf16(data, errors, 1, true, null).text();
                case "utf-32" -> UnicodeCodecs.decodeUtf32(data, errors, 0, true, null).text();
                case "utf-32-le" -> UnicodeCodecs.decodeUtf32(data, errors, -1, true, null).text();
                default -> UnicodeCodecs.decodeUtf32(data, errors, 1, true, null).text();
            };
        }
        PyObject info = textCodec(encoding);
        PyObject r = first(((PyTuple) info).items[1].call(new PyObject[] {new PyBytes(data), new PyStr(errors)}, null), "decoder");
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("'" + encoding + "' decoder returned '" + r.type().name
                    + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        }
        return s.value;
    }

    /** The registry's CodecInfo for a text encoding; a codec such as rot13 or base64 is refused. */
    private static PyObject textCodec(String encoding) {
        PyObject info = CodecRegistry.current().lookup(encoding);
        PyObject isText = info.lookupAttr("_is_text_encoding");
        if (isText != null && !isText.isTrue()) {
            throw Errors.of(Exceptions.LOOKUP_ERROR, "'" + encoding + "' is not a text encoding; use codecs.encode() to handle arbitrary codecs");
        }
        return info;
    }

    /** The object of an encoder's or decoder's (object, length) result. */
    static PyObject first(PyObject r, String what) {
        if (!(r instanceof PyTuple t) || t.items.length != 2) {
            throw Errors.typeError(what + " must return a tuple (object, integer)");
        }
        return t.items[0];
    }

    /** codecs.encode(obj, encoding, errors): any codec, any result. */
    public static PyObject encodeAny(PyObject obj, String encoding, String errors) {
        PyObject info = CodecRegistry.current().lookup(encoding);
        return first(((PyTuple) info).items[0].call(new PyObject[] {obj, new PyStr(errors)}, null), "encoder");
    }

    /** codecs.decode(obj, encoding, errors): any codec, any result. */
    public static PyObject decodeAny(PyObject obj, String encoding, String errors) {
        PyObject info = CodecRegistry.current().lookup(encoding);
        return first(((PyTuple) info).items[1].call(new PyObject[] {obj, new PyStr(errors)}, null), "decoder");
    }
}
