package dev.eddy.stdlib.json;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.ThreadState;

import java.util.HashMap;

/**
 * One reading of JSON text: the terms a scanner call or {@code scanstring} decodes from one
 * Python string, with the position after the last term read in {@link #next}.
 *
 * <p>Python indexes a string by code point and Java by UTF-16 unit. The parser works in
 * UTF-16 units (a surrogate pair is never a JSON delimiter, so the grammar reads the same) and
 * converts positions at its edges: where a call starts, where it ends, and where an error is.
 */
final class JsonParser {
    private static final String DECODING_OBJECT = " while decoding a JSON object from a unicode string";
    private static final String DECODING_ARRAY = " while decoding a JSON array from a unicode string";
    /** Decimal digits that always fit a long. */
    private static final int LONG_DIGITS = 18;

    private final PyStr doc;
    private final String s;
    private final int len;
    private final boolean simple;
    private final boolean strict;
    /** The scanner's hooks, or null when only strings are read (scanstring). */
    private final Scanner scanner;
    /** Object keys read so far, so that equal keys share one str (CPython's memo dict). */
    private final HashMap<String, PyStr> memo = new HashMap<>();
    private ThreadState thread;
    /** The UTF-16 index just after the last term read. */
    int next;

    JsonParser(PyStr doc, boolean strict, Scanner scanner) {
        this.doc = doc;
        this.s = doc.value;
        this.len = s.length();
        this.simple = doc.isSimple();
        this.strict = strict;
        this.scanner = scanner;
    }

    // ---- positions --------------------------------------------------------------------------

    /** The code point index of UTF-16 index {@code unit}. */
    int codePointIndex(int unit) {
        return simple ? unit : s.codePointCount(0, unit);
    }

    /** The UTF-16 index of code point index {@code cp} (at most the string's length in code points). */
    int unitIndex(long cp) {
        return simple ? (int) cp : s.offsetByCodePoints(0, (int) cp);
    }

    /** The string's length in code points. */
    int codePointLength() {
        return simple ? len : doc.codePointLength();
    }

    // ---- errors -----------------------------------------------------------------------------

    /** json.decoder.JSONDecodeError(msg, doc, pos), pos being the UTF-16 index {@code unit}. */
    private PyException decodeError(String msg, int unit) {
        PyObject cls = Importer.current().importModule("json.decoder").getAttr("JSONDecodeError");
        PyObject exc = cls.call(new PyStr(msg), doc, PyInt.of(codePointIndex(unit)));
        if (!(exc instanceof PyBaseException e)) {
            throw Errors.typeError("exceptions must derive from BaseException");
        }
        return new PyException(e);
    }

    /** StopIteration(idx): no JSON value starts at {@code unit}; json.decoder reports "Expecting value". */
    private PyException noValue(int unit) {
        return Errors.stopIteration(PyInt.of(codePointIndex(unit)));
    }

    private void enterNesting(String where) {
        if (thread == null) {
            thread = ThreadState.current();
        }
        if (++thread.depth > thread.recursionLimit) {
            thread.depth--;
            throw Errors.of(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private int skipWhitespace(int i) {
        while (i < len && isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- strings ----------------------------------------------------------------------------

    /**
     * Reads the rest of a JSON string whose opening quote is just before UTF-16 index
     * {@code end}; sets {@link #next} after its closing quote.
     */
    PyStr scanString(int end) {
        int begin = end - 1;
        StringBuilder chunks = null;
        while (true) {
            int i = end;
            char c = 0;
            for (; i < len; i++) {
                c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw decodeError("Invalid control character at", i);
                }
            }
            if (i == len || (c != '"' && c != '\\')) {
                throw decodeError("Unterminated string starting at", begin);
            }
            if (c == '"' && chunks == null) {
                next = i + 1;
                return new PyStr(s.substring(end, i));
            }
            if (chunks == null) {
                chunks = new StringBuilder(i - end + 16);
            }
            chunks.append(s, end, i);
            i++;
            if (c == '"') {
                next = i;
                return new PyStr(chunks.toString());
            }
            if (i == len) {
                throw decodeError("Unterminated string starting at", begin);
            }
            c = s.charAt(i);
            if (c != 'u') {
                end = i + 1;
                switch (c) {
                    case '"': case '\\': case '/': break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    default: throw decodeError("Invalid \\escape", end - 2);
                }
                chunks.append(c);
                continue;
            }
            // a u escape, and a second one when the first is a high surrogate and the second a low one
            int digits = i + 1;
            end = digits + 4;
            if (end >= len) {
                throw decodeError("Invalid \\uXXXX escape", i);
            }
            int cp = hex4(digits, i);
            if (Character.isHighSurrogate((char) cp) && end + 6 < len
                    && s.charAt(end) == '\\' && s.charAt(end + 1) == 'u') {
                int low = hex4(end + 2, end + 1);
                if (Character.isLowSurrogate((char) low)) {
                    chunks.append((char) cp);
                    cp = low;
                    end += 6;
                }
            }
            chunks.append((char) cp);
        }
    }

    /** The value of the four hex digits at {@code at}; {@code escape} is where to report a bad one. */
    private int hex4(int at, int escape) {
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            char c = s.charAt(k);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw decodeError("Invalid \\uXXXX escape", escape);
            }
            v = (v << 4) | d;
        }
        return v;
    }

    // ---- any term ---------------------------------------------------------------------------

    /** Reads the JSON term starting exactly at UTF-16 index {@code idx}; sets {@link #next} after it. */
    PyObject scanOnce(int idx) {
        if (idx >= len) {
            throw noValue(idx);
        }
        switch (s.charAt(idx)) {
            case '"':
                return scanString(idx + 1);
            case '{':
                enterNesting(DECODING_OBJECT);
                try {
                    return parseObject(idx + 1);
                } finally {
                    thread.depth--;
                }
            case '[':
                enterNesting(DECODING_ARRAY);
                try {
                    return parseArray(idx + 1);
                } finally {
                    thread.depth--;
                }
            case 'n':
                if (s.startsWith("null", idx)) {
                    next = idx + 4;
                    return PyNone.NONE;
                }
                break;
            case 't':
                if (s.startsWith("true", idx)) {
                    next = idx + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (s.startsWith("false", idx)) {
                    next = idx + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (s.startsWith("NaN", idx)) {
                    return constant("NaN", idx);
                }
                break;
            case 'I':
                if (s.startsWith("Infinity", idx)) {
                    return constant("Infinity", idx);
                }
                break;
            case '-':
                if (s.startsWith("-Infinity", idx)) {
                    return constant("-Infinity", idx);
                }
                break;
            default:
                break;
        }
        return parseNumber(idx);
    }

    private PyObject constant(String name, int idx) {
        PyObject v = scanner.parseConstant.call(new PyStr(name));
        next = idx + name.length();
        return v;
    }

    // ---- objects and arrays -----------------------------------------------------------------

    private PyObject parseObject(int idx) {
        boolean pairs = scanner.objectPairsHook != PyNone.NONE;
        PyList pairList = pairs ? new PyList() : null;
        PyDict dict = pairs ? null : new PyDict();
        idx = skipWhitespace(idx);
        if (idx >= len || s.charAt(idx) != '}') {
            while (true) {
                if (idx >= len || s.charAt(idx) != '"') {
                    throw decodeError("Expecting property name enclosed in double quotes", idx);
                }
                PyStr key = scanString(idx + 1);
                PyStr known = memo.putIfAbsent(key.value, key);
                if (known != null) {
                    key = known;
                }
                idx = skipWhitespace(next);
                if (idx >= len || s.charAt(idx) != ':') {
                    throw decodeError("Expecting ':' delimiter", idx);
                }
                idx = skipWhitespace(idx + 1);
                PyObject value = scanOnce(idx);
                if (pairs) {
                    pairList.append(PyTuple.of(key, value));
                } else {
                    dict.map.put(key, value);
                }
                idx = skipWhitespace(next);
                if (idx < len && s.charAt(idx) == '}') {
                    break;
                }
                if (idx >= len || s.charAt(idx) != ',') {
                    throw decodeError("Expecting ',' delimiter", idx);
                }
                idx = skipWhitespace(idx + 1);
            }
        }
        next = idx + 1;
        if (pairs) {
            return scanner.objectPairsHook.call(pairList);
        }
        if (scanner.objectHook != PyNone.NONE) {
            return scanner.objectHook.call(dict);
        }
        return dict;
    }

    private PyObject parseArray(int idx) {
        PyList list = new PyList();
        idx = skipWhitespace(idx);
        if (idx >= len || s.charAt(idx) != ']') {
            while (true) {
                list.append(scanOnce(idx));
                idx = skipWhitespace(next);
                if (idx < len && s.charAt(idx) == ']') {
                    break;
                }
                if (idx >= len || s.charAt(idx) != ',') {
                    throw decodeError("Expecting ',' delimiter", idx);
                }
                idx = skipWhitespace(idx + 1);
            }
        }
        next = idx + 1;
        return list;
    }

    // ---- numbers ----------------------------------------------------------------------------

    private PyObject parseNumber(int start) {
        int idx = start;
        if (s.charAt(idx) == '-') {
            idx++;
            if (idx >= len) {
                throw noValue(start);
            }
        }
        char c = s.charAt(idx);
        if (c >= '1' && c <= '9') {
            idx++;
            while (idx < len && isDigit(s.charAt(idx))) {
                idx++;
            }
        } else if (c == '0') {
            idx++;
        } else {
            throw noValue(start);
        }
        boolean isFloat = false;
        int last = len - 1;
        if (idx < last && s.charAt(idx) == '.' && isDigit(s.charAt(idx + 1))) {
            isFloat = true;
            idx += 2;
            while (idx < len && isDigit(s.charAt(idx))) {
                idx++;
            }
        }
        if (idx < last && (s.charAt(idx) == 'e' || s.charAt(idx) == 'E')) {
            int eStart = idx;
            idx++;
            if (idx < last && (s.charAt(idx) == '-' || s.charAt(idx) == '+')) {
                idx++;
            }
            while (idx < len && isDigit(s.charAt(idx))) {
                idx++;
            }
            if (isDigit(s.charAt(idx - 1))) {
                isFloat = true;
            } else {
                idx = eStart;
            }
        }
        next = idx;
        String text = s.substring(start, idx);
        if (isFloat) {
            if (scanner.parseFloat != PyFloat.TYPE) {
                return scanner.parseFloat.call(new PyStr(text));
            }
            return new PyFloat(Double.parseDouble(text));
        }
        if (scanner.parseInt != PyInt.TYPE) {
            return scanner.parseInt.call(new PyStr(text));
        }
        int digits = idx - start - (s.charAt(start) == '-' ? 1 : 0);
        if (digits <= LONG_DIGITS) {
            return PyInt.of(Long.parseLong(text));
        }
        // as int(text) converts it, limits included
        return PyInt.TYPE.call(new PyStr(text));
    }
}
