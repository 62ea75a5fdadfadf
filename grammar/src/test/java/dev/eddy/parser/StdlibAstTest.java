package dev.eddy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every module of CPython's standard library parses to the very tree CPython builds
 * (positions included). Opt-in, as it needs a CPython installation: generate the dumps with
 * src/test/oracle/stdlib_dumps.py and pass -Deddy.stdlibDumps=FILE.
 */
@EnabledIfSystemProperty(named = "eddy.stdlibDumps", matches = ".+")
class StdlibAstTest {

    @Test
    void standardLibraryParsesAsInCPython() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("eddy.stdlibDumps")));
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String path = lines.get(i);
            String actual;
            try {
                actual = AstDump.dump(PythonParser.parse(Files.readString(Path.of(path)), path));
            } catch (SyntaxErrorException e) {
                actual = "SyntaxError: " + e.getMsg() + " at line " + e.getLineno();
            }
            if (!actual.equals(lines.get(i + 1))) {
                mismatches.add(path);
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
