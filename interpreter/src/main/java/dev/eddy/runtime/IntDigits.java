package dev.eddy.runtime;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversions between ints and digit strings in bases that are not powers of two, with
 * CPython's limit on their length (sys.set_int_max_str_digits, 4300 by default) and a
 * divide-and-conquer parse, so that a million-digit int() is not quadratic.
 */
public final class IntDigits {
    /** sys.int_info.default_max_str_digits. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** sys.int_info.str_digits_check_threshold: no limit applies below it, and 0 or a larger limit may be set. */
    public static final int CHECK_THRESHOLD = 640;
    /** Below this many digits BigInteger's own parse is quicker than splitting. */
    private static final int SPLIT_BELOW = 2000;
    /** radix**(2**k) digit-group powers, by radix and k, shared by all interpreters. */
    private static final ConcurrentHashMap<Long, BigInteger> POWERS = new ConcurrentHashMap<>();

    private IntDigits() {
    }

    /** Whether ints in this base are converted digit by digit (bases 2, 4, 8, 16, 32 are unlimited). */
    public static boolean limited(int radix) {
        return (radix & (radix - 1)) != 0;
    }

    /** The current thread's interpreter's limit (0: none). */
    public static int maxDigits() {
        return InterpreterState.current().intMaxStrDigits;
    }

    /** Raises CPython's ValueError when a string of {@code digits} digits may not become an int. */
    public static void checkParse(int digits) {
        if (digits > CHECK_THRESHOLD) {
            int max = maxDigits();
            if (max > 0 && digits > max) {
                throw Errors.valueError("Exceeds the limit (" + max + " digits) for integer string conversion: value has "
                        + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
    }

    /** The ValueError of an int too long to be written in decimal. */
    public static PyException tooLongToWrite(int max) {
        return Errors.valueError("Exceeds the limit (" + max
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** The decimal digits of |v| (no sign), raising ValueError past the limit. */
    public static String decimal(BigInteger v) {
        BigInteger mag = v.abs();
        int max = maxDigits();
        // log10(2) < 0.30103: a magnitude of b bits has at least floor((b-1)*0.30103)+1 digits
        if (max > 0 && (long) ((mag.bitLength() - 1) * 0.30102999) + 1 > max) {
            throw tooLongToWrite(max);
        }
        String s = mag.toString();
        if (max > 0 && s.length() > max) {
            throw tooLongToWrite(max);
        }
        return s;
    }

    /** The decimal form of v with its sign, raising ValueError past the limit. */
    public static String signedDecimal(BigInteger v) {
        String d = decimal(v);
        return v.signum() < 0 ? "-" + d : d;
    }

    /** The non-negative value of a string of valid digits (no sign, no underscores) in {@code radix}. */
    public static BigInteger parse(String digits, int radix) {
        if (digits.length() < SPLIT_BELOW) {
            return new BigInteger(digits, radix);
        }
        // split at a power-of-two digit count so the powers of the radix are reused
        int k = 31 - Integer.numberOfLeadingZeros(digits.length() - 1);
        int lowLength = 1 << k;
        int cut = digits.length() - lowLength;
        BigInteger high = parse(digits.substring(0, cut), radix);
        BigInteger low = parse(digits.substring(cut), radix);
        return high.multiply(power(radix, k)).add(low);
    }

    /** radix ** (2 ** k). */
    private static BigInteger power(int radix, int k) {
        Long key = ((long) radix << 32) | k;
        BigInteger p = POWERS.get(key);
        if (p == null) {
            p = k == 0 ? BigInteger.valueOf(radix) : power(radix, k - 1).pow(2);
            POWERS.put(key, p);
        }
        return p;
    }
}
