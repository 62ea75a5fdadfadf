package dev.eddy.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** bytes(): construction, the codecs (utf-8, ascii, latin-1) and the methods of bytes. */
public final class BytesMethods {
    private BytesMethods() {
    }

    static final byte[] EMPTY = new byte[0];

    static PyObject construct(PyObject[] a, String[] kw) {
        if (a.length == 1 && kw == null && a[0] instanceof PyBytes) {
            return a[0];
        }
        return new PyBytes(constructContents("bytes", a, kw));
    }

    /** The contents of bytes(...) or bytearray(...) made from the call's arguments (a fresh array). */
    static byte[] constructContents(String type, PyObject[] a, String[] kw) {
        if (a.length == 0) {
            return EMPTY.clone();
        }
        PyObject[] p = Args.bind(type, a, kw, new String[] {"source", "encoding", "errors"}, 0);
        PyObject x = p[0];
        if (x instanceof PyStr s) {
            if (p[1] == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return StrMethods.encode(s.value, StrMethods.argStr(type, 2, p[1]),
                    p[2] == null ? "strict" : StrMethods.argStr(type, 3, p[2]));
        }
        if (p[1] != null || p[2] != null) {
            throw Errors.typeError(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (x == null) {
            return EMPTY.clone();
        }
        if (x instanceof PyBuffer b) {
            return b.bufferBytes().clone();
        }
        PyObject m = x instanceof PyInstance ? x.type().lookup("__bytes__") : null;
        if (m != null) {
            PyObject r = Descriptors.callBound(m, x, x.type());
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
            }
            return rb.bytes.clone();
        }
        if (x instanceof PyInt i) {
            if (i.signum() < 0) {
                throw Errors.valueError("negative count");
            }
            return new byte[Ops.repeatCount(i, 1)];
        }
        return fromIterable(x, type);
    }

    /** The bytes of a bytes object or an iterable of ints, as int.from_bytes and bytes() take them. */
    static byte[] asBytes(PyObject x) {
        if (x instanceof PyBuffer b) {
            return b.bufferBytes();
        }
        if (x instanceof PyStr || x instanceof PyInt) {
            throw Errors.typeError("cannot convert '" + x.type().name + "' object to bytes");
        }
        return fromIterable(x, "bytes");
    }

    private static byte[] fromIterable(PyObject x, String type) {
        PyObject[] items;
        try {
            items = Ops.toArray(x);
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR) && x.type().lookup("__iter__") == null) {
                throw Errors.typeError("cannot convert '" + x.type().name + "' object to " + type);
            }
            throw e;
        }
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) (type.equals("bytes") ? byteValue(items[i]) : PyByteArray.byteValue(items[i]));
        }
        return out;
    }

    private static int byteValue(PyObject o) {
        PyInt v = Ops.index(o, null);
        if (v.isBig() || v.value < 0 || v.value > 255) {
            throw Errors.valueError("bytes must be in range(0, 256)");
        }
        return (int) v.value;
    }

    static void install(PyType t) {
        t.def("decode", (a, kw) -> {
            PyObject[] p = TypeMethods.bind("decode", a, kw, new String[] {"encoding", "errors"}, 0);
            return new PyStr(decode(self(a), p[0] == null ? "utf-8" : StrMethods.argStr("decode", 1, p[0]),
                    p[1] == null ? "strict" : StrMethods.argStr("decode", 2, p[1])));
        });
        t.def("hex", BytesMethods::hex);
        t.defClassMethod("fromhex", (a, kw) -> {
            TypeMethods.check("bytes.fromhex", a, kw, 1, 1);
            byte[] h = fromHex(StrMethods.argStr("fromhex", 0, a[1]));
            PyObject b = ((PyType) a[0]).isSubtypeOf(PyByteArray.TYPE) ? new PyByteArray(h) : new PyBytes(h);
            return a[0] == PyBytes.TYPE || a[0] == PyByteArray.TYPE ? b : a[0].call(b);
        });
        t.def("startswith", (a, kw) -> tailmatch(a, kw, "startswith", false));
        t.def("endswith", (a, kw) -> tailmatch(a, kw, "endswith", true));
        t.def("find", (a, kw) -> PyInt.of(find(a, kw, "find", false)));
        t.def("rfind", (a, kw) -> PyInt.of(find(a, kw, "rfind", true)));
        t.def("index", (a, kw) -> PyInt.of(found(find(a, kw, "index", false))));
        t.def("rindex", (a, kw) -> PyInt.of(found(find(a, kw, "rindex", true))));
        t.def("count", BytesMethods::count);
        t.def("split", (a, kw) -> split(a, kw, false));
        t.def("rsplit", (a, kw) -> split(a, kw, true));
        t.def("join", (a, kw) -> {
            TypeMethods.check("bytes.join", a, kw, 1, 1);
            return make(a, join(self(a), a[1]));
        });
        t.def("replace", BytesMethods::replace);
        t.def("strip", (a, kw) -> strip(a, kw, "strip", true, true));
        t.def("lstrip", (a, kw) -> strip(a, kw, "lstrip", true, false));
        t.def("rstrip", (a, kw) -> strip(a, kw, "rstrip", false, true));
        t.def("upper", (a, kw) -> {
            TypeMethods.check("bytes.upper", a, kw, 0, 0);
            byte[] b = self(a).clone();
            for (int i = 0; i < b.length; i++) {
                if (b[i] >= 'a' && b[i] <= 'z') {
                    b[i] -= 32;
                }
            }
            return make(a, b);
        });
        t.def("lower", (a, kw) -> {
            TypeMethods.check("bytes.lower", a, kw, 0, 0);
            byte[] b = self(a).clone();
            for (int i = 0; i < b.length; i++) {
                if (b[i] >= 'A' && b[i] <= 'Z') {
                    b[i] += 32;
                }
            }
            return make(a, b);
        });
        t.def("isdigit", (a, kw) -> test(a, kw, "bytes.isdigit", c -> c >= '0' && c <= '9'));
        t.def("isupper", (a, kw) -> cased(a, kw, "bytes.isupper", true));
        t.def("islower", (a, kw) -> cased(a, kw, "bytes.islower", false));
        t.def("isalpha", (a, kw) -> test(a, kw, "bytes.isalpha", c -> (c | 32) >= 'a' && (c | 32) <= 'z'));
        t.def("isalnum", (a, kw) -> test(a, kw, "bytes.isalnum", c -> c >= '0' && c <= '9' || (c | 32) >= 'a' && (c | 32) <= 'z'));
        t.def("isspace", (a, kw) -> test(a, kw, "bytes.isspace", BytesMethods::isSpace));
        t.def("__len__", (a, kw) -> PyInt.of(self(a).length));
        t.def("__repr__", (a, kw) -> new PyStr(PyBytes.repr(self(a), self(a).length, false)));
        t.def("__getitem__", (a, kw) -> {
            TypeMethods.check("bytes.__getitem__", a, kw, 1, 1);
            return a[0].getItem(a[1]);
        });
        t.def("__iter__", (a, kw) -> a[0].iter());
        t.def("partition", (a, kw) -> partition(a, kw, "bytes.partition", false));
        t.def("rpartition", (a, kw) -> partition(a, kw, "bytes.rpartition", true));
        t.def("__contains__", (a, kw) -> {
            TypeMethods.check("bytes.__contains__", a, kw, 1, 1);
            return PyBool.of(contains(self(a), a[1]));
        });
    }

    /** bytes.partition / rpartition: (head, sep, tail), or the whole at the far end when sep is absent. */
    private static PyObject partition(PyObject[] a, String[] kw, String name, boolean fromRight) {
        TypeMethods.check(name, a, kw, 1, 1);
        byte[] s = self(a);
        byte[] sep = bytesArg(a[1]);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = fromRight ? lastIndexOf(s, sep, 0, s.length) : indexOf(s, sep, 0, s.length);
        if (i < 0) {
            return fromRight ? new PyTuple(new PyObject[] {make(a, EMPTY), make(a, EMPTY.clone()), make(a, s)})
                    : new PyTuple(new PyObject[] {make(a, s), make(a, EMPTY), make(a, EMPTY.clone())});
        }
        return new PyTuple(new PyObject[] {make(a, java.util.Arrays.copyOfRange(s, 0, i)), make(a, sep.clone()),
                make(a, java.util.Arrays.copyOfRange(s, i + sep.length, s.length))});
    }

    /** isupper/islower: at least one cased byte, and no byte of the other case. */
    private static PyObject cased(PyObject[] a, String[] kw, String name, boolean upper) {
        TypeMethods.check(name, a, kw, 0, 0);
        boolean any = false;
        for (byte b : self(a)) {
            if (b >= 'a' && b <= 'z') {
                if (upper) {
                    return PyBool.FALSE;
                }
                any = true;
            } else if (b >= 'A' && b <= 'Z') {
                if (!upper) {
                    return PyBool.FALSE;
                }
                any = true;
            }
        }
        return PyBool.of(any);
    }

    /** The contents of self, a bytes or a bytearray (copied: the caller may keep it). */
    static byte[] self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof PyBytes b) {
            return b.bytes;
        }
        if (a.length > 0 && a[0] instanceof PyByteArray b) {
            return b.toBytes();
        }
        throw Errors.typeError("descriptor requires a 'bytes' object but received a '" + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
    }

    /** A result of the same kind as self: bytes for bytes, bytearray for bytearray. */
    static PyObject make(PyObject[] a, byte[] contents) {
        return a[0] instanceof PyByteArray ? new PyByteArray(contents) : new PyBytes(contents);
    }

    /** A bytes-like argument of split, replace, strip...: "a bytes-like object is required, not 'str'". */
    static byte[] bytesArg(PyObject o) {
        if (o instanceof PyBuffer b) {
            return b.bufferBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** The needle of find/count/index: bytes or a single byte value. */
    private static byte[] needle(PyObject o) {
        if (o instanceof PyBuffer b) {
            return b.bufferBytes();
        }
        PyInt i = o.asIndexOrNull();
        if (i == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.type().name + "'");
        }
        if (i.isBig() || i.value < 0 || i.value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return new byte[] {(byte) i.value};
    }

    /** The 'in' operator for bytes: a byte value or a subsequence. */
    public static boolean contains(byte[] hay, PyObject item) {
        return indexOf(hay, needle(item), 0, hay.length) >= 0;
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static PyObject test(PyObject[] a, String[] kw, String name, java.util.function.IntPredicate p) {
        TypeMethods.check(name, a, kw, 0, 0);
        byte[] b = self(a);
        if (b.length == 0) {
            return PyBool.FALSE;
        }
        for (byte x : b) {
            if (!p.test(x & 0xff)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    static int indexOf(byte[] hay, byte[] needle, int from, int to) {
        int last = to - needle.length;
        outer:
        for (int i = Math.max(from, 0); i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] hay, byte[] needle, int from, int to) {
        outer:
        for (int i = to - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---- searching ------------------------------------------------------------------------------

    private static PyObject tailmatch(PyObject[] a, String[] kw, String name, boolean fromEnd) {
        TypeMethods.check("bytes." + name, a, kw, 1, 3);
        byte[] b = self(a);
        int[] se = TypeMethods.adjust(a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null, b.length);
        PyObject[] prefixes = a[1] instanceof PyTuple t ? t.items : new PyObject[] {a[1]};
        for (PyObject o : prefixes) {
            if (!(o instanceof PyBuffer buf)) {
                throw Errors.typeError(a[1] instanceof PyTuple
                        ? "a bytes-like object is required, not '" + o.type().name + "'"
                        : name + " first arg must be bytes or a tuple of bytes, not " + o.type().name);
            }
            byte[] p = buf.bufferBytes();
            int e = se[1] - p.length;
            if (e >= se[0] && Arrays.equals(b, fromEnd ? e : se[0], (fromEnd ? e : se[0]) + p.length, p, 0, p.length)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    private static int find(PyObject[] a, String[] kw, String name, boolean fromRight) {
        TypeMethods.check("bytes." + name, a, kw, 1, 3);
        byte[] b = self(a);
        byte[] sub = needle(a[1]);
        int[] se = TypeMethods.adjust(a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null, b.length);
        if (se[1] - se[0] < sub.length) {
            return -1;
        }
        return fromRight ? lastIndexOf(b, sub, se[0], se[1]) : indexOf(b, sub, se[0], se[1]);
    }

    private static int found(int i) {
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return i;
    }

    private static PyObject count(PyObject[] a, String[] kw) {
        TypeMethods.check("bytes.count", a, kw, 1, 3);
        byte[] b = self(a);
        byte[] sub = needle(a[1]);
        int[] se = TypeMethods.adjust(a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null, b.length);
        if (se[0] > se[1]) {
            return PyInt.of(0);
        }
        if (sub.length == 0) {
            return PyInt.of(se[1] - se[0] + 1);
        }
        int n = 0;
        for (int k = indexOf(b, sub, se[0], se[1]); k >= 0; k = indexOf(b, sub, k + sub.length, se[1])) {
            n++;
        }
        return PyInt.of(n);
    }

    // ---- split, join, replace, strip ------------------------------------------------------------

    private static PyObject split(PyObject[] a, String[] kw, boolean fromRight) {
        String name = fromRight ? "rsplit" : "split";
        PyObject[] p = TypeMethods.bind(name, a, kw, new String[] {"sep", "maxsplit"}, 0);
        byte[] b = self(a);
        long ms = p[1] == null ? -1 : TypeMethods.asLong(p[1]);
        int max = ms < 0 || ms > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) ms;
        PyList out = new PyList();
        if (p[0] == null || p[0] == PyNone.NONE) {
            // runs of ASCII whitespace, as str.split() does for Unicode whitespace
            int n = b.length;
            if (fromRight) {
                int i = n - 1;
                while (max-- > 0) {
                    while (i >= 0 && isSpace(b[i])) {
                        i--;
                    }
                    if (i < 0) {
                        break;
                    }
                    int j = i--;
                    while (i >= 0 && !isSpace(b[i])) {
                        i--;
                    }
                    out.append(make(a, Arrays.copyOfRange(b, i + 1, j + 1)));
                }
                while (i >= 0 && isSpace(b[i])) {
                    i--;
                }
                if (i >= 0) {
                    out.append(make(a, Arrays.copyOfRange(b, 0, i + 1)));
                }
                reverse(out);
            } else {
                int i = 0;
                while (max-- > 0) {
                    while (i < n && isSpace(b[i])) {
                        i++;
                    }
                    if (i == n) {
                        break;
                    }
                    int j = i++;
                    while (i < n && !isSpace(b[i])) {
                        i++;
                    }
                    out.append(make(a, Arrays.copyOfRange(b, j, i)));
                }
                while (i < n && isSpace(b[i])) {
                    i++;
                }
                if (i < n) {
                    out.append(make(a, Arrays.copyOfRange(b, i, n)));
                }
            }
            return out;
        }
        byte[] sep = bytesArg(p[0]);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        if (fromRight) {
            int end = b.length;
            while (max-- > 0) {
                int k = lastIndexOf(b, sep, 0, end);
                if (k < 0) {
                    break;
                }
                out.append(make(a, Arrays.copyOfRange(b, k + sep.length, end)));
                end = k;
            }
            out.append(make(a, Arrays.copyOfRange(b, 0, end)));
            reverse(out);
        } else {
            int start = 0;
            while (max-- > 0) {
                int k = indexOf(b, sep, start, b.length);
                if (k < 0) {
                    break;
                }
                out.append(make(a, Arrays.copyOfRange(b, start, k)));
                start = k + sep.length;
            }
            out.append(make(a, Arrays.copyOfRange(b, start, b.length)));
        }
        return out;
    }

    private static void reverse(PyList l) {
        for (int i = 0, j = l.size - 1; i < j; i++, j--) {
            PyObject t = l.items[i];
            l.items[i] = l.items[j];
            l.items[j] = t;
        }
    }

    private static byte[] join(byte[] sep, PyObject iterable) {
        PyObject[] items;
        try {
            items = Ops.toArray(iterable);
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR) && iterable.type().lookup("__iter__") == null) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBuffer b)) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().name + " found");
            }
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(b.bufferBytes());
        }
        return out.toByteArray();
    }

    private static PyObject replace(PyObject[] a, String[] kw) {
        TypeMethods.check("bytes.replace", a, kw, 2, 3);
        byte[] b = self(a);
        byte[] old = bytesArg(a[1]);
        byte[] rep = bytesArg(a[2]);
        long count = a.length > 3 ? TypeMethods.asLong(a[3]) : -1;
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int start = 0;
        if (old.length == 0) {
            for (int i = 0; i <= b.length && count-- > 0; i++) {
                out.writeBytes(rep);
                if (i < b.length) {
                    out.write(b[i]);
                }
                start = Math.min(i + 1, b.length);
            }
        } else {
            for (int k = indexOf(b, old, 0, b.length); k >= 0 && count-- > 0; k = indexOf(b, old, start, b.length)) {
                out.write(b, start, k - start);
                out.writeBytes(rep);
                start = k + old.length;
            }
        }
        out.write(b, start, b.length - start);
        return make(a, out.toByteArray());
    }

    private static PyObject strip(PyObject[] a, String[] kw, String name, boolean left, boolean right) {
        TypeMethods.check("bytes." + name, a, kw, 0, 1);
        byte[] b = self(a);
        byte[] chars = a.length > 1 && a[1] != PyNone.NONE ? bytesArg(a[1]) : null;
        int i = 0;
        int j = b.length;
        while (left && i < j && (chars == null ? isSpace(b[i]) : indexOf(chars, new byte[] {b[i]}, 0, chars.length) >= 0)) {
            i++;
        }
        while (right && j > i && (chars == null ? isSpace(b[j - 1]) : indexOf(chars, new byte[] {b[j - 1]}, 0, chars.length) >= 0)) {
            j--;
        }
        return i == 0 && j == b.length && a[0] instanceof PyBytes ? a[0] : make(a, Arrays.copyOfRange(b, i, j));
    }

    // ---- hex ---------------------------------------------------------------------------------

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** bytes.hex([sep[, bytes_per_sep]]): groups counted from the right, or from the left when negative. */
    private static PyObject hex(PyObject[] a, String[] kw) {
        PyObject[] p = TypeMethods.bind("hex", a, kw, new String[] {"sep", "bytes_per_sep"}, 0);
        byte[] b = self(a);
        String sep = null;
        if (p[0] != null) {
            sep = p[0] instanceof PyBuffer sb ? new String(sb.bufferBytes(), StandardCharsets.ISO_8859_1) : StrMethods.argStr("hex", 1, p[0]);
            if (sep.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
        }
        long per = p[1] == null ? 1 : TypeMethods.asLong(p[1]);
        StringBuilder sb = new StringBuilder(b.length * 3);
        int group = (int) Math.min(Math.abs(per), Integer.MAX_VALUE);
        for (int i = 0; i < b.length; i++) {
            if (sep != null && i > 0 && group > 0) {
                int pos = per > 0 ? b.length - i : i;
                if (pos % group == 0) {
                    sb.append(sep);
                }
            }
            sb.append(HEX[(b[i] >> 4) & 0xf]).append(HEX[b[i] & 0xf]);
        }
        return new PyStr(sb.toString());
    }

    /** bytes.fromhex(s): pairs of hex digits, whitespace allowed between pairs. */
    public static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                i++;
                continue;
            }
            int hi = c < 128 ? Character.digit(c, 16) : -1;
            if (hi < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    // ---- codecs --------------------------------------------------------------------------------

    /** The codec name CPython reports for an encoding: "utf-8", "ascii", "latin-1", else the name lowercased. */
    public static String normalizeEncoding(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (e) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001":
                return "utf-8";
            case "ascii": case "us_ascii": case "646": case "us":
                return "ascii";
            case "latin_1": case "latin1": case "latin": case "l1": case "iso8859_1": case "iso_8859_1": case "8859": case "cp819":
                return "latin-1";
            default:
                return e;
        }
    }

    /** bytes.decode(encoding, errors): through the codecs package, which keeps plain utf-8, ascii and latin-1 fast. */
    public static String decode(byte[] b, String encoding, String errors) {
        return dev.eddy.runtime.codecs.TextEncoding.decode(b, encoding, errors);
    }
}
