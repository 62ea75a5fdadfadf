package dev.eddy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * CPython's messages for common mistakes (each checked with python3 3.11's ast.parse), the
 * report format, and robustness: nothing but SyntaxErrorException may come out.
 */
class SyntaxErrorTest {

    private static SyntaxErrorException error(String src) {
        return assertThrows(SyntaxErrorException.class, () -> PythonParser.parse(src, "x.py"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "if x\\n    pass\\n                  | SyntaxError      | expected ':' | 1 | 5",
        "foo(\\n                             | SyntaxError      | '(' was never closed | 1 | 4",
        "x = )\\n                            | SyntaxError      | unmatched ')' | 1 | 5",
        "x = (]\\n                           | SyntaxError      | closing parenthesis ']' does not match opening parenthesis '(' | 1 | 6",
        "x = 'abc\\n                         | SyntaxError      | unterminated string literal (detected at line 1) | 1 | 5",
        "x = '''abc\\n                       | SyntaxError      | unterminated triple-quoted string literal (detected at line 1) | 1 | 5",
        "`  x = 1\\n`                        | IndentationError | unexpected indent | 1 | 2",
        "if x:\\npass\\n                     | IndentationError | expected an indented block after 'if' statement on line 1 | 2 | 1",
        "for x in y:\\npass\\n               | IndentationError | expected an indented block after 'for' statement on line 1 | 2 | 1",
        "while x:\\npass\\n                  | IndentationError | expected an indented block after 'while' statement on line 1 | 2 | 1",
        "def f():\\npass\\n                  | IndentationError | expected an indented block after function definition on line 1 | 2 | 1",
        "class A:\\npass\\n                  | IndentationError | expected an indented block after class definition on line 1 | 2 | 1",
        "try:\\npass\\n                      | IndentationError | expected an indented block after 'try' statement on line 1 | 2 | 1",
        "try:\\n    pass\\nexcept:\\npass\\n  | IndentationError | expected an indented block after 'except' statement on line 3 | 4 | 1",
        "if x:\\n    pass\\nelse:\\npass\\n   | IndentationError | expected an indented block after 'else' statement on line 3 | 4 | 1",
        "if x:\\n    pass\\nelif y:\\npass\\n | IndentationError | expected an indented block after 'elif' statement on line 3 | 4 | 1",
        "try:\\n    pass\\nfinally:\\npass\\n| IndentationError | expected an indented block after 'finally' statement on line 3 | 4 | 1",
        "with a:\\npass\\n                   | IndentationError | expected an indented block after 'with' statement on line 1 | 2 | 1",
        "if x:\\n    a\\n  b\\n               | IndentationError | unindent does not match any outer indentation level | 3 | 4",
        "x = 1a\\n                           | SyntaxError      | invalid decimal literal | 1 | 5",
        "f() = 1\\n                          | SyntaxError      | cannot assign to function call here. Maybe you meant '==' instead of '='? | 1 | 1",
        "1 = x\\n                            | SyntaxError      | cannot assign to literal here. Maybe you meant '==' instead of '='? | 1 | 1",
        "[a b]\\n                            | SyntaxError      | invalid syntax. Perhaps you forgot a comma? | 1 | 2",
        "print 'hello'\\n                    | SyntaxError      | Missing parentheses in call to 'print'. Did you mean print(...)? | 1 | 1",
    })
    void messagesAndLocationsAsCPython(String src, String kind, String msg, int line, int offset) {
        SyntaxErrorException e = error(src.translateEscapes());
        assertEquals(kind, e.getKind());
        assertEquals(msg, e.getMsg());
        assertEquals(line, e.getLineno());
        assertEquals(offset, e.getOffset());
    }

    @Test
    void formatIsWhatCPythonPrints() {
        assertEquals("  File \"x.py\", line 3\n    foo(\n       ^\nSyntaxError: '(' was never closed\n",
                error("x = 1\ny = 2\nfoo(\n").format());
        assertEquals("  File \"x.py\", line 1\n    f() = 1\n    ^^^\n"
                + "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n",
                error("f() = 1\n").format());
        // IndentationError shows a single caret; an unexpected indent none (it points into the indentation)
        assertEquals("  File \"x.py\", line 2\n    pass\n    ^\n"
                + "IndentationError: expected an indented block after 'if' statement on line 1\n",
                error("if x:\npass\n").format());
        assertEquals("  File \"x.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n", error("  x = 1\n").format());
    }

    @Test
    void errorInAnFStringExpression() {
        SyntaxErrorException e = error("x = 1\ny = f'{a b}'\n");
        assertEquals("f-string: invalid syntax. Perhaps you forgot a comma?", e.getMsg());
        assertEquals(2, e.getLineno());
        assertEquals("(a b)\n", e.getText());
    }

    @Test
    void lineNumbersSurviveCrlfAndMissingNewline() {
        SyntaxErrorException e = error("x = 1\r\ny = 2\r\nif x\r\n    pass");
        assertEquals(3, e.getLineno());
        assertEquals("expected ':'", e.getMsg());
    }

    @Test
    void tooDeeplyNested() {
        SyntaxErrorException e = error("x = " + "(".repeat(201) + ")".repeat(201) + "\n");
        assertEquals("too many nested parentheses", e.getMsg());
        assertEquals(205, e.getOffset());
    }

    @Test
    void matchIsASoftKeyword() {
        PythonParser.parseFile("x = 1\nmatch x:\n    case 1:\n        pass\n", "x.py");
        // "match" stays an ordinary name
        PythonParser.parseFile("match = [1]\nmatch[0] = match\n", "x.py");
    }

    @Test
    void nothingIsPrinted() {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream capture = new java.io.PrintStream(buf, true);
        System.setOut(capture);
        System.setErr(capture);
        try {
            for (String src : new String[] {"x = $\n", "def f(:\n", "x = (1 2\n", "with (a b): pass\n", "x = '''"}) {
                try {
                    PythonParser.parseFile(src, "x.py");
                } catch (SyntaxErrorException e) {
                    // expected
                }
                PythonParser.isIncomplete(src);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", buf.toString());
    }

    @Test
    void nullBytes() {
        SyntaxErrorException e = error("x = 1\ny = 2\0\n");
        assertEquals("source code cannot contain null bytes", e.getMsg());
        assertEquals(2, e.getLineno());
        assertEquals("  File \"x.py\", line 2\n    y = 2\nSyntaxError: source code cannot contain null bytes\n", e.format());
    }

    @Test
    void deepOperatorChainsDoNotBreakTheParser() {
        PythonParser.parseFile("x = " + String.join(" + ", java.util.Collections.nCopies(20000, "1")) + "\n", "x.py");
        try {
            PythonParser.parseFile("x = " + "-".repeat(100000) + "1\n", "x.py");
        } catch (SyntaxErrorException e) {
            // acceptable: CPython gives up too (RecursionError)
        }
    }

    /** Random damage to real code: the parser must answer with a tree or a SyntaxErrorException, nothing else. */
    @Test
    void onlySyntaxErrorsComeOut() {
        String[] seeds = {
            "def f(a, b=1, *args, c, **kw):\n    return [x for x in a if x] + {k: v for k, v in kw.items()}\n",
            "class A(B, metaclass=M):\n    @property\n    def x(self):\n        return f'{self.y!r:>{10}}'\n",
            "async def g():\n    async with a as b, c:\n        await b\n    try:\n        pass\n    except* E as e:\n        raise\n",
            "x = (1, [2, {3: 4}], {5}, *y)\nlambda a, /, b=2, *, c: (yield a)\nwith (a as b, c as d):\n    del x[0]\n",
        };
        String junk = "()[]{}:=,.*@+-'\"\\#\n\t fxyiforinnotlambdayieldasync0123456789";
        Random r = new Random(42);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder(seeds[r.nextInt(seeds.length)]);
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                int at = r.nextInt(sb.length() + 1);
                switch (r.nextInt(3)) {
                    case 0 -> sb.insert(at, junk.charAt(r.nextInt(junk.length())));
                    case 1 -> {
                        if (at < sb.length()) {
                            sb.deleteCharAt(at);
                        }
                    }
                    default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + r.nextInt(6))));
                }
            }
            String src = sb.toString();
            try {
                PythonParser.parse(src, "x.py");
            } catch (SyntaxErrorException e) {
                assertTrue(e.getLineno() >= 1, src);
                e.format();
            } catch (RuntimeException e) {
                fail("internal error on " + src.replace("\n", "\\n"), e);
            }
        }
    }

    @Test
    void replCompleteness() {
        assertTrue(PythonParser.isIncomplete("if x:"));
        assertTrue(PythonParser.isIncomplete("if x:\n    y = 1"));
        assertFalse(PythonParser.isIncomplete("if x:\n    y = 1\n"));
        assertTrue(PythonParser.isIncomplete("foo(1,"));
        assertTrue(PythonParser.isIncomplete("x = '''abc"));
        assertTrue(PythonParser.isIncomplete("x = 1 + \\"));
        assertFalse(PythonParser.isIncomplete("x = 1"));
        assertFalse(PythonParser.isIncomplete("x = )"));
        assertFalse(PythonParser.isIncomplete(""));
    }
}
