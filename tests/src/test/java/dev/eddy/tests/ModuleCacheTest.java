package dev.eddy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.ast.Module;
import dev.eddy.ast.codec.CacheEntry;
import dev.eddy.interpreter.Interpreter;
import dev.eddy.parser.PythonParser;
import dev.eddy.runtime.Flags;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-module cache of user modules: an import writes __pycache__/NAME.eddy-311.pyc,
 * the next run reads it instead of parsing, and an entry that is stale, damaged or from
 * another build is ignored (and replaced); -B and sys.dont_write_bytecode write none; the main
 * script gets none; tracebacks and errors read the same with and without an entry.
 */
class ModuleCacheTest {
    @TempDir
    Path dir;

    private static final Flags NO_BYTECODE = new Flags(0, false, false, 0, true, false, false, false, 0, 0, false,
            false, false, 0, false, -1, List.of(), false);

    private record Result(int exit, String out, String err) {
    }

    private Result run(String main, Flags flags) throws IOException {
        Path script = dir.resolve("main.py");
        Files.writeString(script, main);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = new int[1];
        Thread t = new dev.eddy.runtime.PythonThread(() -> {
            Interpreter in = new Interpreter(new Interpreter.Options(List.of("main.py"), new ByteArrayInputStream(new byte[0]),
                    out, err, Map.of(), List.of(), false, dir, flags));
            exit[0] = in.runScript(main, script.toString());
        }, "eddy-test", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return new Result(exit[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result run(String main) throws IOException {
        return run(main, Flags.DEFAULT);
    }

    private Path entry(String module) {
        return dir.resolve("__pycache__").resolve(module + ".eddy-311.pyc");
    }

    /** An entry that fits mod.py's current text and time but holds the tree of {@code otherSource}. */
    private void forgeEntry(String key, String otherSource) throws IOException {
        Path source = dir.resolve("mod.py");
        byte[] bytes = Files.readAllBytes(source);
        Module tree = PythonParser.parseFile(otherSource, source.toString());
        Files.createDirectories(entry("mod").getParent());
        Files.write(entry("mod"), CacheEntry.encode(tree, key, bytes.length, Files.getLastModifiedTime(source).toMillis(),
                CacheEntry.crc(bytes)));
    }

    /** Whether mod.py's entry is valid for its source and holds the tree of that source. */
    private boolean entryFitsSource() throws IOException {
        Path source = dir.resolve("mod.py");
        byte[] bytes = Files.readAllBytes(source);
        Module m = CacheEntry.decode(Files.readAllBytes(entry("mod")), CacheEntry.buildKey(), bytes.length,
                Files.getLastModifiedTime(source).toMillis(), CacheEntry.crc(bytes));
        return m != null && m.equals(PythonParser.parseFile(new String(bytes, StandardCharsets.UTF_8), source.toString()));
    }

    @Test
    void anImportWritesAnEntryThatTheNextImportReads() throws IOException {
        assertNotNull(CacheEntry.buildKey(), "the build writes the cache's build key");
        Files.writeString(dir.resolve("mod.py"), "X = 'from source'\n");
        assertEquals("from source\n", run("import mod; print(mod.X)").out());
        assertTrue(entryFitsSource());
        assertFalse(Files.exists(entry("main")), "the main script is not cached");
        forgeEntry(CacheEntry.buildKey(), "X = 'from entry'\n");
        assertEquals("from entry\n", run("import mod; print(mod.X)").out(), "a fitting entry is used, not the source");
    }

    @Test
    void staleEntriesAreIgnoredAndReplaced() throws IOException {
        Path source = dir.resolve("mod.py");
        Files.writeString(source, "X = 'from source'\n");
        forgeEntry(CacheEntry.buildKey(), "X = 'from entry'\n");
        Files.writeString(source, "X = 'edited source'\n");
        assertEquals("edited source\n", run("import mod; print(mod.X)").out(), "size and text changed");
        assertTrue(entryFitsSource());

        forgeEntry(CacheEntry.buildKey(), "X = 'from entry'\n");
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(source).toMillis() + 5000));
        assertEquals("edited source\n", run("import mod; print(mod.X)").out(), "only the time changed");
        assertTrue(entryFitsSource());

        forgeEntry("0.0.0/another-build", "X = 'from entry'\n");
        assertEquals("edited source\n", run("import mod; print(mod.X)").out(), "another build's entry");
        assertTrue(entryFitsSource());
    }

    @Test
    void damagedEntriesAreIgnoredAndReplaced() throws IOException {
        Files.writeString(dir.resolve("mod.py"), "X = 'from source'\n");
        assertEquals("from source\n", run("import mod; print(mod.X)").out());
        byte[] good = Files.readAllBytes(entry("mod"));
        for (byte[] bad : List.of(new byte[0], "garbage".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(good, good.length - 3))) {
            Files.write(entry("mod"), bad);
            assertEquals("from source\n", run("import mod; print(mod.X)").out());
            assertTrue(entryFitsSource());
        }
    }

    @Test
    void noEntryIsWrittenWhenBytecodeWritingIsOff() throws IOException {
        Files.writeString(dir.resolve("mod.py"), "X = 1\n");
        assertEquals("True\n1\n", run("import sys; print(sys.dont_write_bytecode); import mod; print(mod.X)", NO_BYTECODE).out());
        assertFalse(Files.exists(dir.resolve("__pycache__")), "-B or PYTHONDONTWRITEBYTECODE");
        assertEquals("1\n", run("import sys; sys.dont_write_bytecode = True; import mod; print(mod.X)").out());
        assertFalse(Files.exists(dir.resolve("__pycache__")), "sys.dont_write_bytecode = True");
        Files.writeString(dir.resolve("other.py"), "Y = 2\n");
        assertEquals("2\n", run("import sys; sys.dont_write_bytecode = True; sys.dont_write_bytecode = False; import other; print(other.Y)").out());
        assertTrue(Files.exists(entry("other")));
    }

    @Test
    void anEntryChangesNoneOfWhatAProgramSees() throws IOException {
        Files.writeString(dir.resolve("mod.py"), """
                '''The docstring.'''
                import sys
                def f(n):
                    return 10 // n
                def where():
                    return __file__, __cached__, __spec__.cached, __doc__, sys._getframe().f_lineno
                """);
        String main = """
                import mod
                print(mod.where())
                mod.f(0)
                """;
        Result parsed = run(main);
        assertTrue(Files.exists(entry("mod")));
        Result cached = run(main);
        assertEquals(parsed, cached);
        assertEquals(1, cached.exit());
        assertTrue(cached.err().contains("    return 10 // n\n"), cached.err());
        assertTrue(cached.err().endsWith("ZeroDivisionError: integer division or modulo by zero\n"), cached.err());
    }

    @Test
    void aModuleWithASyntaxErrorGetsNoEntry() throws IOException {
        Files.writeString(dir.resolve("bad.py"), "x = (1,\n");
        Result r = run("import bad");
        assertEquals(1, r.exit());
        assertTrue(r.err().endsWith("SyntaxError: '(' was never closed\n"), r.err());
        assertFalse(Files.exists(entry("bad")));
    }
}
