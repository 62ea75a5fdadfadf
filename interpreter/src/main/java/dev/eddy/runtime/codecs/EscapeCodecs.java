package dev.eddy.runtime.codecs;

import dev.eddy.runtime.Errors;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** unicode_escape, raw_unicode_escape and the bytes escape codec (escape_encode, escape_decode). */
public final class EscapeCodecs {
    private EscapeCodecs() {
    }

    // ---- unicode_escape -------------------------------------------------------------------------

    /** unicode_escape encoding: Python string-literal escapes for everything outside printable ASCII and the backslash. */
    public static byte[] encodeUnicodeEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append((char) c);
                    } else {
                        ErrorHandlers.appendBackslashEscape(sb, c);
                    }
                }
            }
        });
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** raw_unicode_escape encoding: Latin-1 characters as they are, others as backslash-u escapes. */
    public static byte[] encodeRawUnicodeEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (c < 0x100) {
                sb.append((char) c);
            } else {
                ErrorHandlers.appendBackslashEscape(sb, c);
            }
        });
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int hex(byte b) {
        return b < 0 ? -1 : Character.digit((char) b, 16);
    }

    /**
     * unicode_escape decoding (raw: only the backslash-u and backslash-U escapes mean anything);
     * unless {@code last}, an escape cut off by the end is left unconsumed.
     */
    public static Decoded decodeUnicodeEscape(byte[] b, String errors, boolean last, boolean raw) {
        String name = raw ? "rawunicodeescape" : "unicodeescape";
        StringBuilder sb = new StringBuilder(b.length);
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            int start = i;
            if (raw) {
                // an escape only after an odd number of backslashes: copy pairs through
                int j = i;
                while (j < n && b[j] == '\\') {
                    j++;
                }
                int count = j - i;
                if (j >= n || (b[j] != 'u' && b[j] != 'U') || count % 2 == 0) {
                    if (j >= n && !last && count % 2 == 1) {
                        sb.append("\\".repeat(count - 1));
                        i = j - 1;
                        break;
                    }
                    sb.append("\\".repeat(count));
                    i = j;
                    continue;
                }
                sb.append("\\".repeat(count - 1));
                start = j - 1;
                i = j - 1;
            }
            if (i + 1 >= n) {
                if (!last) {
                    break;
                }
                i = ErrorHandlers.decodeFailure(errors, name, b, start, n, "\\ at end of string", sb);
                continue;
            }
            char e = (char) (b[i + 1] & 0xff);
            int digits;
            switch (e) {
                case 'x' -> digits = raw ? 0 : 2;
                case 'u' -> digits = 4;
                case 'U' -> digits = 8;
                default -> digits = 0;
            }
            if (digits > 0) {
                int j = i + 2;
                long v = 0;
                while (j < n && j < i + 2 + digits && hex(b[j]) >= 0) {
                    v = v << 4 | hex(b[j]);
                    j++;
                }
                if (j < i + 2 + digits) {
                    if (j >= n && !last) {
                        break;
                    }
                    String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    i = ErrorHandlers.decodeFailure(errors, name, b, start, j, "truncated " + what + " escape", sb);
                    continue;
                }
                if (v > 0x10ffff) {
                    i = ErrorHandlers.decodeFailure(errors, name, b, start, j,
                            raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character", sb);
                    continue;
                }
                sb.appendCodePoint((int) v);
                i = j;
                continue;
            }
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) {
                        v = v * 8 + (b[i++] - '0');
                    }
                    sb.append((char) v);
                }
                case 'N' -> {
                    int close = -1;
                    if (i < n && b[i] == '{') {
                        for (int k = i + 1; k < n; k++) {
                            if (b[k] == '}') {
                                close = k;
                                break;
                            }
                        }
                    }
                    if (close < 0 || close == i + 1) {
                        if (close < 0 && !last) {
                            i = start;
                            return new Decoded(sb.toString(), start);
                        }
                        i = ErrorHandlers.decodeFailure(errors, name, b, start, close < 0 ? n : close + 1,
                                "malformed \\N character escape", sb);
                        continue;
                    }
                    String charName = new String(b, i + 1, close - i - 1, StandardCharsets.ISO_8859_1);
                    int cp = -1;
                    try {
                        cp = Character.codePointOf(charName);
                    } catch (IllegalArgumentException ex) {
                        cp = -1;
                    }
                    if (cp < 0) {
                        i = ErrorHandlers.decodeFailure(errors, name, b, start, close + 1, "unknown Unicode character name", sb);
                        continue;
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> sb.append('\\').append(e);
            }
        }
        return new Decoded(sb.toString(), i);
    }

    // ---- bytes escapes -------------------------------------------------------------------------

    /** codecs.escape_encode: the escapes of a bytes literal (without the quotes). */
    public static byte[] escapeEncode(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length + 8);
        for (byte x : b) {
            int c = x & 0xff;
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** codecs.escape_decode: the escapes of a bytes literal resolved (errors: strict, ignore or replace for bad \x escapes). */
    public static byte[] escapeDecode(byte[] b, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw Errors.valueError("Trailing \\ in string");
            }
            char e = (char) (b[i + 1] & 0xff);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) {
                        v = v * 8 + (b[i++] - '0');
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    if (i + 1 < n && hex(b[i]) >= 0 && hex(b[i + 1]) >= 0) {
                        out.write(hex(b[i]) << 4 | hex(b[i + 1]));
                        i += 2;
                        break;
                    }
                    switch (errors) {
                        case "strict" -> throw Errors.valueError("invalid \\x escape at position " + (i - 2));
                        case "replace" -> out.write('?');
                        case "ignore" -> { }
                        default -> throw Errors.valueError("decoding error; unknown error handling code: " + errors);
                    }
                    // skip the hex digits that were there
                    if (i < n && hex(b[i]) >= 0) {
                        i++;
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
