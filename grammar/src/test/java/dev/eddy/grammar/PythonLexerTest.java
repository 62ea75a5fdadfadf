package dev.eddy.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The token stream the parser sees: INDENT/DEDENT, NEWLINE placement, and lexical errors. */
class PythonLexerTest {

    /** Symbolic token names, with the text of names, numbers and strings. */
    private static String dump(String src) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(src));
        lexer.removeErrorListeners();
        StringBuilder sb = new StringBuilder();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            int type = t.getType();
            sb.append(type == Token.EOF ? "EOF" : PythonLexer.VOCABULARY.getSymbolicName(type));
            if (type == PythonLexer.NAME || type == PythonLexer.NUMBER || type == PythonLexer.STRING) {
                sb.append('(').append(t.getText()).append(')');
            }
            if (type == Token.EOF) {
                return sb.toString();
            }
        }
    }

    private static LexicalError error(String src) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(src));
        lexer.removeErrorListeners();
        while (lexer.nextToken().getType() != Token.EOF) {
            // drain
        }
        return lexer.lexicalError();
    }

    @Test
    void simpleStatement() {
        assertEquals("NAME(x) EQUAL NUMBER(1) NEWLINE EOF", dump("x = 1\n"));
    }

    @Test
    void missingFinalNewlineStillEndsTheLine() {
        assertEquals("NAME(x) EQUAL NUMBER(1) NEWLINE EOF", dump("x = 1"));
    }

    @Test
    void indentAndDedent() {
        assertEquals("IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE DEDENT NAME(z) NEWLINE EOF",
                dump("if x:\n    y\nz\n"));
    }

    @Test
    void allDedentsAtEndOfFileWithoutNewline() {
        assertEquals("IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(c) NEWLINE DEDENT DEDENT EOF",
                dump("if a:\n  if b:\n    c"));
    }

    @Test
    void severalDedentsAtOnce() {
        assertEquals("IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(c) NEWLINE DEDENT DEDENT "
                + "NAME(d) NEWLINE EOF", dump("if a:\n  if b:\n    c\nd\n"));
    }

    @Test
    void blankAndCommentLinesDoNotCount() {
        assertEquals("IF NAME(x) COLON NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT EOF",
                dump("if x:\n    y\n\n  # comment at another indentation\n    \n    z\n"));
    }

    @Test
    void newlinesInsideBracketsAreHidden() {
        assertEquals("NAME(x) EQUAL LPAR NUMBER(1) COMMA NUMBER(2) RPAR NEWLINE EOF", dump("x = (1,\n\n     2)\n"));
        assertEquals("NAME(x) EQUAL LSQB NUMBER(1) RSQB NEWLINE EOF", dump("x = [\n  1\n    ]\n"));
    }

    @Test
    void backslashContinuation() {
        assertEquals("NAME(x) EQUAL NUMBER(1) PLUS NUMBER(2) NEWLINE EOF", dump("x = 1 + \\\n      2\n"));
    }

    @Test
    void tabsCountToTheNextMultipleOfEight() {
        assertEquals("IF NAME(x) COLON NEWLINE INDENT NAME(a) NEWLINE NAME(b) NEWLINE DEDENT EOF",
                dump("if x:\n\ta\n\tb\n"));
    }

    @Test
    void numbers() {
        assertEquals("NUMBER(0x_1F) PLUS NUMBER(1_000) PLUS NUMBER(1.5e-3) PLUS NUMBER(.5) PLUS NUMBER(5.) NEWLINE EOF",
                dump("0x_1F + 1_000 + 1.5e-3 + .5 + 5.\n"));
        // a number may run into a keyword: "1if" is "1 if"
        assertEquals("NUMBER(1) IF NUMBER(1) ELSE NUMBER(2) NEWLINE EOF", dump("1if 1else 2\n"));
    }

    @Test
    void stringPrefixesAndAdjacentStrings() {
        assertEquals("STRING(rb'\\x') STRING(f\"{x}\") STRING('''a\nb''') NEWLINE EOF",
                dump("rb'\\x' f\"{x}\" '''a\nb'''\n"));
    }

    @Test
    void unknownAsciiCharacterIsAnOperatorTheParserRejects() {
        assertEquals("NAME(a) OP NAME(b) NEWLINE EOF", dump("a $ b\n"));
    }

    @Test
    void inconsistentDedentIsAnError() {
        LexicalError e = error("if x:\n    a\n  b\n");
        assertNotNull(e);
        assertEquals("IndentationError", e.kind());
        assertEquals("unindent does not match any outer indentation level", e.message());
        assertEquals(3, e.line());
        assertEquals("IF NAME(x) COLON NEWLINE INDENT NAME(a) NEWLINE ERRORTOKEN EOF", dump("if x:\n    a\n  b\n"));
    }

    @Test
    void indentedFirstLineGivesAnIndentTheParserRejects() {
        assertEquals("INDENT NAME(x) NEWLINE DEDENT EOF", dump("  x\n"));
    }

    @Test
    void tabError() {
        LexicalError e = error("if x:\n\ty\n        z\n");
        assertEquals("TabError", e.kind());
        assertEquals("inconsistent use of tabs and spaces in indentation", e.message());
    }

    @Test
    void unclosedBracketAtEndOfFile() {
        LexicalError e = error("foo(1,\n  2\n");
        assertEquals("'(' was never closed", e.message());
        assertEquals(1, e.line());
        assertEquals(4, e.offset());
    }

    @Test
    void mismatchedBrackets() {
        assertEquals("unmatched ')'", error("x = )\n").message());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", error("x = (]\n").message());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                error("x = (\n]\n").message());
    }

    @Test
    void unterminatedStrings() {
        assertEquals("unterminated string literal (detected at line 1)", error("x = 'abc\n").message());
        assertEquals("unterminated triple-quoted string literal (detected at line 3)",
                error("x = '''abc\n\ndef\n").message());
    }

    @Test
    void invalidNumbers() {
        assertEquals("invalid decimal literal", error("x = 1_\n").message());
        assertEquals("invalid hexadecimal literal", error("x = 0x\n").message());
        assertEquals("invalid digit '2' in binary literal", error("x = 0b2\n").message());
        assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                error("x = 012\n").message());
    }

    @Test
    void invalidCharacters() {
        assertEquals("invalid character '\u20ac' (U+20AC)", error("x = \u20ac\n").message());
        assertEquals("invalid non-printable character U+00A0", error("x = \u00a0\n").message());
        assertNull(error("\u00f1ame = 1\n"));
    }
}
