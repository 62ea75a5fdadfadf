package dev.eddy.runtime.codecs;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.UnicodeErrors;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codec error handlers of one interpreter (codecs.register_error, lookup_error) and what
 * codecs do when they meet a character or byte they cannot handle. The standard handlers are
 * recognised by name and run in Java, as CPython's codecs do; any other name is looked up and
 * called with the UnicodeError.
 */
public final class ErrorHandlers {
    private static final String[] STANDARD = {"strict", "ignore", "replace", "backslashreplace",
            "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"};

    private final ConcurrentHashMap<String, PyObject> handlers = new ConcurrentHashMap<>();

    private ErrorHandlers() {
        for (String name : STANDARD) {
            handlers.put(name, new PyBuiltinFunction(name + "_errors", (a, kw) -> {
                dev.eddy.runtime.Args.check(name + "_errors", a, kw, 1, 1);
                return callStandard(name, a[0]);
            }));
        }
    }

    /** The handlers of the calling thread's interpreter. */
    public static ErrorHandlers current() {
        return InterpreterState.current().extension(ErrorHandlers.class, ErrorHandlers::new);
    }

    /** codecs.lookup_error. */
    public PyObject lookup(String name) {
        PyObject h = handlers.get(name);
        if (h == null) {
            throw Errors.of(Exceptions.LOOKUP_ERROR, "unknown error handler name '" + name + "'");
        }
        return h;
    }

    /** codecs.register_error. */
    public void register(String name, PyObject handler) {
        if (!dev.eddy.builtins.Functions.callable(handler)) {
            throw Errors.typeError("handler must be callable");
        }
        handlers.put(name, handler);
    }

    /** What replaces characters [start, end) that an encoder could not take: text to encode, or bytes as they are. */
    public record EncodeReplacement(String text, byte[] bytes, int resume) {
    }

    /**
     * Applies the errors handler to code points [start, end) of {@code s} that codec
     * {@code encoding} cannot encode; the strict handler throws.
     */
    public static EncodeReplacement encodeFailure(String errors, String encoding, String s, int[] cps,
                                                  int start, int end, String reason) {
        switch (errors) {
            case "strict":
                throw new PyException(UnicodeErrors.encodeError(encoding, s, start, end, reason));
            case "ignore":
                return new EncodeReplacement("", null, end);
            case "replace":
                return new EncodeReplacement("?".repeat(end - start), null, end);
            case "backslashreplace": {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    appendBackslashEscape(sb, cps[i]);
                }
                return new EncodeReplacement(sb.toString(), null, end);
            }
            case "xmlcharrefreplace": {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    sb.append("&#").append(cps[i]).append(';');
                }
                return new EncodeReplacement(sb.toString(), null, end);
            }
            case "namereplace": {
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    String name = Character.isSurrogate((char) cps[i]) && cps[i] <= 0xffff ? null : Character.getName(cps[i]);
                    if (name != null && !name.contains("(")) {
                        sb.append("\\N{").append(name).append('}');
                    } else {
                        appendBackslashEscape(sb, cps[i]);
                    }
                }
                return new EncodeReplacement(sb.toString(), null, end);
            }
            case "surrogateescape": {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                        throw new PyException(UnicodeErrors.encodeError(encoding, s, start, end, reason));
                    }
                    out.write(cps[i] - 0xdc00);
                }
                return new EncodeReplacement(null, out.toByteArray(), end);
            }
            case "surrogatepass": {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                String form = Names.unicodeForm(encoding);
                for (int i = start; i < end; i++) {
                    int c = cps[i];
                    if (form == null || c < 0xd800 || c > 0xdfff) {
                        throw new PyException(UnicodeErrors.encodeError(encoding, s, start, end, reason));
                    }
                    switch (form) {
                        case "utf-8" -> {
                            out.write(0xe0 | c >> 12);
                            out.write(0x80 | c >> 6 & 0x3f);
                            out.write(0x80 | c & 0x3f);
                        }
                        case "utf-16-le" -> {
                            out.write(c & 0xff);
                            out.write(c >> 8);
                        }
                        case "utf-16-be" -> {
                            out.write(c >> 8);
                            out.write(c & 0xff);
                        }
                        case "utf-32-le" -> {
                            out.write(c & 0xff);
                            out.write(c >> 8);
                            out.write(0);
                            out.write(0);
                        }
                        default -> {
                            out.write(0);
                            out.write(0);
                            out.write(c >> 8);
                            out.write(c & 0xff);
                        }
                    }
                }
                return new EncodeReplacement(null, out.toByteArray(), end);
            }
            default:
                break;
        }
        PyBaseException exc = UnicodeErrors.encodeError(encoding, s, start, end, reason);
        PyObject r = current().lookup(errors).call(new PyObject[] {exc}, null);
        if (!(r instanceof PyTuple t) || t.items.length != 2 || !(t.items[0] instanceof PyStr || t.items[0] instanceof PyBytes)
                || !(t.items[1] instanceof PyInt)) {
            throw Errors.typeError("encoding error handler must return (str/bytes, int) tuple");
        }
        int resume = position(t.items[1], cps.length);
        return t.items[0] instanceof PyStr text ? new EncodeReplacement(text.value, null, resume)
                : new EncodeReplacement(null, ((PyBytes) t.items[0]).bytes, resume);
    }

    /**
     * Applies the errors handler to bytes [start, end) of {@code data} that codec
     * {@code encoding} cannot decode: appends the replacement to {@code out} and returns where
     * decoding goes on.
     */
    public static int decodeFailure(String errors, String encoding, byte[] data, int start, int end, String reason,
                                    StringBuilder out) {
        switch (errors) {
            case "strict":
                throw new PyException(UnicodeErrors.decodeError(encoding, data, start, end, reason));
            case "ignore":
                return end;
            case "replace":
                out.append('\ufffd');
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    out.append(String.format("\\x%02x", data[k] & 0xff));
                }
                return end;
            case "surrogateescape": {
                int mark = out.length();
                for (int k = start; k < end; k++) {
                    int b = data[k] & 0xff;
                    if (b < 128) {
                        out.setLength(mark);
                        throw new PyException(UnicodeErrors.decodeError(encoding, data, start, end, reason));
                    }
                    out.append((char) (0xdc00 + b));
                }
                return end;
            }
            case "surrogatepass": {
                int[] got = surrogateAt(Names.unicodeForm(encoding), data, start);
                if (got == null) {
                    throw new PyException(UnicodeErrors.decodeError(encoding, data, start, end, reason));
                }
                out.append((char) got[0]);
                return start + got[1];
            }
            case "xmlcharrefreplace":
            case "namereplace":
                throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                break;
        }
        PyBaseException exc = UnicodeErrors.decodeError(encoding, data, start, end, reason);
        PyObject r = current().lookup(errors).call(new PyObject[] {exc}, null);
        if (!(r instanceof PyTuple t) || t.items.length != 2 || !(t.items[0] instanceof PyStr) || !(t.items[1] instanceof PyInt)) {
            throw Errors.typeError("decoding error handler must return (str, int) tuple");
        }
        out.append(((PyStr) t.items[0]).value);
        return position(t.items[1], data.length);
    }

    /** A surrogate encoded at data[start] in the given form: {code unit, byte length}, or null. */
    private static int[] surrogateAt(String form, byte[] data, int start) {
        if (form == null) {
            return null;
        }
        int n = data.length - start;
        int c;
        int len;
        switch (form) {
            case "utf-8":
                if (n < 3 || (data[start] & 0xff) != 0xed || (data[start + 1] & 0xe0) != 0xa0 || (data[start + 2] & 0xc0) != 0x80) {
                    return null;
                }
                c = (data[start + 1] & 0x3f) << 6 | data[start + 2] & 0x3f | 0xd000;
                len = 3;
                break;
            case "utf-16-le":
            case "utf-16-be":
                if (n < 2) {
                    return null;
                }
                c = form.endsWith("le") ? (data[start] & 0xff) | (data[start + 1] & 0xff) << 8
                        : (data[start] & 0xff) << 8 | (data[start + 1] & 0xff);
                len = 2;
                break;
            default:
                if (n < 4) {
                    return null;
                }
                c = form.endsWith("le") ? (data[start] & 0xff) | (data[start + 1] & 0xff) << 8 | (data[start + 2] & 0xff) << 16 | data[start + 3] << 24
                        : data[start] << 24 | (data[start + 1] & 0xff) << 16 | (data[start + 2] & 0xff) << 8 | (data[start + 3] & 0xff);
                len = 4;
                break;
        }
        return c >= 0xd800 && c <= 0xdfff ? new int[] {c, len} : null;
    }

    /** The handler's new position: negative counts from the end; outside the input is an IndexError. */
    private static int position(PyObject p, int length) {
        long pos = ((PyInt) p).isBig() ? Long.MAX_VALUE : ((PyInt) p).value;
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw Errors.indexError("position " + ((PyInt) p).str().value + " from error handler out of bounds");
        }
        return (int) pos;
    }

    static void appendBackslashEscape(StringBuilder sb, int c) {
        sb.append(c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
    }

    /** A standard handler called from Python (codecs.strict_errors(exc) and the like). */
    private static PyObject callStandard(String name, PyObject exc) {
        if (!(exc instanceof PyBaseException e) || !exc.type().isSubtypeOf(Exceptions.UNICODE_ERROR)) {
            throw Errors.typeError("don't know how to handle " + exc.type().name + " in error callback");
        }
        if (name.equals("strict")) {
            throw new PyException(e);
        }
        String encoding = e.type().isSubtypeOf(Exceptions.UNICODE_TRANSLATE_ERROR) ? "" : Ops.getAttr(e, "encoding").str().value;
        int start = Ops.toInt(Ops.getAttr(e, "start"));
        int end = Ops.toInt(Ops.getAttr(e, "end"));
        String reason = Ops.getAttr(e, "reason").str().value;
        PyObject object = Ops.getAttr(e, "object");
        if (e.type().isSubtypeOf(Exceptions.UNICODE_DECODE_ERROR)) {
            byte[] data = object instanceof PyBuffer b ? b.bufferBytes() : new byte[0];
            StringBuilder sb = new StringBuilder();
            int resume = decodeFailure(name, encoding, data, start, end, reason, sb);
            return PyTuple.of(new PyStr(sb.toString()), PyInt.of(resume));
        }
        String s = ((PyStr) object).value;
        if (e.type().isSubtypeOf(Exceptions.UNICODE_TRANSLATE_ERROR)) {
            if (!name.equals("ignore") && !name.equals("replace") && !name.equals("backslashreplace")) {
                throw Errors.typeError("don't know how to handle UnicodeTranslateError in error callback");
            }
            if (name.equals("replace")) {
                return PyTuple.of(new PyStr("\ufffd".repeat(Math.max(0, end - start))), PyInt.of(end));
            }
        }
        EncodeReplacement r = encodeFailure(name, encoding, s, ((PyStr) object).codePoints(), start, end, reason);
        return PyTuple.of(r.text() != null ? new PyStr(r.text()) : new PyBytes(r.bytes()), PyInt.of(r.resume()));
    }
}
