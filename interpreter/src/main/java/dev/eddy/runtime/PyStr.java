package dev.eddy.runtime;

/**
 * Python str: an immutable sequence of code points, held as a Java String. Strings outside
 * the Basic Multilingual Plane are indexed by code point through a slower path.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT,
            (cls, a, kw) -> cls == PyStr.TYPE ? StrMethods.construct(a, kw)
                    : new PyStrSubclass(cls, ((PyStr) StrMethods.construct(a, kw)).value));
    public static final PyStr EMPTY = new PyStr("");
    public static final PyStr TRUE_STR = new PyStr("True");
    public static final PyStr FALSE_STR = new PyStr("False");
    private static final PyStr[] CHARS = new PyStr[128];

    static {
        for (int i = 0; i < CHARS.length; i++) {
            CHARS[i] = new PyStr(String.valueOf((char) i));
        }
    }

    public final String value;
    /** 0 unknown, 1 all chars are code points, 2 has surrogate pairs. */
    private byte shape;
    private int hash;

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 128) {
            return CHARS[s.charAt(0)];
        }
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        if (cp < 128) {
            return CHARS[cp];
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** True when every char is a whole code point, so char indices are code point indices. */
    public boolean isSimple() {
        if (shape == 0) {
            shape = 1;
            for (int i = 0; i < value.length(); i++) {
                if (Character.isSurrogate(value.charAt(i))) {
                    shape = 2;
                    break;
                }
            }
        }
        return shape == 1;
    }

    public int codePointLength() {
        return isSimple() ? value.length() : value.codePointCount(0, value.length());
    }

    /** The code points, for the slow paths. */
    public int[] codePoints() {
        return value.codePoints().toArray();
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    @Override
    public PyStr str() {
        return this;
    }

    @Override
    public PyStr repr() {
        return new PyStr(repr(value));
    }

    /** Python's repr of a string: quotes chosen as CPython chooses them, escapes for the unprintable. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** str.isprintable for one code point, per Unicode categories as CPython uses them. */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        int t = Character.getType(c);
        switch (t) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    @Override
    public long hash() {
        int h = hash;
        if (h == 0) {
            // String.hashCode mixes poorly for short similar keys; spread it
            long x = value.hashCode() * 0x9E3779B97F4A7C15L;
            h = (int) (x ^ (x >>> 29));
            if (h == 0) {
                h = 1;
            }
            hash = h;
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PyStr s && value.equals(s.value);
    }

    @Override
    public int hashCode() {
        return (int) hash();
    }

    /** Compares by code point, as Python does (Java compares UTF-16 units). */
    public int compareTo(PyStr o) {
        String a = value;
        String b = o.value;
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyStr s) {
            if (op == CompareOp.EQ) {
                return PyBool.of(value.equals(s.value));
            }
            if (op == CompareOp.NE) {
                return PyBool.of(!value.equals(s.value));
            }
            return PyBool.of(op.test(compareTo(s)));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public int len() {
        return codePointLength();
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            if (isSimple()) {
                int[] r = sl.indices(value.length());
                int start = r[0], stop = r[1], step = r[2], n = r[3];
                if (step == 1) {
                    return of(value.substring(start, Math.max(start, stop)));
                }
                StringBuilder sb = new StringBuilder(n);
                for (int i = 0, j = start; i < n; i++, j += step) {
                    sb.append(value.charAt(j));
                }
                return of(sb.toString());
            }
            int[] cps = codePoints();
            int[] r = sl.indices(cps.length);
            StringBuilder sb = new StringBuilder();
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                sb.appendCodePoint(cps[j]);
            }
            return of(sb.toString());
        }
        PyInt idx = key.asIndexOrNull();
        if (idx == null) {
            throw Errors.typeError("string indices must be integers, not '" + key.type().name + "'");
        }
        int n = codePointLength();
        long i = idx.isBig() ? Long.MAX_VALUE : idx.value;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("string index out of range");
        }
        if (isSimple()) {
            char c = value.charAt((int) i);
            return c < 128 ? CHARS[c] : new PyStr(String.valueOf(c));
        }
        return ofCodePoint(value.codePointAt(value.offsetByCodePoints(0, (int) i)));
    }

    @Override
    public PyObject iter() {
        return new StrIterator(this);
    }

    /** iter(str): code point by code point; pickles as iter(str) and a code point index. */
    static final class StrIterator extends PyIterator {
        static final PyType ASCII_TYPE = reducibleType("str_ascii_iterator");
        static final PyType TYPE = reducibleType("str_iterator");
        private final PyStr str;
        /** A char index into the string's UTF-16 value. */
        private int i;
        private boolean done;

        StrIterator(PyStr str) {
            this.str = str;
        }

        private PyType type;

        @Override
        public PyType type() {
            if (type == null) {
                type = str.value.chars().allMatch(c -> c < 128) ? ASCII_TYPE : TYPE;
            }
            return type;
        }

        @Override
        public PyObject next() {
            String value = str.value;
            if (i >= value.length()) {
                done = true;
                return null;
            }
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            return ofCodePoint(c);
        }

        @Override
        public long lengthHint() {
            return i >= str.value.length() ? 0 : str.value.codePointCount(i, str.value.length());
        }

        @Override
        public PyObject reduce() {
            if (done) {
                return PyTuple.of(Reduce.builtin("iter"), PyTuple.of(PyStr.EMPTY));
            }
            return Reduce.seqIter(str, str.isSimple() ? i : str.value.codePointCount(0, i));
        }

        @Override
        public void setState(PyObject state) {
            if (!done) {
                int n = position(state, str.codePointLength());
                i = str.isSimple() ? n : str.value.offsetByCodePoints(0, n);
            }
        }
    }

    @Override
    public boolean contains(PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name);
        }
        return value.contains(s.value);
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            if (other instanceof PyStr s) {
                return of(value.concat(s.value));
            }
            throw Errors.typeError("can only concatenate str (not \"" + other.type().name + "\") to str");
        }
        if (op == BinaryOp.MUL) {
            PyInt n = other.asIndexOrNull();
            if (n != null && !(other instanceof PyFloat)) {
                return repeat(n);
            }
        }
        if (op == BinaryOp.MOD) {
            return of(StrFormat.percent(value, other));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.MUL) {
            PyInt n = other.asIndexOrNull();
            if (n != null) {
                return repeat(n);
            }
        }
        return PyNotImplemented.INSTANCE;
    }

    private PyStr repeat(PyInt n) {
        int k = Ops.repeatCount(n, value.length());
        return k == 0 ? EMPTY : of(value.repeat(k));
    }

    @Override
    public String toString() {
        return value;
    }
}
