package dev.eddy.stdlib.sre;

import static dev.eddy.stdlib.sre.SreOpcodes.*;

/**
 * Character classes and case mapping as the regular-expression engine sees them: ASCII rules
 * for the plain categories and the C locale, Python's str predicates for the Unicode ones.
 */
final class SreChars {
    private SreChars() {
    }

    static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    static boolean isAsciiWord(int ch) {
        return ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_');
    }

    static boolean isLinebreak(int ch) {
        return ch == '\n';
    }

    /** str.isdecimal() for one code point. */
    static boolean isUniDigit(int ch) {
        return Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** str.isspace() for one code point. */
    static boolean isUniSpace(int ch) {
        if (ch < 128) {
            return isAsciiSpace(ch) || (ch >= 0x1c && ch <= 0x1f);
        }
        switch (ch) {
            case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
                return true;
            default:
                return ch >= 0x2000 && ch <= 0x200a;
        }
    }

    /** str.isalnum() for one code point, or '_'. */
    static boolean isUniWord(int ch) {
        if (ch < 128) {
            return isAsciiWord(ch);
        }
        if (Character.isLetterOrDigit(ch)) {
            return true;
        }
        int t = Character.getType(ch);
        return t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** The line boundaries of str.splitlines(). */
    static boolean isUniLinebreak(int ch) {
        switch (ch) {
            case '\n': case 0x0b: case 0x0c: case '\r': case 0x1c: case 0x1d: case 0x1e: case 0x85: case 0x2028: case 0x2029:
                return true;
            default:
                return false;
        }
    }

    /** A word character in the C locale, the only locale Eddy has. */
    static boolean isLocWord(int ch) {
        return isAsciiWord(ch);
    }

    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    static int lowerLocale(int ch) {
        return lowerAscii(ch);
    }

    static int upperLocale(int ch) {
        return upperAscii(ch);
    }

    static int lowerUnicode(int ch) {
        return ch < 128 ? lowerAscii(ch) : Character.toLowerCase(ch);
    }

    static int upperUnicode(int ch) {
        return ch < 128 ? upperAscii(ch) : Character.toUpperCase(ch);
    }

    static boolean asciiIsCased(int ch) {
        return ch < 128 && Character.isLetter(ch);
    }

    static boolean unicodeIsCased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }

    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    static boolean category(int category, int ch) {
        switch (category) {
            case CATEGORY_DIGIT: return isAsciiDigit(ch);
            case CATEGORY_NOT_DIGIT: return !isAsciiDigit(ch);
            case CATEGORY_SPACE: return isAsciiSpace(ch);
            case CATEGORY_NOT_SPACE: return !isAsciiSpace(ch);
            case CATEGORY_WORD: return isAsciiWord(ch);
            case CATEGORY_NOT_WORD: return !isAsciiWord(ch);
            case CATEGORY_LINEBREAK: return isLinebreak(ch);
            case CATEGORY_NOT_LINEBREAK: return !isLinebreak(ch);
            case CATEGORY_LOC_WORD: return isLocWord(ch);
            case CATEGORY_LOC_NOT_WORD: return !isLocWord(ch);
            case CATEGORY_UNI_DIGIT: return isUniDigit(ch);
            case CATEGORY_UNI_NOT_DIGIT: return !isUniDigit(ch);
            case CATEGORY_UNI_SPACE: return isUniSpace(ch);
            case CATEGORY_UNI_NOT_SPACE: return !isUniSpace(ch);
            case CATEGORY_UNI_WORD: return isUniWord(ch);
            case CATEGORY_UNI_NOT_WORD: return !isUniWord(ch);
            case CATEGORY_UNI_LINEBREAK: return isUniLinebreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK: return !isUniLinebreak(ch);
            default: return false;
        }
    }
}
