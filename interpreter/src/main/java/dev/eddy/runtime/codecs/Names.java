package dev.eddy.runtime.codecs;

import java.util.Locale;

/** Encoding names: the codecs Eddy has in Java under their usual spellings, and the registry's normal form. */
final class Names {
    private Names() {
    }

    /**
     * The Java codec an encoding name stands for ("utf-8", "ascii", "latin-1", "utf-16",
     * "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"), or null.
     */
    static String builtin(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (e) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001":
                return "utf-8";
            case "ascii": case "us_ascii": case "646": case "us":
                return "ascii";
            case "latin_1": case "latin1": case "latin": case "l1": case "iso8859_1": case "iso_8859_1": case "8859": case "cp819":
                return "latin-1";
            case "utf_16": case "utf16": case "u16":
                return "utf-16";
            case "utf_16_le": case "utf_16le":
                return "utf-16-le";
            case "utf_16_be": case "utf_16be":
                return "utf-16-be";
            case "utf_32": case "utf32": case "u32":
                return "utf-32";
            case "utf_32_le": case "utf_32le":
                return "utf-32-le";
            case "utf_32_be": case "utf_32be":
                return "utf-32-be";
            default:
                return null;
        }
    }

    /** The byte form of a Unicode encoding for the surrogatepass handler (the BOM forms as little-endian), or null. */
    static String unicodeForm(String encoding) {
        String b = builtin(encoding);
        if (b == null) {
            return null;
        }
        switch (b) {
            case "utf-16":
                return "utf-16-le";
            case "utf-32":
                return "utf-32-le";
            case "ascii":
            case "latin-1":
                return null;
            default:
                return b;
        }
    }

    /**
     * The registry's normal form of a name: lower case, each run of characters other than
     * letters, digits and dots turned into one underscore (none at either end).
     */
    static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                punct = false;
                sb.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }
}
