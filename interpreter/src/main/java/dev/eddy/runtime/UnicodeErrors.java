package dev.eddy.runtime;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their constructors, their
 * attributes (encoding, object, start, end, reason), their messages, and factories for codecs.
 */
public final class UnicodeErrors {
    private UnicodeErrors() {
    }

    static void install() {
        PyType.Constructor base = Exceptions.BASE_EXCEPTION.constructor;
        Exceptions.UNICODE_ENCODE_ERROR.constructor = (cls, args, kw) -> construct(base, cls, args, kw, true);
        Exceptions.UNICODE_DECODE_ERROR.constructor = (cls, args, kw) -> construct(base, cls, args, kw, true);
        Exceptions.UNICODE_TRANSLATE_ERROR.constructor = (cls, args, kw) -> construct(base, cls, args, kw, false);
        Exceptions.UNICODE_ENCODE_ERROR.def("__str__", (a, kw) -> new PyStr(message((PyBaseException) a[0], "encode")));
        Exceptions.UNICODE_DECODE_ERROR.def("__str__", (a, kw) -> new PyStr(message((PyBaseException) a[0], "decode")));
        Exceptions.UNICODE_TRANSLATE_ERROR.def("__str__", (a, kw) -> new PyStr(message((PyBaseException) a[0], "translate")));
    }

    /** Checks the arguments as CPython's __init__ does ("UOnnU", or "OnnU" to translate) and stores the attributes. */
    private static PyObject construct(PyType.Constructor base, PyType cls, PyObject[] args, String[] kw, boolean hasEncoding) {
        int n = Args.positional(args, kw);
        PyObject made = base.construct(cls, n == args.length ? args : java.util.Arrays.copyOf(args, n), null);
        int want = hasEncoding ? 5 : 4;
        if (n != want) {
            // a subclass may take other arguments in its own __init__; the plain classes may not
            if (cls == Exceptions.UNICODE_ENCODE_ERROR || cls == Exceptions.UNICODE_DECODE_ERROR
                    || cls == Exceptions.UNICODE_TRANSLATE_ERROR) {
                throw Errors.typeError("function takes exactly " + want + " arguments (" + n + " given)");
            }
            return made;
        }
        int i = 0;
        PyBaseException e = (PyBaseException) made;
        if (hasEncoding) {
            e.storeAttr("encoding", checkStr(args[i++], 1));
        }
        PyObject object = args[i++];
        if (cls.isSubtypeOf(Exceptions.UNICODE_DECODE_ERROR)) {
            if (!(object instanceof PyBytes)) {
                object = new PyBytes(Buffers.bytesLike(object).clone());
            }
        } else {
            checkStr(object, i);
        }
        e.storeAttr("object", object);
        e.storeAttr("start", Ops.index(args[i++], "start"));
        e.storeAttr("end", Ops.index(args[i++], "end"));
        e.storeAttr("reason", checkStr(args[i], i + 1));
        return made;
    }

    private static PyObject checkStr(PyObject o, int position) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("argument " + position + " must be str, not " + o.type().name);
        }
        return o;
    }

    /** The text CPython's __str__ gives for these errors ('' when the attributes are missing). */
    private static String message(PyBaseException e, String verb) {
        PyObject object = e.dict == null ? null : e.dict.get("object");
        PyObject reasonObj = e.dict == null ? null : e.dict.get("reason");
        PyObject startObj = e.dict == null ? null : e.dict.get("start");
        PyObject endObj = e.dict == null ? null : e.dict.get("end");
        if (object == null || reasonObj == null || !(startObj instanceof PyInt) || !(endObj instanceof PyInt)) {
            return e.defaultStr().value;
        }
        long start = ((PyInt) startObj).value;
        long end = ((PyInt) endObj).value;
        String reason = reasonObj.str().value;
        String prefix = verb.equals("translate") ? "" : "'" + e.dict.get("encoding").str().value + "' codec ";
        if (verb.equals("decode")) {
            byte[] b = object instanceof PyBuffer buf ? buf.bufferBytes() : new byte[0];
            if (start >= 0 && start < b.length && end == start + 1) {
                return prefix + String.format("can't decode byte 0x%02x in position %d: %s", b[(int) start] & 0xff, start, reason);
            }
            return prefix + "can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        int[] cps = object instanceof PyStr s ? s.codePoints() : new int[0];
        if (start >= 0 && start < cps.length && end == start + 1) {
            int c = cps[(int) start];
            String ch = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return prefix + "can't " + verb + " character '" + ch + "' in position " + start + ": " + reason;
        }
        return prefix + "can't " + verb + " characters in position " + start + "-" + (end - 1) + ": " + reason;
    }

    /** A UnicodeEncodeError for code points [start, end) of {@code s}. */
    public static PyBaseException encodeError(String encoding, String s, int start, int end, String reason) {
        return make(Exceptions.UNICODE_ENCODE_ERROR, new PyObject[] {new PyStr(encoding), new PyStr(s),
                PyInt.of(start), PyInt.of(end), new PyStr(reason)});
    }

    /** A UnicodeDecodeError for bytes [start, end) of {@code data}. */
    public static PyBaseException decodeError(String encoding, byte[] data, int start, int end, String reason) {
        return make(Exceptions.UNICODE_DECODE_ERROR, new PyObject[] {new PyStr(encoding), new PyBytes(data),
                PyInt.of(start), PyInt.of(end), new PyStr(reason)});
    }

    /** A UnicodeTranslateError for code points [start, end) of {@code s}. */
    public static PyBaseException translateError(String s, int start, int end, String reason) {
        return make(Exceptions.UNICODE_TRANSLATE_ERROR, new PyObject[] {new PyStr(s),
                PyInt.of(start), PyInt.of(end), new PyStr(reason)});
    }

    private static PyBaseException make(PyType type, PyObject[] args) {
        return (PyBaseException) type.constructor.construct(type, args, null);
    }
}
