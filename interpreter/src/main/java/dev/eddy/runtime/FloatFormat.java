package dev.eddy.runtime;

import java.math.BigDecimal;
import java.math.MathContext;

/** repr() of floats: the shortest digits that round-trip, laid out as CPython lays them out. */
public final class FloatFormat {
    private FloatFormat() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String[] de = shortestDigits(Math.abs(d));
        String digits = de[0];
        int decpt = Integer.parseInt(de[1]);
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                for (int i = 0; i < -decpt; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits);
                for (int i = digits.length(); i < decpt; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    /**
     * The shortest decimal digits that read back as {@code d} (positive, finite) and the
     * decimal point position: d = 0.DIGITS * 10**decpt.
     */
    public static String[] shortestDigits(double d) {
        BigDecimal bd = new BigDecimal(Double.toString(d));
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        // strip trailing zeros
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() >= 16) {
            // Java 17's Double.toString is not always shortest: try fewer digits
            BigDecimal exact = new BigDecimal(d);
            for (int p = 1; p < digits.length(); p++) {
                BigDecimal r = exact.round(new MathContext(p, java.math.RoundingMode.HALF_EVEN));
                if (r.doubleValue() == d) {
                    String u = r.unscaledValue().toString();
                    int dp = u.length() - r.scale();
                    int e2 = u.length();
                    while (e2 > 1 && u.charAt(e2 - 1) == '0') {
                        e2--;
                    }
                    return new String[] {u.substring(0, e2), Integer.toString(dp)};
                }
            }
        }
        return new String[] {digits, Integer.toString(decpt)};
    }
}
