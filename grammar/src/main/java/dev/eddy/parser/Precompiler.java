package dev.eddy.parser;

import dev.eddy.ast.Module;
import dev.eddy.ast.codec.CacheEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build step that compiles the Python files shipped inside a jar into compiled-module cache
 * entries beside them (NAME.py gets __pycache__/NAME.eddy-311.pyc, keyed by size and CRC-32
 * with modification time 0, as a jar's resources have no reliable one). An entry still valid
 * for its source is kept; a file that does not parse gets none (importing it reports the error).
 * Run by Maven as: java -cp CLASSPATH dev.eddy.parser.Precompiler CLASSES-DIR...
 */
public final class Precompiler {
    private Precompiler() {
    }

    public static void main(String[] args) throws IOException {
        String key = CacheEntry.buildKey();
        if (key == null) {
            System.err.println("Precompiler: no build key among the class path resources; nothing compiled");
            return;
        }
        for (String dir : args) {
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                sources = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)
                        && !p.getParent().endsWith("__pycache__")).sorted().toList();
            }
            for (Path source : sources) {
                compile(source, key);
            }
        }
    }

    /** Writes the entry of one source file unless a valid one is there; false if it does not parse. */
    static boolean compile(Path source, String key) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        int crc = CacheEntry.crc(bytes);
        Path entry = source.resolveSibling(CacheEntry.relativePath(source.getFileName().toString()));
        if (Files.isRegularFile(entry) && CacheEntry.decode(Files.readAllBytes(entry), key, bytes.length, 0, crc) != null) {
            return true;
        }
        Module module;
        try {
            module = PythonParser.parseFile(new String(bytes, StandardCharsets.UTF_8), source.toString());
        } catch (SyntaxErrorException e) {
            Files.deleteIfExists(entry);
            return false;
        }
        Files.createDirectories(entry.getParent());
        Path tmp = entry.resolveSibling(entry.getFileName() + ".tmp");
        Files.write(tmp, CacheEntry.encode(module, key, bytes.length, 0, crc));
        Files.move(tmp, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return true;
    }
}
