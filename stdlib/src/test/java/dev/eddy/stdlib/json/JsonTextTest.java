package dev.eddy.stdlib.json;

import dev.eddy.runtime.PyStr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parts of _json that need no interpreter: quoting strings, and reading one with code point positions. */
class JsonTextTest {
    private static String ascii(String s) {
        StringBuilder out = new StringBuilder();
        JsonEscapes.appendAscii(s, out);
        return out.toString();
    }

    private static String unicode(String s) {
        StringBuilder out = new StringBuilder();
        JsonEscapes.appendUnicode(s, out);
        return out.toString();
    }

    @Test
    void quotesAsciiOnly() {
        assertEquals("\"plain ~\"", ascii("plain ~"));
        assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f\\u007f\"", ascii("\"\\\b\f\n\r\t\u0000\u001f\u007f"));
        assertEquals("\"\\u00e9\\ud83d\\ude00\\ud800\"", ascii("é\uD83D\uDE00\uD800"));
        assertEquals("\"\"", ascii(""));
    }

    @Test
    void quotesKeepingNonAscii() {
        assertEquals("\"é\uD83D\uDE00\u007f\u2028\"", unicode("é\uD83D\uDE00\u007f\u2028"));
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", unicode("a\"b\\c\n\u0001"));
    }

    @Test
    void readsStringsWithCodePointPositions() {
        // "😀" is two UTF-16 units but one Python character
        JsonParser p = new JsonParser(new PyStr("\uD83D\uDE00\"x\\u00e9\\ud83d\\ude00\" tail"), true, null);
        int start = p.unitIndex(2);
        assertEquals(3, start);
        assertEquals("xé\uD83D\uDE00", p.scanString(start).value);
        assertEquals(22, p.codePointIndex(p.next));
        assertEquals(27, p.codePointLength());

        JsonParser simple = new JsonParser(new PyStr("\"a\\n\\/\"!"), true, null);
        assertEquals("a\n/", simple.scanString(1).value);
        assertEquals(7, simple.codePointIndex(simple.next));
    }
}
