package dev.eddy.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Character names against a sample of CPython's (unicodedata/names_sample.txt). */
class UnicodeDataTest {
    @Test
    void namesAgreeWithCPython() throws IOException {
        UnicodeData d = UnicodeData.get();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                UnicodeDataTest.class.getResourceAsStream("/unicodedata/names_sample.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int sp = line.indexOf(' ');
                int cp = Integer.parseInt(line.substring(0, sp), 16);
                String want = line.substring(sp + 1);
                checked++;
                if (!want.equals(d.name(cp))) {
                    wrong.add(Integer.toHexString(cp) + " " + want + " got " + d.name(cp));
                } else if (d.lookup(want) != cp) {
                    wrong.add("lookup " + want + " got " + d.lookup(want));
                }
            }
        }
        assertTrue(checked > 1000);
        // the JDK's names are Unicode 13's: the few characters Unicode 14 added have none
        assertTrue(wrong.size() < checked / 50, wrong.size() + " of " + checked + ": " + wrong.subList(0, Math.min(20, wrong.size())));
        assertEquals("LATIN SMALL LETTER A", d.name('a'));
    }
}
