package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Decoding program text (PEP 263) and the REPL's line handling, which need no terminal. */
class SourceAndReplTest {

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        assertEquals("print('é')\n", ScriptSource.decode("print('é')\n".getBytes(StandardCharsets.UTF_8), "f"));
        byte[] bom = "\uFEFFx = 1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("x = 1\n", ScriptSource.decode(bom, "f"));
    }

    @Test
    void codingDeclaration() throws Exception {
        byte[] latin1 = "# -*- coding: latin-1 -*-\ns = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("# -*- coding: latin-1 -*-\ns = '\u00e9'\n", ScriptSource.decode(latin1, "f"));
        byte[] second = "#!/usr/bin/env python3\n# vim: set fileencoding=latin-1 :\n\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(ScriptSource.decode(second, "f").endsWith("\u00e9\n"));
        assertEquals("latin-1", ScriptSource.codingName("# -*- coding: latin-1 -*-"));
        assertEquals("utf-8", ScriptSource.codingName("#coding=utf-8"));
        assertNull(ScriptSource.codingName("x = 1  # coding: latin-1"));
        assertNull(ScriptSource.codingName("# nothing to see"));
    }

    @Test
    void badUtf8NamesLineAndByte() {
        byte[] bad = {'a', '\n', 'b', '\n', (byte) 0xc3, '('};
        ScriptSource.DecodingException e = assertThrows(ScriptSource.DecodingException.class,
                () -> ScriptSource.decode(bad, "/tmp/x.py"));
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xc3' in file /tmp/x.py on line 3, but no"
                + " encoding declared; see https://peps.python.org/pep-0263/ for details", e.getMessage());
    }

    @Test
    void trailingBlankLinesAreDropped() {
        assertEquals("if x:\n    pass", Repl.withoutTrailingBlankLines("if x:\n    pass\n    "));
        assertEquals("if x:\n    pass", Repl.withoutTrailingBlankLines("if x:\n    pass\n\n"));
        assertEquals("x = 1", Repl.withoutTrailingBlankLines("x = 1"));
        assertEquals("", Repl.withoutTrailingBlankLines("   "));
        assertEquals("", Repl.withoutTrailingBlankLines(""));
    }

    @Test
    void indentationOfTheNextLine() {
        assertEquals(1, Repl.nextIndentLevel("if x:"));
        assertEquals(1, Repl.nextIndentLevel("for i in range(3):  # loop"));
        assertEquals(2, Repl.nextIndentLevel("def f():\n    if x:"));
        assertEquals(1, Repl.nextIndentLevel("def f():\n    y = 1"));
        assertEquals(0, Repl.nextIndentLevel("def f():\n    return 1"));
        assertEquals(1, Repl.nextIndentLevel("def f():\n    if x:\n        pass"));
        assertEquals(1, Repl.nextIndentLevel("def f():\n    passenger = 1"));
        assertEquals(0, Repl.nextIndentLevel("d = {"));
        assertEquals(0, Repl.nextIndentLevel("s = 'a:'  # ':' in a string"));
    }

    @Test
    void completionEvaluatesOnlyNamesAndLiterals() {
        assertEquals("asyncio", Repl.expressionBeforeDot("x = asyncio"));
        assertEquals("os.path", Repl.expressionBeforeDot("print(os.path"));
        assertEquals("'abc'", Repl.expressionBeforeDot("'abc'"));
        assertEquals("[]", Repl.expressionBeforeDot("[]"));
        assertNull(Repl.expressionBeforeDot("f()"));
        assertNull(Repl.expressionBeforeDot("a[0]"));
        assertNull(Repl.expressionBeforeDot(""));
    }

    @Test
    void highlightingColoursTokensNotAttributes() {
        String plain = "async def f(x='a#b'): return x.match + 12  # note";
        org.jline.utils.AttributedString coloured = PythonHighlighter.colour(plain);
        assertEquals(plain, coloured.toString());
        assertTrue(coloured.styleAt(0).getStyle() != coloured.styleAt(10).getStyle()); // 'async' vs 'f'
        assertEquals(coloured.styleAt(15).getStyle(), coloured.styleAt(16).getStyle()); // inside 'a#b'
        assertTrue(coloured.styleAt(15).getStyle() != coloured.styleAt(10).getStyle());
        int match = plain.indexOf("match");
        assertEquals(coloured.styleAt(10).getStyle(), coloured.styleAt(match).getStyle()); // x.match is a name
        assertTrue(coloured.styleAt(plain.indexOf("12")).getStyle() != coloured.styleAt(10).getStyle());
    }
}
