package dev.eddy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser against CPython 3.11 itself: every case of src/test/oracle/*_cases.py with
 * the result CPython gave (regenerate with src/test/oracle/oracle.py).
 */
class OracleTest {

    @TestFactory
    Stream<DynamicTest> astMatchesCPython() throws IOException {
        List<OracleCases.Case> cases = OracleCases.load("ast.expected");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            String actual;
            try {
                actual = AstDump.dump(PythonParser.parse(c.source(), "x.py"));
            } catch (SyntaxErrorException e) {
                actual = "SyntaxError: " + e.getMsg() + " at " + e.getLineno() + ":" + e.getOffset();
            }
            assertEquals(c.expected(), actual);
        }));
    }

    @TestFactory
    Stream<DynamicTest> syntaxErrorsMatchCPython() throws IOException {
        List<OracleCases.Case> cases = OracleCases.load("errors.expected");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            String[] f = c.expected().split("\t", -1);
            String actual;
            try {
                PythonParser.parse(c.source(), "x.py");
                fail("no error for " + c.source());
                return;
            } catch (SyntaxErrorException e) {
                actual = String.join("\t", e.getKind(), e.getMsg(), String.valueOf(e.getLineno()),
                        String.valueOf(e.getOffset()), String.valueOf(e.getEndLineno()),
                        String.valueOf(e.getEndOffset()), json(e.getText()));
            }
            String expected = String.join("\t", f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
            assertEquals(expected, actual);
        }));
    }

    @TestFactory
    Stream<DynamicTest> formattedErrorsMatchCPython() throws IOException {
        List<OracleCases.Case> cases = OracleCases.load("errors.expected");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            String[] f = c.expected().split("\t", -1);
            try {
                PythonParser.parse(c.source(), "x.py");
                fail("no error for " + c.source());
            } catch (SyntaxErrorException e) {
                assertEquals(f[7], json(e.format()));
            }
        }));
    }

    /** Python's json.dumps of a str or None, ASCII only. */
    static String json(String s) {
        if (s == null) {
            return "null";
        }
        String d = AstDump.dump(s);
        return d;
    }

    @TestFactory
    Stream<DynamicTest> completenessMatchesCodeop() throws IOException {
        List<OracleCases.Case> cases = OracleCases.load("incomplete.expected");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () ->
                assertEquals(Boolean.parseBoolean(c.expected()), PythonParser.isIncomplete(c.source()))));
    }
}
