package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.Locale;

/**
 * str(): construction and the methods of str. Python indexes strings by code point; the
 * Java string holds UTF-16, so positions are converted only for strings with surrogate pairs.
 */
public final class StrMethods {
    private StrMethods() {
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        if (a.length == 0) {
            return PyStr.EMPTY;
        }
        PyObject[] p = Args.bind("str", a, kw, new String[] {"object", "encoding", "errors"}, 0);
        if (p[1] != null || p[2] != null) {
            if (!(p[0] instanceof PyBuffer b)) {
                throw Errors.typeError("decoding to str: need a bytes-like object, " + (p[0] == null ? "NoneType" : p[0].type().name) + " found");
            }
            return new PyStr(BytesMethods.decode(b.bufferBytes(), p[1] == null ? "utf-8" : argStr("str", 2, p[1]),
                    p[2] == null ? "strict" : argStr("str", 3, p[2])));
        }
        return p[0] == null ? PyStr.EMPTY : p[0].str();
    }

    static void install(PyType t) {
        t.def("__getnewargs__", (a, kw) -> {
            Args.checkMethod("__getnewargs__", a, kw, 0, 0);
            return PyTuple.of(new PyStr(((PyStr) a[0]).value));
        });
        // str's own text forms (not a subclass's override)
        t.def("__repr__", (a, kw) -> new PyStr(((PyStr) a[0]).value).repr());
        t.def("__str__", (a, kw) -> new PyStr(((PyStr) a[0]).value));
        t.def("upper", (a, kw) -> map(a, kw, "str.upper", s -> s.toUpperCase(Locale.ROOT)));
        t.def("lower", (a, kw) -> map(a, kw, "str.lower", s -> s.toLowerCase(Locale.ROOT)));
        t.def("casefold", (a, kw) -> map(a, kw, "str.casefold", StrMethods::casefold));
        t.def("swapcase", (a, kw) -> map(a, kw, "str.swapcase", StrMethods::swapcase));
        t.def("title", (a, kw) -> map(a, kw, "str.title", StrMethods::title));
        t.def("capitalize", (a, kw) -> map(a, kw, "str.capitalize", StrMethods::capitalize));
        t.def("strip", (a, kw) -> strip(a, kw, "strip", true, true));
        t.def("lstrip", (a, kw) -> strip(a, kw, "lstrip", true, false));
        t.def("rstrip", (a, kw) -> strip(a, kw, "rstrip", false, true));
        t.def("split", (a, kw) -> split(a, kw, false));
        t.def("rsplit", (a, kw) -> split(a, kw, true));
        t.def("splitlines", StrMethods::splitlines);
        t.def("join", (a, kw) -> {
            TypeMethods.check("str.join", a, kw, 1, 1);
            return join(self(a), a[1]);
        });
        t.def("startswith", (a, kw) -> tailmatch(a, kw, "startswith", false));
        t.def("endswith", (a, kw) -> tailmatch(a, kw, "endswith", true));
        t.def("find", (a, kw) -> PyInt.of(find(a, kw, "find", false)));
        t.def("rfind", (a, kw) -> PyInt.of(find(a, kw, "rfind", true)));
        t.def("index", (a, kw) -> PyInt.of(found(find(a, kw, "index", false))));
        t.def("rindex", (a, kw) -> PyInt.of(found(find(a, kw, "rindex", true))));
        t.def("count", StrMethods::count);
        t.def("replace", StrMethods::replace);
        t.def("center", (a, kw) -> justify(a, kw, "center", '^'));
        t.def("ljust", (a, kw) -> justify(a, kw, "ljust", '<'));
        t.def("rjust", (a, kw) -> justify(a, kw, "rjust", '>'));
        t.def("zfill", StrMethods::zfill);
        t.def("partition", (a, kw) -> partition(a, kw, false));
        t.def("rpartition", (a, kw) -> partition(a, kw, true));
        t.def("expandtabs", StrMethods::expandtabs);
        t.def("removeprefix", (a, kw) -> {
            TypeMethods.check("str.removeprefix", a, kw, 1, 1);
            String s = self(a).value;
            String p = argStr("removeprefix", 0, a[1]);
            return s.startsWith(p) && !p.isEmpty() ? PyStr.of(s.substring(p.length())) : a[0];
        });
        t.def("removesuffix", (a, kw) -> {
            TypeMethods.check("str.removesuffix", a, kw, 1, 1);
            String s = self(a).value;
            String p = argStr("removesuffix", 0, a[1]);
            return s.endsWith(p) && !p.isEmpty() ? PyStr.of(s.substring(0, s.length() - p.length())) : a[0];
        });
        t.def("isdigit", (a, kw) -> test(a, kw, "str.isdigit", StrMethods::isDigit));
        t.def("isdecimal", (a, kw) -> test(a, kw, "str.isdecimal", c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER));
        t.def("isnumeric", (a, kw) -> test(a, kw, "str.isnumeric", StrMethods::isNumeric));
        t.def("isalpha", (a, kw) -> test(a, kw, "str.isalpha", Character::isLetter));
        t.def("isalnum", (a, kw) -> test(a, kw, "str.isalnum", c -> Character.isLetter(c) || isNumeric(c)));
        t.def("isspace", (a, kw) -> test(a, kw, "str.isspace", StrMethods::isSpace));
        t.def("isascii", (a, kw) -> {
            TypeMethods.check("str.isascii", a, kw, 0, 0);
            String s = self(a).value;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.def("isprintable", (a, kw) -> {
            TypeMethods.check("str.isprintable", a, kw, 0, 0);
            return PyBool.of(self(a).value.codePoints().allMatch(PyStr::isPrintable));
        });
        t.def("isupper", (a, kw) -> {
            TypeMethods.check("str.isupper", a, kw, 0, 0);
            return PyBool.of(cased(self(a).value, true));
        });
        t.def("islower", (a, kw) -> {
            TypeMethods.check("str.islower", a, kw, 0, 0);
            return PyBool.of(cased(self(a).value, false));
        });
        t.def("istitle", (a, kw) -> {
            TypeMethods.check("str.istitle", a, kw, 0, 0);
            return PyBool.of(isTitle(self(a).value));
        });
        t.def("isidentifier", (a, kw) -> {
            TypeMethods.check("str.isidentifier", a, kw, 0, 0);
            return PyBool.of(isIdentifier(self(a).value));
        });
        t.def("format", (a, kw) -> {
            int npos = Args.positional(a, kw);
            PyObject[] pos = java.util.Arrays.copyOfRange(a, 1, npos);
            PyDict kwargs = null;
            if (kw != null && kw.length > 0) {
                kwargs = new PyDict(kw.length);
                for (int i = 0; i < kw.length; i++) {
                    kwargs.put(new PyStr(kw[i]), a[npos + i]);
                }
            }
            return new PyStr(StrFormat.vformat(self(a).value, pos, kwargs));
        });
        t.def("format_map", (a, kw) -> {
            TypeMethods.check("str.format_map", a, kw, 1, 1);
            return new PyStr(StrFormat.vformat(self(a).value, null, a[1]));
        });
        t.def("__format__", (a, kw) -> {
            TypeMethods.check("str.__format__", a, kw, 1, 1);
            return StrFormat.format(self(a), FloatMethods.specArg(a[1]));
        });
        t.def("encode", StrMethods::encode);
        t.defStatic("maketrans", StrMethods::maketrans);
        t.def("translate", (a, kw) -> {
            TypeMethods.check("str.translate", a, kw, 1, 1);
            return translate(self(a), a[1]);
        });
        t.def("__len__", (a, kw) -> PyInt.of(self(a).len()));
        t.def("__contains__", (a, kw) -> {
            TypeMethods.check("str.__contains__", a, kw, 1, 1);
            return PyBool.of(self(a).contains(a[1]));
        });
        t.def("__getitem__", (a, kw) -> {
            TypeMethods.check("str.__getitem__", a, kw, 1, 1);
            return self(a).getItem(a[1]);
        });
        t.def("__iter__", (a, kw) -> self(a).iter());
    }

    // ---- argument helpers ------------------------------------------------------------------------

    private static PyStr self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyStr s)) {
            throw Errors.typeError("descriptor requires a 'str' object but received a '" + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return s;
    }

    /** A str argument; {@code pos} > 0 names it "fname() argument pos", 0 just "fname() argument". */
    static String argStr(String fname, int pos, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(fname + "() argument " + (pos > 0 ? pos + " " : "") + "must be str, not " + o.type().name);
    }

    /** A str operand of find/count/partition: "must be str, not int". */
    private static PyStr sub(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("must be str, not " + o.type().name);
    }

    private static PyObject map(PyObject[] a, String[] kw, String name, java.util.function.UnaryOperator<String> f) {
        TypeMethods.check(name, a, kw, 0, 0);
        String s = self(a).value;
        String r = f.apply(s);
        return r.equals(s) ? a[0] : PyStr.of(r);
    }

    /** The char offset of code point index {@code cp}. */
    private static int off(PyStr s, int cp) {
        return s.isSimple() ? cp : s.value.offsetByCodePoints(0, cp);
    }

    /** The code point index of char offset {@code i}. */
    private static int cpIndex(PyStr s, int i) {
        return s.isSimple() ? i : s.value.codePointCount(0, i);
    }

    // ---- character classes --------------------------------------------------------------------------

    /** Py_UNICODE_ISSPACE: whitespace (bidi WS, B, S) or a space separator. */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || Character.isSpaceChar(c);
    }

    private static boolean isDigit(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        // superscripts and circled digits have a single-digit numeric value
        if (t == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(c);
            return v >= 0 && v <= 9;
        }
        return false;
    }

    /** Common CJK numerals, numeric in Unihan though Java gives them no numeric value. */
    private static final String CJK_NUMERALS = "\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u5146\u96f6";

    private static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || CJK_NUMERALS.indexOf(c) >= 0;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static PyObject test(PyObject[] a, String[] kw, String name, java.util.function.IntPredicate p) {
        TypeMethods.check(name, a, kw, 0, 0);
        String s = self(a).value;
        if (s.isEmpty()) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!p.test(c)) {
                return PyBool.FALSE;
            }
            i += Character.charCount(c);
        }
        return PyBool.TRUE;
    }

    /** isupper (upper = true) or islower: some cased character and none of the other case or titlecase. */
    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isTitleCase(c) || (upper ? Character.isLowerCase(c) : Character.isUpperCase(c))) {
                return false;
            }
            any |= upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
        }
        return any;
    }

    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        if (c != '_' && !Character.isUnicodeIdentifierStart(c)) {
            return false;
        }
        for (int i = Character.charCount(c); i < s.length(); ) {
            c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
        }
        return true;
    }

    // ---- case mapping ---------------------------------------------------------------------------------

    /** The full titlecase mapping of one code point ('ß' -> "Ss"). */
    private static void appendTitle(StringBuilder sb, int c) {
        int t = Character.toTitleCase(c);
        if (t != c || Character.isTitleCase(c)) {
            sb.appendCodePoint(t);
            return;
        }
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1) {
            int first = up.codePointAt(0);
            sb.appendCodePoint(first).append(up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
        } else {
            sb.append(up);
        }
    }

    private static void appendLower(StringBuilder sb, int c) {
        if (c < 128) {
            sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else {
            sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
        }
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (prevCased) {
                appendLower(sb, c);
            } else {
                appendTitle(sb, c);
            }
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int c = s.codePointAt(0);
        appendTitle(sb, c);
        return sb.append(s.substring(Character.charCount(c)).toLowerCase(Locale.ROOT)).toString();
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            String one = new String(Character.toChars(c));
            if (Character.isUpperCase(c)) {
                sb.append(one.toLowerCase(Locale.ROOT));
            } else if (Character.isLowerCase(c)) {
                sb.append(one.toUpperCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** Full case folding, approximated by lower(upper(c)) per code point ('ß' -> "ss", 'ς' -> 'σ'). */
    private static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128 || c == 0x130 || c == 0x131) {
                appendLower(sb, c);
            } else {
                sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    // ---- strip, split, join ------------------------------------------------------------------------

    private static PyObject strip(PyObject[] a, String[] kw, String name, boolean left, boolean right) {
        TypeMethods.check("str." + name, a, kw, 0, 1);
        String s = self(a).value;
        PyObject chars = a.length > 1 ? a[1] : PyNone.NONE;
        int i = 0;
        int j = s.length();
        if (chars == PyNone.NONE) {
            while (left && i < j && isSpace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && isSpace(s.charAt(j - 1))) {
                j--;
            }
        } else if (chars instanceof PyStr cs) {
            String set = cs.value;
            while (left && i < j) {
                int c = s.codePointAt(i);
                if (set.indexOf(c) < 0) {
                    break;
                }
                i += Character.charCount(c);
            }
            while (right && j > i) {
                int c = s.codePointBefore(j);
                if (set.indexOf(c) < 0) {
                    break;
                }
                j -= Character.charCount(c);
            }
        } else {
            throw Errors.typeError(name + " arg must be None or str");
        }
        return i == 0 && j == s.length() ? a[0] : PyStr.of(s.substring(i, j));
    }

    private static final String[] SPLIT_PARAMS = {"sep", "maxsplit"};

    private static PyObject split(PyObject[] a, String[] kw, boolean fromRight) {
        String name = fromRight ? "rsplit" : "split";
        PyObject sep;
        PyObject max;
        if (kw == null) {
            if (a.length > 3) {
                throw Errors.typeError(name + "() takes at most 2 arguments (" + (a.length - 1) + " given)");
            }
            sep = a.length > 1 ? a[1] : PyNone.NONE;
            max = a.length > 2 ? a[2] : null;
        } else {
            for (String k : kw) {
                if (!k.equals("sep") && !k.equals("maxsplit")) {
                    throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
                }
            }
            PyObject[] p = TypeMethods.bind(name, a, kw, SPLIT_PARAMS, 0);
            sep = p[0] == null ? PyNone.NONE : p[0];
            max = p[1];
        }
        String s = self(a).value;
        long ms = max == null ? -1 : TypeMethods.asLong(max);
        int maxsplit = ms < 0 || ms > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) ms;
        PyList out = new PyList();
        if (sep == PyNone.NONE) {
            if (fromRight) {
                rsplitWhitespace(s, maxsplit, out);
            } else {
                splitWhitespace(s, maxsplit, out);
            }
            return out;
        }
        if (!(sep instanceof PyStr sepStr)) {
            throw Errors.typeError("must be str or None, not " + sep.type().name);
        }
        String d = sepStr.value;
        if (d.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        if (fromRight) {
            int end = s.length();
            while (maxsplit-- > 0) {
                int k = s.lastIndexOf(d, end - d.length());
                if (k < 0) {
                    break;
                }
                out.append(PyStr.of(s.substring(k + d.length(), end)));
                end = k;
            }
            out.append(end == s.length() ? a[0] : PyStr.of(s.substring(0, end)));
            reverse(out);
        } else {
            int start = 0;
            while (maxsplit-- > 0) {
                int k = s.indexOf(d, start);
                if (k < 0) {
                    break;
                }
                out.append(PyStr.of(s.substring(start, k)));
                start = k + d.length();
            }
            out.append(start == 0 ? a[0] : PyStr.of(s.substring(start)));
        }
        return out;
    }

    private static void splitWhitespace(String s, int maxsplit, PyList out) {
        int n = s.length();
        int i = 0;
        while (maxsplit-- > 0) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int j = i++;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            out.append(PyStr.of(s.substring(j, i)));
        }
        if (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i != n) {
                out.append(PyStr.of(s.substring(i)));
            }
        }
    }

    private static void rsplitWhitespace(String s, int maxsplit, PyList out) {
        int i = s.length() - 1;
        while (maxsplit-- > 0) {
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int j = i--;
            while (i >= 0 && !isSpace(s.charAt(i))) {
                i--;
            }
            out.append(PyStr.of(s.substring(i + 1, j + 1)));
        }
        if (i >= 0) {
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i >= 0) {
                out.append(PyStr.of(s.substring(0, i + 1)));
            }
        }
        reverse(out);
    }

    private static void reverse(PyList l) {
        for (int i = 0, j = l.size - 1; i < j; i++, j--) {
            PyObject t = l.items[i];
            l.items[i] = l.items[j];
            l.items[j] = t;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || (c >= 0x0b && c <= 0x0c) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static PyObject splitlines(PyObject[] a, String[] kw) {
        PyObject[] p = TypeMethods.bind("splitlines", a, kw, new String[] {"keepends"}, 0);
        boolean keep = TypeMethods.flag(p[0], false);
        String s = self(a).value;
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keep) {
                    eol = i;
                }
            }
            out.append(PyStr.of(s.substring(j, eol)));
        }
        return out;
    }

    /** sep.join(iterable), with one exact-size allocation for lists and tuples of str. */
    public static PyStr join(PyStr sep, PyObject iterable) {
        PyObject[] items;
        int n;
        if (iterable instanceof PyList l) {
            items = l.items;
            n = l.size;
        } else if (iterable instanceof PyTuple t) {
            items = t.items;
            n = items.length;
        } else {
            PyObject it;
            try {
                it = iterable.iter();
            } catch (PyException e) {
                if (e.matches(Exceptions.TYPE_ERROR)) {
                    throw Errors.typeError("can only join an iterable");
                }
                throw e;
            }
            ArrayList<PyObject> list = new ArrayList<>();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                list.add(x);
            }
            items = list.toArray(new PyObject[0]);
            n = items.length;
        }
        if (n == 1 && items[0] instanceof PyStr only) {
            return only;
        }
        String d = sep.value;
        long total = (long) d.length() * Math.max(0, n - 1);
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
            }
            total += s.value.length();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw Errors.of(Exceptions.MEMORY_ERROR, null);
        }
        StringBuilder sb = new StringBuilder((int) total);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(d);
            }
            sb.append(((PyStr) items[i]).value);
        }
        return PyStr.of(sb.toString());
    }

    // ---- searching --------------------------------------------------------------------------------

    private static PyObject tailmatch(PyObject[] a, String[] kw, String name, boolean end) {
        TypeMethods.check("str." + name, a, kw, 1, 3);
        PyStr s = self(a);
        PyObject start = a.length > 2 ? a[2] : null;
        PyObject stop = a.length > 3 ? a[3] : null;
        if (a[1] instanceof PyTuple t) {
            for (PyObject o : t.items) {
                if (!(o instanceof PyStr p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + o.type().name);
                }
                if (tailmatch(s, p, start, stop, end)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(a[1] instanceof PyStr p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + a[1].type().name);
        }
        return PyBool.of(tailmatch(s, p, start, stop, end));
    }

    private static boolean tailmatch(PyStr s, PyStr sub, PyObject start, PyObject stop, boolean fromEnd) {
        int[] se = TypeMethods.adjust(start, stop, s.codePointLength());
        int subLen = sub.codePointLength();
        int e = se[1] - subLen;
        if (e < se[0]) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        return s.value.startsWith(sub.value, off(s, fromEnd ? e : se[0]));
    }

    /** find/rfind/index/rindex: the code point index or -1. */
    private static int find(PyObject[] a, String[] kw, String name, boolean fromRight) {
        TypeMethods.check("str." + name, a, kw, 1, 3);
        PyStr s = self(a);
        PyStr sub = sub(a[1]);
        int[] se = TypeMethods.adjust(a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null, s.codePointLength());
        if (se[1] - se[0] < sub.codePointLength()) {
            return -1;
        }
        int cs = off(s, se[0]);
        int ce = off(s, se[1]);
        String v = s.value;
        String w = sub.value;
        int k;
        if (fromRight) {
            k = v.lastIndexOf(w, ce - w.length());
            if (k < cs) {
                return -1;
            }
        } else {
            k = v.indexOf(w, cs);
            if (k < 0 || k + w.length() > ce) {
                return -1;
            }
        }
        return cpIndex(s, k);
    }

    private static int found(int i) {
        if (i < 0) {
            throw Errors.valueError("substring not found");
        }
        return i;
    }

    private static PyObject count(PyObject[] a, String[] kw) {
        TypeMethods.check("str.count", a, kw, 1, 3);
        PyStr s = self(a);
        PyStr sub = sub(a[1]);
        int[] se = TypeMethods.adjust(a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null, s.codePointLength());
        if (se[0] > se[1]) {
            return PyInt.of(0);
        }
        if (sub.value.isEmpty()) {
            return PyInt.of(se[1] - se[0] + 1);
        }
        String v = s.value;
        String w = sub.value;
        int ce = off(s, se[1]);
        int n = 0;
        for (int k = v.indexOf(w, off(s, se[0])); k >= 0 && k + w.length() <= ce; k = v.indexOf(w, k + w.length())) {
            n++;
        }
        return PyInt.of(n);
    }

    private static PyObject replace(PyObject[] a, String[] kw) {
        TypeMethods.check("str.replace", a, kw, 2, 3);
        String s = self(a).value;
        String old = argStr("replace", 1, a[1]);
        String rep = argStr("replace", 2, a[2]);
        long count = a.length > 3 ? TypeMethods.asLong(a[3]) : -1;
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0 || s.isEmpty() && !old.isEmpty()) {
            return a[0];
        }
        StringBuilder sb;
        if (old.isEmpty()) {
            sb = new StringBuilder(s.length() + rep.length() * (s.length() + 1));
            int i = 0;
            while (i < s.length() && count-- > 0) {
                sb.append(rep);
                int c = s.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (count > 0) {
                sb.append(rep);
            }
            return PyStr.of(sb.append(s, i, s.length()).toString());
        }
        int k = s.indexOf(old);
        if (k < 0) {
            return a[0];
        }
        if (count == Long.MAX_VALUE) {
            return PyStr.of(s.replace(old, rep));
        }
        sb = new StringBuilder(s.length());
        int start = 0;
        for (; k >= 0 && count-- > 0; k = s.indexOf(old, start)) {
            sb.append(s, start, k).append(rep);
            start = k + old.length();
        }
        return PyStr.of(sb.append(s, start, s.length()).toString());
    }

    // ---- padding ---------------------------------------------------------------------------------

    private static PyObject justify(PyObject[] a, String[] kw, String name, char align) {
        TypeMethods.check("str." + name, a, kw, 1, 2);
        PyStr s = self(a);
        long width = TypeMethods.asLong(a[1]);
        int fill = ' ';
        if (a.length > 2) {
            if (!(a[2] instanceof PyStr f)) {
                throw Errors.typeError("The fill character must be a unicode character, not " + a[2].type().name);
            }
            if (f.codePointLength() != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = f.value.codePointAt(0);
        }
        int len = s.codePointLength();
        if (width <= len) {
            return a[0];
        }
        int w = (int) Math.min(width, Integer.MAX_VALUE - 16);
        if (align == '^') {
            // CPython's centring: the odd space goes left when the width is odd
            int marg = w - len;
            int left = marg / 2 + (marg & w & 1);
            StringBuilder sb = new StringBuilder(w + 2);
            appendFill(sb, fill, left).append(s.value);
            return PyStr.of(appendFill(sb, fill, marg - left).toString());
        }
        return PyStr.of(StrFormat.pad(s.value, len, w, align, fill));
    }

    private static StringBuilder appendFill(StringBuilder sb, int fill, int n) {
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(fill);
        }
        return sb;
    }

    private static PyObject zfill(PyObject[] a, String[] kw) {
        TypeMethods.check("str.zfill", a, kw, 1, 1);
        PyStr s = self(a);
        long width = TypeMethods.asLong(a[1]);
        int len = s.codePointLength();
        if (width <= len) {
            return a[0];
        }
        int fill = (int) width - len;
        String v = s.value;
        StringBuilder sb = new StringBuilder((int) width + 1);
        int rest = 0;
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            sb.append(v.charAt(0));
            rest = 1;
        }
        for (int i = 0; i < fill; i++) {
            sb.append('0');
        }
        return PyStr.of(sb.append(v, rest, v.length()).toString());
    }

    private static PyObject partition(PyObject[] a, String[] kw, boolean fromRight) {
        TypeMethods.check(fromRight ? "str.rpartition" : "str.partition", a, kw, 1, 1);
        String s = self(a).value;
        PyStr sep = sub(a[1]);
        if (sep.value.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int k = fromRight ? s.lastIndexOf(sep.value) : s.indexOf(sep.value);
        if (k < 0) {
            return fromRight ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, a[0]) : PyTuple.of(a[0], PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, k)), sep, PyStr.of(s.substring(k + sep.value.length())));
    }

    private static PyObject expandtabs(PyObject[] a, String[] kw) {
        PyObject[] p = TypeMethods.bind("expandtabs", a, kw, new String[] {"tabsize"}, 0);
        int tab = p[0] == null ? 8 : Ops.index(p[0], null).intValueExact();
        String s = self(a).value;
        if (s.indexOf('\t') < 0) {
            return a[0];
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tab > 0) {
                    long incr = tab - (col % tab);
                    col += incr;
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                col++;
                sb.appendCodePoint(c);
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return PyStr.of(sb.toString());
    }

    // ---- encode, maketrans, translate -----------------------------------------------------------

    private static PyObject encode(PyObject[] a, String[] kw) {
        PyObject[] p = TypeMethods.bind("encode", a, kw, new String[] {"encoding", "errors"}, 0);
        String enc = p[0] == null ? "utf-8" : argStr("encode", 1, p[0]);
        String errors = p[1] == null ? "strict" : argStr("encode", 2, p[1]);
        return new PyBytes(encode(self(a).value, enc, errors));
    }

    /**
     * str.encode: plain utf-8, ascii and latin-1 text straight through Java; errors and other
     * encodings through the codecs package.
     */
    public static byte[] encode(String s, String encoding, String errors) {
        java.nio.charset.Charset cs;
        int limit;
        switch (BytesMethods.normalizeEncoding(encoding)) {
            case "utf-8":
                cs = java.nio.charset.StandardCharsets.UTF_8;
                limit = -1;
                break;
            case "ascii":
                cs = java.nio.charset.StandardCharsets.US_ASCII;
                limit = 128;
                break;
            case "latin-1":
                cs = java.nio.charset.StandardCharsets.ISO_8859_1;
                limit = 256;
                break;
            default:
                return dev.eddy.runtime.codecs.TextEncoding.encode(s, encoding, errors);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (limit >= 0 ? c >= limit : Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i)))) {
                return dev.eddy.runtime.codecs.TextEncoding.encode(s, encoding, errors);
            }
        }
        return s.getBytes(cs);
    }

    private static PyObject maketrans(PyObject[] a, String[] kw) {
        Args.check("maketrans", a, kw, 1, 3);
        PyDict d = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict src)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (java.util.Map.Entry<PyObject, PyObject> e : src.map.entrySet()) {
                PyObject k = e.getKey();
                if (k instanceof PyStr ks) {
                    if (ks.codePointLength() != 1) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    k = PyInt.of(ks.value.codePointAt(0));
                } else if (!(k instanceof PyInt)) {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
                d.put(k, e.getValue());
            }
            return d;
        }
        String x = argStr("maketrans", 1, a[0]);
        String y = argStr("maketrans", 2, a[1]);
        int[] xs = x.codePoints().toArray();
        int[] ys = y.codePoints().toArray();
        if (xs.length != ys.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length; i++) {
            d.put(PyInt.of(xs[i]), PyInt.of(ys[i]));
        }
        if (a.length > 2) {
            argStr("maketrans", 3, a[2]).codePoints().forEach(c -> d.put(PyInt.of(c), PyNone.NONE));
        }
        return d;
    }

    private static PyObject translate(PyStr self, PyObject table) {
        String s = self.value;
        StringBuilder sb = new StringBuilder(s.length());
        PyDict dict = table instanceof PyDict d && d.getClass() == PyDict.class ? d : null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            PyObject key = PyInt.of(c);
            PyObject m;
            if (dict != null) {
                m = dict.map.get(key);
            } else {
                try {
                    m = table.getItem(key);
                } catch (PyException e) {
                    if (!e.matches(Exceptions.LOOKUP_ERROR)) {
                        throw e;
                    }
                    m = null;
                }
            }
            if (m == null) {
                sb.appendCodePoint(c);
            } else if (m instanceof PyStr ms) {
                sb.append(ms.value);
            } else if (m instanceof PyInt mi) {
                if (mi.isBig() || mi.value < 0 || mi.value > 0x10ffff) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) mi.value);
            } else if (m != PyNone.NONE) {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(sb.toString());
    }
}
