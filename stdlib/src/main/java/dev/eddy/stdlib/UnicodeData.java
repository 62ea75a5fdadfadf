package dev.eddy.stdlib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.11's Unicode character database (Unicode 14.0.0), read once from unicodedata.txt:
 * per-range properties, decompositions and numeric values. Immutable after loading.
 */
final class UnicodeData {
    /** Loaded on first use (the holder idiom). */
    private static final class Holder {
        static final UnicodeData DATA = load();
    }

    static UnicodeData get() {
        return Holder.DATA;
    }

    final int[] starts;
    final String[] category;
    final String[] bidirectional;
    final int[] combining;
    final String[] eastAsianWidth;
    final boolean[] mirrored;
    final boolean[] named;
    final Map<Integer, String> decomposition;
    /** decimal, digit (or -1) and the numeric value's bits, by code point. */
    final Map<Integer, long[]> numeric;

    private UnicodeData(int n, Map<Integer, String> decomposition, Map<Integer, long[]> numeric) {
        this.starts = new int[n];
        this.category = new String[n];
        this.bidirectional = new String[n];
        this.combining = new int[n];
        this.eastAsianWidth = new String[n];
        this.mirrored = new boolean[n];
        this.named = new boolean[n];
        this.decomposition = decomposition;
        this.numeric = numeric;
    }

    private static UnicodeData load() {
        List<String[]> ranges = new ArrayList<>();
        Map<Integer, String> dec = new HashMap<>();
        Map<Integer, long[]> num = new HashMap<>();
        try (InputStream in = UnicodeData.class.getResourceAsStream("unicodedata.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("R ")) {
                    ranges.add(line.split(" "));
                } else if (line.startsWith("D ")) {
                    int sp = line.indexOf(' ', 2);
                    dec.put(Integer.parseInt(line.substring(2, sp), 16), line.substring(sp + 1));
                } else if (line.startsWith("N ")) {
                    String[] f = line.split(" ");
                    num.put(Integer.parseInt(f[1], 16), new long[] {
                        f[2].equals("-") ? -1 : Long.parseLong(f[2]),
                        f[3].equals("-") ? -1 : Long.parseLong(f[3]),
                        Double.doubleToLongBits(Double.parseDouble(f[4])),
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UnicodeData d = new UnicodeData(ranges.size(), dec, num);
        for (int i = 0; i < ranges.size(); i++) {
            String[] f = ranges.get(i);
            d.starts[i] = Integer.parseInt(f[1], 16);
            d.category[i] = f[2].intern();
            d.bidirectional[i] = f[3].equals("-") ? "" : f[3].intern();
            d.combining[i] = Integer.parseInt(f[4]);
            d.eastAsianWidth[i] = f[5].intern();
            d.mirrored[i] = f[6].equals("1");
            d.named[i] = f[7].equals("1");
        }
        return d;
    }

    /** The index of the range holding cp. */
    int range(int cp) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static final int[][] CJK_UNIFIED = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738}, {0x2B740, 0x2B81D},
        {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
    };
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    static boolean isCjkUnified(int cp) {
        for (int[] r : CJK_UNIFIED) {
            if (cp >= r[0] && cp <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The character's name as CPython gives it, or null. */
    String name(int cp) {
        if (!named[range(cp)]) {
            return null;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28];
        }
        if (isCjkUnified(cp)) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase();
        }
        return Character.getName(cp);
    }

    /** The code point named name, or -1. */
    int lookup(String name) {
        if (name.startsWith("HANGUL SYLLABLE ")) {
            String rest = name.substring(16);
            for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
                if (name.equals(name(cp))) {
                    return cp;
                }
            }
            return rest.isEmpty() ? -1 : -1;
        }
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            try {
                int cp = Integer.parseInt(upper.substring(22), 16);
                return isCjkUnified(cp) && upper.substring(22).length() >= 4 ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        String ours = name(cp);
        if (ours != null && ours.equalsIgnoreCase(name.strip())) {
            return cp;
        }
        // a name alias the JDK knows (e.g. NULL for U+0000)
        return Character.getName(cp) != null && Character.getName(cp).equalsIgnoreCase(name.strip()) ? cp : -1;
    }
}
