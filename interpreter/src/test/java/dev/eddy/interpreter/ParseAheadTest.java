package dev.eddy.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eddy.parser.PythonParser;
import dev.eddy.parser.SyntaxErrorException;
import org.junit.jupiter.api.Test;

/** The main program parsed on a helper thread gives what parsing it at run time would have given. */
class ParseAheadTest {

    @Test
    void theTreeIsHandedOverForTheSameTextAndName() {
        String source = "def f(x):\n    return [i * x for i in range(3)]\nprint(f(2))\n";
        ParseAhead ahead = ParseAhead.start(source, "/work/main.py");
        assertEquals(PythonParser.parseFile(source, "/work/main.py"), ahead.take(source, "/work/main.py"));
    }

    @Test
    void otherTextOrNameGetsNothing() {
        ParseAhead ahead = ParseAhead.start("x = 1\n", "/work/main.py");
        assertNull(ahead.take("x = 2\n", "/work/main.py"));
        assertNull(ahead.take("x = 1\n", "main.py"));
    }

    @Test
    void aSyntaxErrorComesOutOfTake() {
        ParseAhead ahead = ParseAhead.start("x = (1,\n", "<string>");
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> ahead.take("x = (1,\n", "<string>"));
        assertEquals("'(' was never closed", e.getMsg());
        assertEquals("<string>", e.getFilename());
    }

    @Test
    void deepNestingParsesThereAsOnTheInterpreterThread() {
        String deep = "x = " + "(".repeat(180) + "1" + ")".repeat(180) + "\n";
        ParseAhead ahead = ParseAhead.start(deep, "<string>");
        assertEquals(PythonParser.parseFile(deep, "<string>"), ahead.take(deep, "<string>"));
    }
}
