package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Buffers;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.codecs.ByteCodecs;
import dev.eddy.runtime.codecs.CodecRegistry;
import dev.eddy.runtime.codecs.Decoded;
import dev.eddy.runtime.codecs.ErrorHandlers;
import dev.eddy.runtime.codecs.EscapeCodecs;
import dev.eddy.runtime.codecs.TextEncoding;
import dev.eddy.runtime.codecs.UnicodeCodecs;

import java.nio.charset.StandardCharsets;

/**
 * The _codecs module under CPython's codecs.py and encodings package: the registry, the error
 * handlers, and the encode/decode functions of the codecs Eddy has in Java.
 */
public final class CodecsModule implements ModuleProvider {
    @Override
    public String name() {
        return "_codecs";
    }

    /** A text encoder: (str, errors) to bytes. */
    private interface TextEncoder {
        byte[] encode(String s, String errors);
    }

    /** A decoder with a final flag: (data, errors, final) to text and bytes used. */
    private interface StreamDecoder {
        Decoded decode(byte[] data, String errors, boolean last);
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_codecs");
        Mod.def(m, "register", (a, kw) -> {
            Args.check("register", a, kw, 1, 1);
            CodecRegistry.current().register(a[0]);
            return PyNone.NONE;
        });
        Mod.def(m, "unregister", (a, kw) -> {
            Args.check("unregister", a, kw, 1, 1);
            CodecRegistry.current().unregister(a[0]);
            return PyNone.NONE;
        });
        Mod.def(m, "lookup", (a, kw) -> {
            Args.check("lookup", a, kw, 1, 1);
            return CodecRegistry.current().lookup(str("lookup", 1, a[0]));
        });
        Mod.def(m, "_forget_codec", (a, kw) -> {
            Args.check("_forget_codec", a, kw, 1, 1);
            CodecRegistry.current().forget(str("_forget_codec", 1, a[0]));
            return PyNone.NONE;
        });
        Mod.def(m, "encode", (a, kw) -> {
            PyObject[] p = Args.bind("encode", a, kw, new String[] {"obj", "encoding", "errors"}, 1);
            return TextEncoding.encodeAny(p[0], p[1] == null ? "utf-8" : str("encode", 2, p[1]), errors("encode", 3, p[2]));
        });
        Mod.def(m, "decode", (a, kw) -> {
            PyObject[] p = Args.bind("decode", a, kw, new String[] {"obj", "encoding", "errors"}, 1);
            return TextEncoding.decodeAny(p[0], p[1] == null ? "utf-8" : str("decode", 2, p[1]), errors("decode", 3, p[2]));
        });
        Mod.def(m, "register_error", (a, kw) -> {
            Args.check("register_error", a, kw, 2, 2);
            ErrorHandlers.current().register(str("register_error", 1, a[0]), a[1]);
            return PyNone.NONE;
        });
        Mod.def(m, "lookup_error", (a, kw) -> {
            Args.check("lookup_error", a, kw, 1, 1);
            return ErrorHandlers.current().lookup(str("lookup_error", 1, a[0]));
        });

        textEncoder(m, "utf_8_encode", UnicodeCodecs::encodeUtf8);
        textEncoder(m, "ascii_encode", ByteCodecs::encodeAscii);
        textEncoder(m, "latin_1_encode", ByteCodecs::encodeLatin1);
        textEncoder(m, "utf_16_le_encode", (s, e) -> UnicodeCodecs.encodeUtf16(s, e, -1));
        textEncoder(m, "utf_16_be_encode", (s, e) -> UnicodeCodecs.encodeUtf16(s, e, 1));
        textEncoder(m, "utf_32_le_encode", (s, e) -> UnicodeCodecs.encodeUtf32(s, e, -1));
        textEncoder(m, "utf_32_be_encode", (s, e) -> UnicodeCodecs.encodeUtf32(s, e, 1));
        textEncoder(m, "unicode_escape_encode", (s, e) -> EscapeCodecs.encodeUnicodeEscape(s));
        textEncoder(m, "raw_unicode_escape_encode", (s, e) -> EscapeCodecs.encodeRawUnicodeEscape(s));
        for (String form : new String[] {"utf_16", "utf_32"}) {
            String fname = form + "_encode";
            Mod.def(m, fname, (a, kw) -> {
                PyObject[] p = Args.bind(fname, a, kw, new String[] {"str", "errors", "byteorder"}, 1);
                String s = str(fname, 1, p[0]);
                int order = p[2] == null ? 0 : Ops.toInt(p[2]);
                order = order < 0 ? -1 : order > 0 ? 1 : 0;
                String errors = errors(fname, 2, p[1]);
                byte[] out = form.equals("utf_16") ? UnicodeCodecs.encodeUtf16(s, errors, order) : UnicodeCodecs.encodeUtf32(s, errors, order);
                return result(new PyBytes(out), s);
            });
        }

        streamDecoder(m, "utf_8_decode", UnicodeCodecs::decodeUtf8);
        streamDecoder(m, "utf_16_decode", (b, e, f) -> UnicodeCodecs.decodeUtf16(b, e, 0, f, null));
        streamDecoder(m, "utf_16_le_decode", (b, e, f) -> UnicodeCodecs.decodeUtf16(b, e, -1, f, null));
        streamDecoder(m, "utf_16_be_decode", (b, e, f) -> UnicodeCodecs.decodeUtf16(b, e, 1, f, null));
        streamDecoder(m, "utf_32_decode", (b, e, f) -> UnicodeCodecs.decodeUtf32(b, e, 0, f, null));
        streamDecoder(m, "utf_32_le_decode", (b, e, f) -> UnicodeCodecs.decodeUtf32(b, e, -1, f, null));
        streamDecoder(m, "utf_32_be_decode", (b, e, f) -> UnicodeCodecs.decodeUtf32(b, e, 1, f, null));
        for (String form : new String[] {"utf_16", "utf_32"}) {
            String fname = form + "_ex_decode";
            Mod.def(m, fname, (a, kw) -> {
                PyObject[] p = Args.bind(fname, a, kw, new String[] {"data", "errors", "byteorder", "final"}, 1);
                byte[] data = Buffers.bytesLike(p[0]);
                int order = p[2] == null ? 0 : Ops.toInt(p[2]);
                boolean last = p[3] != null && p[3].isTrue();
                int[] found = new int[1];
                Decoded d = form.equals("utf_16") ? UnicodeCodecs.decodeUtf16(data, errors(fname, 2, p[1]), order, last, found)
                        : UnicodeCodecs.decodeUtf32(data, errors(fname, 2, p[1]), order, last, found);
                return PyTuple.of(new PyStr(d.text()), PyInt.of(d.consumed()), PyInt.of(found[0]));
            });
        }
        streamDecoder(m, "unicode_escape_decode", (b, e, f) -> EscapeCodecs.decodeUnicodeEscape(b, e, f, false), true);
        streamDecoder(m, "raw_unicode_escape_decode", (b, e, f) -> EscapeCodecs.decodeUnicodeEscape(b, e, f, true), true);
        Mod.def(m, "ascii_decode", (a, kw) -> {
            PyObject[] p = Args.bind("ascii_decode", a, kw, new String[] {"data", "errors"}, 1);
            byte[] data = Buffers.bytesLike(p[0]);
            return PyTuple.of(new PyStr(ByteCodecs.decodeAscii(data, errors("ascii_decode", 2, p[1]))), PyInt.of(data.length));
        });
        Mod.def(m, "latin_1_decode", (a, kw) -> {
            PyObject[] p = Args.bind("latin_1_decode", a, kw, new String[] {"data", "errors"}, 1);
            byte[] data = Buffers.bytesLike(p[0]);
            return PyTuple.of(new PyStr(ByteCodecs.decodeLatin1(data)), PyInt.of(data.length));
        });
        Mod.def(m, "charmap_decode", (a, kw) -> {
            PyObject[] p = Args.bind("charmap_decode", a, kw, new String[] {"data", "errors", "mapping"}, 1);
            byte[] data = Buffers.bytesLike(p[0]);
            String text = ByteCodecs.decodeCharmap(data, errors("charmap_decode", 2, p[1]), p[2] == null ? PyNone.NONE : p[2]);
            return PyTuple.of(new PyStr(text), PyInt.of(data.length));
        });
        Mod.def(m, "charmap_encode", (a, kw) -> {
            PyObject[] p = Args.bind("charmap_encode", a, kw, new String[] {"str", "errors", "mapping"}, 1);
            String s = str("charmap_encode", 1, p[0]);
            return result(new PyBytes(ByteCodecs.encodeCharmap(s, errors("charmap_encode", 2, p[1]), p[2] == null ? PyNone.NONE : p[2])), s);
        });
        Mod.def(m, "charmap_build", (a, kw) -> {
            Args.check("charmap_build", a, kw, 1, 1);
            return ByteCodecs.buildEncodingMap(str("charmap_build", 1, a[0]));
        });
        Mod.def(m, "escape_encode", (a, kw) -> {
            PyObject[] p = Args.bind("escape_encode", a, kw, new String[] {"data", "errors"}, 1);
            if (!(p[0] instanceof PyBytes b)) {
                throw Errors.typeError("escape_encode() argument 1 must be bytes, not " + p[0].type().name);
            }
            return PyTuple.of(new PyBytes(EscapeCodecs.escapeEncode(b.bytes)), PyInt.of(b.bytes.length));
        });
        Mod.def(m, "escape_decode", (a, kw) -> {
            PyObject[] p = Args.bind("escape_decode", a, kw, new String[] {"data", "errors"}, 1);
            byte[] data = p[0] instanceof PyStr s ? s.value.getBytes(StandardCharsets.UTF_8) : Buffers.bytesLike(p[0]);
            return PyTuple.of(new PyBytes(EscapeCodecs.escapeDecode(data, errors("escape_decode", 2, p[1]))), PyInt.of(data.length));
        });
        Mod.def(m, "readbuffer_encode", (a, kw) -> {
            PyObject[] p = Args.bind("readbuffer_encode", a, kw, new String[] {"data", "errors"}, 1);
            byte[] data = p[0] instanceof PyStr s ? s.value.getBytes(StandardCharsets.UTF_8) : Buffers.bytesLike(p[0]);
            return PyTuple.of(new PyBytes(data.clone()), PyInt.of(data.length));
        });
        return m;
    }

    private static void textEncoder(PyModule m, String name, TextEncoder enc) {
        Mod.def(m, name, (a, kw) -> {
            PyObject[] p = Args.bind(name, a, kw, new String[] {"str", "errors"}, 1);
            String s = str(name, 1, p[0]);
            return result(new PyBytes(enc.encode(s, errors(name, 2, p[1]))), s);
        });
    }

    private static void streamDecoder(PyModule m, String name, StreamDecoder dec) {
        streamDecoder(m, name, dec, false);
    }

    /** A decoder function (data, errors=None, final=False), or final=True by default for the escape codecs. */
    private static void streamDecoder(PyModule m, String name, StreamDecoder dec, boolean finalByDefault) {
        Mod.def(m, name, (a, kw) -> {
            PyObject[] p = Args.bind(name, a, kw, new String[] {"data", "errors", "final"}, 1);
            byte[] data = p[0] instanceof PyStr s && finalByDefault ? s.value.getBytes(StandardCharsets.UTF_8) : Buffers.bytesLike(p[0]);
            boolean last = p[2] == null ? finalByDefault : p[2].isTrue();
            Decoded d = dec.decode(data, errors(name, 2, p[1]), last);
            return PyTuple.of(new PyStr(d.text()), PyInt.of(d.consumed()));
        });
    }

    /** (encoded, number of code points encoded). */
    private static PyObject result(PyObject encoded, String s) {
        return PyTuple.of(encoded, PyInt.of(s.codePointCount(0, s.length())));
    }

    private static String str(String fname, int position, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(fname + "() argument " + position + " must be str, not " + o.type().name);
    }

    /** The errors argument: None means strict. */
    private static String errors(String fname, int position, PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return "strict";
        }
        return str(fname, position, o);
    }
}
