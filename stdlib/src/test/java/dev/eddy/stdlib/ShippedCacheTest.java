package dev.eddy.stdlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.ast.Module;
import dev.eddy.ast.codec.AstWriter;
import dev.eddy.ast.codec.CacheEntry;
import dev.eddy.parser.PythonParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Python file this module ships (CPython's Lib and the Python parts of Eddy's own modules)
 * has a compiled-module cache entry made by the build, and the tree read from it is the very
 * tree the parser makes of the file.
 */
class ShippedCacheTest {

    @Test
    void everyShippedFileHasAnEntryEqualToItsParse() throws IOException, URISyntaxException {
        Path classes = Path.of(ShippedCacheTest.class.getClassLoader().getResource("eddy/lib/python3.11/modules.txt").toURI())
                .getParent().getParent().getParent().getParent();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(classes)) {
            sources = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(sources.size() > 50, "too few files: " + sources);
        List<String> missing = new ArrayList<>();
        for (Path source : sources) {
            byte[] bytes = Files.readAllBytes(source);
            Path entry = source.resolveSibling(CacheEntry.relativePath(source.getFileName().toString()));
            Module cached = Files.exists(entry) ? CacheEntry.decodeShipped(Files.readAllBytes(entry), bytes) : null;
            if (cached == null) {
                missing.add(classes.relativize(source).toString());
                continue;
            }
            Module parsed = PythonParser.parseFile(new String(bytes, StandardCharsets.UTF_8), source.toString());
            assertArrayEquals(AstWriter.write(parsed), AstWriter.write(cached), source.toString());
        }
        assertEquals(List.of(), missing, "shipped files without a valid entry");
    }

    @Test
    void theBuildKeyIsThere() {
        assertNotNull(CacheEntry.buildKey());
    }
}
