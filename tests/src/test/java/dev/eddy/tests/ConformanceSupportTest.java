package dev.eddy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceSupportTest {

    @Test
    void lastNonEmptyLineSkipsBlankTailAndStrips() {
        assertEquals("ValueError: bad", ConformanceSupport.lastNonEmptyLine(
                "Traceback (most recent call last):\n  File \"x.py\"\nValueError: bad  \n\n  \n"));
        assertEquals("", ConformanceSupport.lastNonEmptyLine(""));
        assertEquals("", ConformanceSupport.lastNonEmptyLine("\n \n"));
        assertEquals("b", ConformanceSupport.lastNonEmptyLine("a\r\nb\r\n"));
    }

    @Test
    void expectedExitCode() {
        assertEquals(0, ConformanceSupport.expectedExitCode(null, false));
        assertEquals(1, ConformanceSupport.expectedExitCode(null, true));
        assertEquals(3, ConformanceSupport.expectedExitCode("3\n", true));
        assertEquals(2, ConformanceSupport.expectedExitCode(" 2 ", false));
    }

    @Test
    void argvPutsModesBeforeTheScript() {
        assertArrayEquals(new String[] {"a.py"}, ConformanceSupport.argv("", "a.py"));
        assertArrayEquals(new String[] {"a.py"}, ConformanceSupport.argv(null, "a.py"));
        assertArrayEquals(new String[] {"-X", "eddy-resume-every-suspend", "a.py"},
                ConformanceSupport.argv("eddy-resume-every-suspend", "a.py"));
        assertArrayEquals(new String[] {"-X", "m1", "-X", "m2", "a.py"},
                ConformanceSupport.argv(" m1, ,m2 ", "a.py"));
    }

    @Test
    void equalOutputsHaveNoDifference() {
        assertNull(ConformanceSupport.firstDifference("a\nb\n", "a\nb\n"));
        assertNull(ConformanceSupport.firstDifference("", ""));
    }

    @Test
    void firstDifferenceShowsTheLineAndContext() {
        String d = ConformanceSupport.firstDifference("1\n2\n3\n4\n5\n6\n", "1\n2\n3\n4\nfive\n6\n");
        assertTrue(d.startsWith("first difference at line 5\n"), d);
        assertTrue(d.contains("\n  2\n  3\n  4\n- 5\n+ five\n"), d);
        assertTrue(!d.contains("  1\n"), d);
        assertTrue(d.endsWith("(expected 6 lines, got 6)"), d);
    }

    @Test
    void firstDifferenceReportsMissingOrExtraLines() {
        String shorter = ConformanceSupport.firstDifference("a\nb\nc\n", "a\n");
        assertTrue(shorter.contains("- b\n+ <end of output>\n"), shorter);
        String longer = ConformanceSupport.firstDifference("a\n", "a\nextra\n");
        assertTrue(longer.contains("- <end of output>\n+ extra\n"), longer);
    }

    @Test
    void firstDifferenceReportsFinalNewline() {
        String d = ConformanceSupport.firstDifference("a\nb\n", "a\nb");
        assertEquals("outputs differ only in the final newline: expected one, got none", d);
    }

    @Test
    void linesIgnoreOnlyTheFinalNewline() {
        assertEquals(List.of("a", "", "b"), ConformanceSupport.lines("a\n\nb\n"));
        assertEquals(List.of("a", ""), ConformanceSupport.lines("a\n\n"));
        assertEquals(List.of(), ConformanceSupport.lines(""));
    }

    @Test
    void tailKeepsTheLastLines() {
        assertEquals("c\nd", ConformanceSupport.tail("a\nb\nc\nd\n", 2));
        assertEquals("a", ConformanceSupport.tail("a", 5));
    }
}
