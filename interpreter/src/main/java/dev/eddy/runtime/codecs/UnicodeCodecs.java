package dev.eddy.runtime.codecs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** UTF-8, UTF-16 and UTF-32, each in its byte orders, with CPython's error ranges and reasons. */
public final class UnicodeCodecs {
    private UnicodeCodecs() {
    }

    private static final String SURROGATES = "surrogates not allowed";

    // ---- encoding ------------------------------------------------------------------------------

    /** UTF-8: surrogates are errors, a run of them one error. */
    static final Encoder UTF8 = new Encoder("utf-8", SURROGATES, true) {
        @Override
        boolean put(int c, ByteArrayOutputStream out) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | c >> 6);
                out.write(0x80 | c & 0x3f);
            } else if (c < 0x10000) {
                if (c >= 0xd800 && c <= 0xdfff) {
                    return false;
                }
                out.write(0xe0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3f);
                out.write(0x80 | c & 0x3f);
            } else {
                out.write(0xf0 | c >> 18);
                out.write(0x80 | c >> 12 & 0x3f);
                out.write(0x80 | c >> 6 & 0x3f);
                out.write(0x80 | c & 0x3f);
            }
            return true;
        }
    };

    /** The UTF-16 encoder: byteorder -1 little-endian, 1 big-endian, 0 little-endian after a BOM. */
    static Encoder utf16(int byteorder) {
        boolean little = byteorder <= 0;
        return new Encoder(byteorder == 0 ? "utf-16" : little ? "utf-16-le" : "utf-16-be", SURROGATES, false) {
            @Override
            boolean put(int c, ByteArrayOutputStream out) {
                if (c >= 0xd800 && c <= 0xdfff) {
                    return false;
                }
                if (c >= 0x10000) {
                    unit(0xd800 | (c - 0x10000) >> 10, out);
                    unit(0xdc00 | c & 0x3ff, out);
                } else {
                    unit(c, out);
                }
                return true;
            }

            private void unit(int u, ByteArrayOutputStream out) {
                if (little) {
                    out.write(u & 0xff);
                    out.write(u >> 8);
                } else {
                    out.write(u >> 8);
                    out.write(u & 0xff);
                }
            }

            @Override
            byte[] prefix() {
                return byteorder == 0 ? new byte[] {(byte) 0xff, (byte) 0xfe} : null;
            }
        };
    }

    /** The UTF-32 encoder: byteorder -1 little-endian, 1 big-endian, 0 little-endian after a BOM. */
    static Encoder utf32(int byteorder) {
        boolean little = byteorder <= 0;
        return new Encoder(byteorder == 0 ? "utf-32" : little ? "utf-32-le" : "utf-32-be", SURROGATES, false) {
            @Override
            boolean put(int c, ByteArrayOutputStream out) {
                if (c >= 0xd800 && c <= 0xdfff) {
                    return false;
                }
                write32(c, little, out);
                return true;
            }

            @Override
            byte[] prefix() {
                return byteorder == 0 ? new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0} : null;
            }
        };
    }

    private static void write32(int c, boolean little, ByteArrayOutputStream out) {
        if (little) {
            out.write(c & 0xff);
            out.write(c >> 8 & 0xff);
            out.write(c >> 16 & 0xff);
            out.write(c >>> 24);
        } else {
            out.write(c >>> 24);
            out.write(c >> 16 & 0xff);
            out.write(c >> 8 & 0xff);
            out.write(c & 0xff);
        }
    }

    public static byte[] encodeUtf8(String s, String errors) {
        return UTF8.encode(s, errors);
    }

    public static byte[] encodeUtf16(String s, String errors, int byteorder) {
        return utf16(byteorder).encode(s, errors);
    }

    public static byte[] encodeUtf32(String s, String errors, int byteorder) {
        return utf32(byteorder).encode(s, errors);
    }

    // ---- UTF-8 decoding ------------------------------------------------------------------------

    /** Decodes UTF-8; unless {@code last}, a sequence cut off by the end of the input is left unconsumed. */
    public static Decoded decodeUtf8(byte[] b, String errors, boolean last) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int r = utf8Sequence(b, i);
            if (r < 0) {
                break;
            }
            i += r;
        }
        if (i == n) {
            return new Decoded(new String(b, StandardCharsets.UTF_8), n);
        }
        StringBuilder sb = new StringBuilder(n).append(new String(b, 0, i, StandardCharsets.UTF_8));
        while (i < n) {
            if (b[i] >= 0) {
                sb.append((char) b[i++]);
                continue;
            }
            int r = utf8Sequence(b, i);
            if (r > 0) {
                sb.append(new String(b, i, r, StandardCharsets.UTF_8));
                i += r;
                continue;
            }
            int len = -r & 0xff;
            int reason = -r >> 8;
            if (reason == 2 && !last) {
                break;
            }
            i = ErrorHandlers.decodeFailure(errors, "utf-8", b, i, i + len,
                    reason == 0 ? "invalid start byte" : reason == 1 ? "invalid continuation byte" : "unexpected end of data", sb);
        }
        return new Decoded(sb.toString(), i);
    }

    /**
     * At a byte >= 0x80: the length of the valid sequence there, or -(length | reason << 8)
     * for the invalid prefix (reason 0 invalid start, 1 invalid continuation, 2 end of data).
     */
    private static int utf8Sequence(byte[] b, int i) {
        int c = b[i] & 0xff;
        int need;
        int lo = 0x80;
        int hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c == 0xe0) {
                lo = 0xa0;
            } else if (c == 0xed) {
                hi = 0x9f;
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c == 0xf0) {
                lo = 0x90;
            } else if (c == 0xf4) {
                hi = 0x8f;
            }
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= b.length) {
                return -(k | 2 << 8);
            }
            int d = b[i + k] & 0xff;
            if (k == 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) {
                return -(k | 1 << 8);
            }
        }
        return need + 1;
    }

    // ---- UTF-16 and UTF-32 decoding ------------------------------------------------------------

    /**
     * Decodes UTF-16 in byte order {@code byteorder} (-1 little, 1 big, 0 from a BOM at the start,
     * else little); {@code order[0]} receives the byte order found (for utf_16_ex_decode).
     */
    public static Decoded decodeUtf16(byte[] b, String errors, int byteorder, boolean last, int[] order) {
        int i = 0;
        String name = byteorder < 0 ? "utf-16-le" : byteorder > 0 ? "utf-16-be" : "utf-16";
        if (byteorder == 0 && b.length >= 2) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                byteorder = -1;
                i = 2;
            } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                byteorder = 1;
                i = 2;
            }
        }
        boolean little = byteorder <= 0;
        if (order != null) {
            order[0] = byteorder;
        }
        int n = b.length;
        StringBuilder sb = new StringBuilder(n / 2);
        while (i < n) {
            if (n - i < 2) {
                if (!last) {
                    break;
                }
                i = ErrorHandlers.decodeFailure(errors, name, b, i, n, "truncated data", sb);
                continue;
            }
            int u = unit16(b, i, little);
            if (u < 0xd800 || u > 0xdfff) {
                sb.append((char) u);
                i += 2;
                continue;
            }
            if (u >= 0xdc00) {
                i = ErrorHandlers.decodeFailure(errors, name, b, i, i + 2, "illegal encoding", sb);
                continue;
            }
            if (n - i < 4) {
                if (!last) {
                    break;
                }
                i = ErrorHandlers.decodeFailure(errors, name, b, i, n, "unexpected end of data", sb);
                continue;
            }
            int u2 = unit16(b, i + 2, little);
            if (u2 < 0xdc00 || u2 > 0xdfff) {
                i = ErrorHandlers.decodeFailure(errors, name, b, i, i + 2, "illegal UTF-16 surrogate", sb);
                continue;
            }
            sb.append((char) u).append((char) u2);
            i += 4;
        }
        return new Decoded(sb.toString(), i);
    }

    private static int unit16(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    /** Decodes UTF-32, with byteorder and {@code order} as {@link #decodeUtf16}. */
    public static Decoded decodeUtf32(byte[] b, String errors, int byteorder, boolean last, int[] order) {
        int i = 0;
        String name = byteorder < 0 ? "utf-32-le" : byteorder > 0 ? "utf-32-be" : "utf-32";
        if (byteorder == 0 && b.length >= 4) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                byteorder = -1;
                i = 4;
            } else if (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                byteorder = 1;
                i = 4;
            }
        }
        boolean little = byteorder <= 0;
        if (order != null) {
            order[0] = byteorder;
        }
        int n = b.length;
        StringBuilder sb = new StringBuilder(n / 4);
        while (i < n) {
            if (n - i < 4) {
                if (!last) {
                    break;
                }
                i = ErrorHandlers.decodeFailure(errors, name, b, i, n, "truncated data", sb);
                continue;
            }
            long c = little ? (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                    : (b[i] & 0xffL) << 24 | (b[i + 1] & 0xffL) << 16 | (b[i + 2] & 0xffL) << 8 | (b[i + 3] & 0xffL);
            if (c > 0x10ffff) {
                i = ErrorHandlers.decodeFailure(errors, name, b, i, i + 4, "code point not in range(0x110000)", sb);
            } else if (c >= 0xd800 && c <= 0xdfff) {
                i = ErrorHandlers.decodeFailure(errors, name, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", sb);
            } else {
                sb.appendCodePoint((int) c);
                i += 4;
            }
        }
        return new Decoded(sb.toString(), i);
    }
}
