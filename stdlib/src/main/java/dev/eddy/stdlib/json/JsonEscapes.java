package dev.eddy.stdlib.json;

/**
 * JSON string literals: a Python string quoted and escaped as {@code encode_basestring} and
 * {@code encode_basestring_ascii} write it. Python strings are sequences of code points and
 * Java strings of UTF-16 units; escaping each unit of a surrogate pair as {@code \}{@code uXXXX}
 * gives exactly the pair of escapes CPython writes for a code point above U+FFFF.
 */
final class JsonEscapes {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonEscapes() {
    }

    /** Appends {@code s} as a JSON string that keeps non-ASCII characters as they are. */
    static void appendUnicode(String s, StringBuilder out) {
        out.append('"');
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > '\\' || (c >= ' ' && c != '"' && c != '\\')) {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            appendEscape(c, out);
        }
        out.append(s, run, n).append('"');
    }

    /** Appends {@code s} as a JSON string of printable ASCII only. */
    static void appendAscii(String s, StringBuilder out) {
        out.append('"');
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            appendEscape(c, out);
        }
        out.append(s, run, n).append('"');
    }

    private static void appendEscape(char c, StringBuilder out) {
        out.append('\\');
        switch (c) {
            case '"': out.append('"'); break;
            case '\\': out.append('\\'); break;
            case '\b': out.append('b'); break;
            case '\f': out.append('f'); break;
            case '\n': out.append('n'); break;
            case '\r': out.append('r'); break;
            case '\t': out.append('t'); break;
            default:
                out.append('u').append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
        }
    }
}
