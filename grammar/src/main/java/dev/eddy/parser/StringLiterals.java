package dev.eddy.parser;

import java.io.ByteArrayOutputStream;

/**
 * Decoding of string and bytes literal bodies, as CPython's string_parser.c and its
 * unicode_escape / bytes escape decoders do it (invalid escapes such as "\d" are kept).
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** A decoding failure; the message is CPython's, without location. */
    static final class DecodeError extends Exception {
        private static final long serialVersionUID = 1L;

        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    /** The parts of a string token: prefix flags and where the body lies in the token text. */
    record Literal(boolean bytes, boolean raw, boolean fstring, int bodyStart, int bodyEnd) {
    }

    static Literal split(String token) {
        boolean bytes = false;
        boolean raw = false;
        boolean fstring = false;
        int i = 0;
        while (true) {
            char c = token.charAt(i);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                fstring = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
            i++;
        }
        char quote = token.charAt(i);
        int quoteLen = token.length() - i >= 6 && token.charAt(i + 1) == quote && token.charAt(i + 2) == quote ? 3 : 1;
        return new Literal(bytes, raw, fstring, i + quoteLen, token.length() - quoteLen);
    }

    /** Decodes the escapes of a (non-raw) str literal body, as the unicode_escape codec. */
    static String decodeString(String s) throws DecodeError {
        int n = s.length();
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n || s.charAt(i + 1) >= 0x80) {
                // CPython turns such a backslash into "\u005c": it stays a backslash.
                out.append('\\');
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + s.charAt(i++) - '0';
                    }
                    out.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int count = 0;
                    while (count < digits && i < n && Character.digit(s.charAt(i), 16) >= 0) {
                        v = v * 16 + Character.digit(s.charAt(i++), 16);
                        count++;
                    }
                    if (count < digits) {
                        String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                : "truncated \\UXXXXXXXX escape";
                        throw unicodeError(s, start, start + 2 + count, what);
                    }
                    if (v > 0x10FFFF || v < 0) {
                        throw unicodeError(s, start, i, "illegal Unicode character");
                    }
                    out.appendCodePoint(v);
                }
                case 'N' -> {
                    if (i < n && s.charAt(i) == '{') {
                        int nameStart = i + 1;
                        int close = s.indexOf('}', nameStart);
                        if (close < 0) {
                            throw unicodeError(s, start, n, "malformed \\N character escape");
                        }
                        if (close == nameStart) {
                            throw unicodeError(s, start, close, "malformed \\N character escape");
                        }
                        int cp;
                        try {
                            cp = Character.codePointOf(s.substring(nameStart, close));
                        } catch (IllegalArgumentException ex) {
                            throw unicodeError(s, start, close + 1, "unknown Unicode character name");
                        }
                        out.appendCodePoint(cp);
                        i = close + 1;
                    } else {
                        throw unicodeError(s, start, i, "malformed \\N character escape");
                    }
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private static DecodeError unicodeError(String s, int start, int end, String reason) {
        String where = end - start == 1
                ? String.format("byte 0x%02x in position %d", (int) s.charAt(start) & 0xff, start)
                : "bytes in position " + start + "-" + (end - 1);
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    /** Decodes a bytes literal body (ASCII already checked), as _PyBytes_DecodeEscape. */
    static byte[] decodeBytes(String s, boolean raw) throws DecodeError {
        int n = s.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\' || raw || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + s.charAt(i++) - '0';
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    if (i + 1 < n && Character.digit(s.charAt(i), 16) >= 0 && Character.digit(s.charAt(i + 1), 16) >= 0) {
                        out.write(Character.digit(s.charAt(i), 16) * 16 + Character.digit(s.charAt(i + 1), 16));
                        i += 2;
                    } else {
                        throw new DecodeError("(value error) invalid \\x escape at position " + start);
                    }
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
