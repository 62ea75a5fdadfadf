package dev.eddy.parser;

import java.util.function.IntSupplier;

/**
 * The longest decimal int literal the parser accepts: sys.get_int_max_str_digits() of the
 * interpreter that is compiling (0 for no limit). Longer literals are a SyntaxError, as in
 * CPython, which converts them with int()'s limit. The runtime installs the source of the limit.
 */
public final class IntLiteralLimit {
    /** Digit counts up to this are never checked (sys.int_info.str_digits_check_threshold). */
    static final int CHECK_THRESHOLD = 640;
    private static volatile IntSupplier current = () -> 4300;

    private IntLiteralLimit() {
    }

    /** Makes the parser read the limit from {@code limit} (called once by the runtime). */
    public static void install(IntSupplier limit) {
        current = limit;
    }

    /** The message of the SyntaxError for a literal of {@code digits} digits, or null if it is allowed. */
    static String violation(int digits) {
        if (digits <= CHECK_THRESHOLD) {
            return null;
        }
        int max = current.getAsInt();
        if (max <= 0 || digits <= max) {
            return null;
        }
        return "Exceeds the limit (" + max + " digits) for integer string conversion: value has " + digits
                + " digits; use sys.set_int_max_str_digits() to increase the limit"
                + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
    }
}
