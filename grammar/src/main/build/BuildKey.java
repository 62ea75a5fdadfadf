import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the compiled-module cache's build key: the project version and a SHA-256 fingerprint
 * of the grammar module's sources (grammars, parser, syntax tree, codec), so that a cache entry
 * made by one parser is never read by another, while rebuilds that change nothing here keep
 * every entry valid. Run by the build: java BuildKey.java VERSION OUTPUT-FILE SOURCE-DIR...
 */
public class BuildKey {
    public static void main(String[] args) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 2; i < args.length; i++) {
            Path root = Path.of(args[i]);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                sha.update(root.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
        }
        String key = args[0] + "/" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "\n";
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        if (!Files.exists(out) || !Files.readString(out).equals(key)) {
            Files.writeString(out, key);
        }
    }
}
