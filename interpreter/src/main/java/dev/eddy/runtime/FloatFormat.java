package dev.eddy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats to decimal text as CPython's PyOS_double_to_string makes it: repr's shortest
 * round-tripping digits, and the correctly rounded (half-even on the exact binary value)
 * digits of the 'e', 'f' and 'g' formats, laid out with CPython's exponent rules.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** Decimal digits without leading or trailing zeros and the point position: value = 0.DIGITS * 10**decpt. */
    record Digits(String digits, int decpt) {
    }

    private static final Digits ZERO = new Digits("0", 1);
    private static final long[] POW5 = new long[28];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
    }

    /** repr(float). */
    public static String repr(double d) {
        return toString(d, 'r', 0, true, false, false);
    }

    /**
     * PyOS_double_to_string: {@code code} is one of e E f F g G r; {@code addDot0} keeps a
     * ".0" on integral values in fixed notation (repr, and format() with no type), {@code alt}
     * is the '#' flag, {@code noNeg0} the 'z' flag. The result carries a '-' for negatives only.
     */
    public static String toString(double d, char code, int precision, boolean addDot0, boolean alt, boolean noNeg0) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char fmt = Character.toLowerCase(code);
        if (Double.isNaN(d)) {
            return upper ? "NAN" : "nan";
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        if (Double.isInfinite(d)) {
            return neg ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
        }
        double a = Math.abs(d);
        Digits dg;
        switch (fmt) {
            case 'e':
                precision++;
                dg = a == 0 ? ZERO : significant(a, precision);
                break;
            case 'f':
                dg = a == 0 ? ZERO : fixed(a, precision);
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                dg = a == 0 ? ZERO : significant(a, precision);
                break;
            default:
                dg = a == 0 ? ZERO : shortest(a);
                break;
        }
        String digits = dg.digits;
        int nd = digits.length();
        if (noNeg0 && neg && (nd == 0 || digits.equals("0"))) {
            neg = false;
        }
        // format_float_short: output the slice [vstart, vend) of digits padded with zeros both ways
        int decpt = dg.decpt;
        boolean useExp = false;
        int vend = nd;
        switch (fmt) {
            case 'e':
                useExp = true;
                vend = precision;
                break;
            case 'f':
                vend = decpt + precision;
                break;
            case 'g':
                useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (alt) {
                    vend = precision;
                }
                break;
            default:
                // repr switches to exponent notation at 1e16 and below 1e-4
                useExp = decpt <= -4 || decpt > 16;
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vstart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vend = Math.max(vend, decpt + 1);
        } else {
            vend = Math.max(vend, decpt);
        }
        StringBuilder sb = new StringBuilder(Math.max(vend - vstart, 0) + 8);
        if (neg) {
            sb.append('-');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vstart).append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vstart);
        }
        if (0 < decpt && decpt <= nd) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, nd);
        } else {
            sb.append(digits);
        }
        if (nd < decpt) {
            zeros(sb, decpt - nd).append('.');
            zeros(sb, vend - decpt);
        } else {
            zeros(sb, vend - nd);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ax = Math.abs(exp);
            if (ax < 10) {
                sb.append('0');
            }
            sb.append(ax);
        }
        return sb.toString();
    }

    private static StringBuilder zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
        return sb;
    }

    // ---- digit generation -----------------------------------------------------------------------

    /**
     * The shortest digits that read back as {@code d} (positive, finite), the nearest to it
     * when several are as short (ties to even). Normal doubles use Giulietti's Schubfach
     * algorithm; subnormals, whose rounding interval is wide, are settled exactly.
     */
    static Digits shortest(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long t = bits & T_MASK;
        int bq = (int) (bits >>> 52) & 0x7ff;
        if (bq == 0) {
            return shortestExact(d, new BigDecimal(d));
        }
        int mq = -Q_MIN + 1 - bq;
        long c = C_MIN | t;
        if (0 < mq && mq < 53) {
            // an integer below 2**53: its digits are exact
            long f = c >> mq;
            if (f << mq == c) {
                return toDigits(f, 0);
            }
        }
        return schubfach(-mq, c);
    }

    // ---- Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020) ----------------

    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final long T_MASK = C_MIN - 1;
    private static final long MASK_63 = Long.MAX_VALUE;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;

    /** g = floor(10**-k / 2**r) + 1 with 2**125 <= g < 2**126, split as g1 * 2**63 + g0. */
    private record G(long g1, long g0) {
    }

    /** The g of each k, computed on first use (a program meets few magnitudes); racing threads compute equal values. */
    private static final G[] GS = new G[K_MAX - K_MIN + 1];

    private static G g(int k) {
        G g = GS[k - K_MIN];
        if (g == null) {
            BigInteger v;
            if (k <= 0) {
                BigInteger p = BigInteger.TEN.pow(-k);
                int r = p.bitLength() - 1 - 125;
                v = r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r);
            } else {
                BigInteger p = BigInteger.TEN.pow(k);
                v = BigInteger.ONE.shiftLeft(p.bitLength() + 125).divide(p);
            }
            v = v.add(BigInteger.ONE);
            g = new G(v.shiftRight(63).longValue(), v.longValue() & MASK_63);
            GS[k - K_MIN] = g;
        }
        return g;
    }

    private static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    private static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    private static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** The shortest decimal for c * 2**q (c normal): its digits are those of s or t scaled by 10**k. */
    private static Digits schubfach(int q, long c) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // at a power of two the gap below is half the gap above
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        G g = g(k);
        long g1 = g.g1();
        long g0 = g.g0();
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            // is exactly one decimal one digit shorter inside the rounding interval?
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return toDigits(upin ? sp10 : tp10, k);
            }
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return toDigits(uin ? s : t, k);
        }
        long cmp = vb - (s + t << 1);
        return toDigits(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k);
    }

    /** Rounds cp * g / 2**127 to odd (the sticky bit keeps inexactness visible). */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** The digits of f * 10**e. */
    private static Digits toDigits(long f, int e) {
        String s = Long.toString(f);
        int len = s.length();
        int end = len;
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(end == len ? s : s.substring(0, end), len + e);
    }

    /** Shortest digits found with exact arithmetic: the nearest decimal of the first length that reads back. */
    static Digits shortestExact(double d, BigDecimal exact) {
        for (int p = 1; ; p++) {
            BigDecimal lo = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal hi = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean loOk = lo.doubleValue() == d;
            boolean hiOk = hi.compareTo(lo) != 0 && hi.doubleValue() == d;
            if (loOk && hiOk) {
                int c = exact.subtract(lo).compareTo(hi.subtract(exact));
                return digitsOf(c < 0 ? lo : c > 0 ? hi : exact.round(new MathContext(p, RoundingMode.HALF_EVEN)));
            }
            if (loOk || hiOk) {
                return digitsOf(loOk ? lo : hi);
            }
        }
    }

    /** Mode 2 of dtoa: {@code n} significant digits, correctly rounded, trailing zeros dropped. */
    static Digits significant(double d, int n) {
        if (n <= 17) {
            // round at the decimal place holding the n-th digit; log10 may misjudge that place by one, which shows in q
            int k = (int) Math.floor(Math.log10(d));
            for (int attempt = 0; attempt < 3; attempt++) {
                int p = n - 1 - k;
                long q = p >= 0 ? scaledRound(d, p) : -1;
                if (q < 0) {
                    break;
                }
                if (q < POW10[n - 1]) {
                    k--;
                } else if (q > POW10[n]) {
                    k++;
                } else {
                    return toDigits(q, -p);
                }
            }
        }
        return digitsOf(new BigDecimal(d).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /**
     * Mode 3 of dtoa: {@code n} digits after the point, correctly rounded. A value that
     * rounds to zero has no digits and decpt = -n.
     */
    static Digits fixed(double d, int n) {
        long q = scaledRound(d, n);
        if (q == 0) {
            return new Digits("", -n);
        }
        if (q > 0) {
            return toDigits(q, -n);
        }
        BigDecimal r = new BigDecimal(d).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new Digits("", -n);
        }
        return digitsOf(r);
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * d * 10**n rounded half-even to an integer, exactly, or -1 when that needs more than a
     * long. d = m * 2**e exactly, so d * 10**n = m * 5**n * 2**(e+n): a 128-bit product and a shift.
     */
    private static long scaledRound(double d, int n) {
        if (n >= POW5.length) {
            return -1;
        }
        long bits = Double.doubleToRawLongBits(d);
        int be = (int) (bits >>> 52) & 0x7ff;
        if (be == 0) {
            return -1;
        }
        long m = (bits & 0xfffffffffffffL) | (1L << 52);
        int e = be - 1075;
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        long hi = Math.multiplyHigh(m, POW5[n]);
        long lo = m * POW5[n];
        int shift = e + n;
        if (shift >= 0) {
            if (hi != 0 || lo < 0 || shift > 62 || (lo >>> (63 - shift)) != 0) {
                return -1;
            }
            return lo << shift;
        }
        int s = -shift;
        long q;
        int cmp;
        if (s < 64) {
            if ((hi >>> s) != 0) {
                return -1;
            }
            q = (hi << (64 - s)) | (lo >>> s);
            long rem = lo & ((1L << s) - 1);
            cmp = Long.compare(rem, 1L << (s - 1));
        } else if (s == 64) {
            q = hi;
            cmp = Long.compareUnsigned(lo, 1L << 63);
        } else if (s < 128) {
            q = hi >>> (s - 64);
            long remHi = hi & ((1L << (s - 64)) - 1);
            long halfHi = 1L << (s - 65);
            cmp = remHi != halfHi ? Long.compare(remHi, halfHi) : lo != 0 ? 1 : 0;
        } else {
            return 0;
        }
        if (q < 0) {
            return -1;
        }
        if (cmp > 0 || (cmp == 0 && (q & 1) != 0)) {
            q++;
        }
        return q < 0 ? -1 : q;
    }

    private static Digits digitsOf(BigDecimal r) {
        BigInteger u = r.unscaledValue();
        String s = u.toString();
        int decpt = s.length() - r.scale();
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(end == s.length() ? s : s.substring(0, end), decpt);
    }
}
