import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The build step that puts CPython's own Lib modules into the stdlib jar: it unpacks the
 * modules named in modules.txt from the python-resources jar (whose files are CPython 3.11.7's
 * Lib, a few with GraalPy hunks), applies cpython.patch to turn those files back into
 * CPython's, and refuses any file that still names GraalPy.
 *
 * <p>Run by Maven (exec-maven-plugin) as a single-file Java program:
 * {@code java UnpackLib.java RESOURCES_JAR LIST PATCH OUT_DIR}.
 * It does nothing when OUT_DIR is newer than all of its inputs.
 */
public final class UnpackLib {
    private static final String PREFIX = "META-INF/resources/libpython/";
    private static final String TARGET = "eddy/lib/python3.11/";

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path list = Path.of(args[1]);
        Path patch = Path.of(args[2]);
        Path out = Path.of(args[3]);
        Path self = list.resolveSibling("UnpackLib.java");
        Path stamp = out.resolve(".stamp");
        if (Files.exists(stamp) && isNewer(stamp, jar, list, patch, self)) {
            return;
        }
        deleteTree(out);
        Path lib = out.resolve(TARGET);
        Files.createDirectories(lib);
        List<String> modules = readList(list);
        TreeSet<String> written = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String module : modules) {
                String base = PREFIX + module.replace('.', '/');
                ZipEntry file = zip.getEntry(base + ".py");
                boolean found = false;
                if (file != null) {
                    copy(zip, file, lib.resolve(module.replace('.', '/') + ".py"));
                    written.add(module.replace('.', '/') + ".py");
                    found = true;
                } else {
                    // a package: every .py file under its folder, tests left out
                    String dir = base + "/";
                    var entries = zip.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry e = entries.nextElement();
                        String n = e.getName();
                        if (n.startsWith(dir) && n.endsWith(".py") && !n.contains("/test/") && !n.contains("/tests/")) {
                            String rel = n.substring(PREFIX.length());
                            copy(zip, e, lib.resolve(rel));
                            written.add(rel);
                            found = true;
                        }
                    }
                }
                if (!found) {
                    throw new IllegalStateException(list + ": no module " + module + " in " + jar.getFileName());
                }
            }
        }
        applyPatch(patch, lib, written);
        for (String rel : written) {
            String text = Files.readString(lib.resolve(rel), StandardCharsets.UTF_8).toLowerCase();
            if (text.contains("graalpy") || text.contains("graalpython") || text.contains("truffle")) {
                throw new IllegalStateException(rel + " still names GraalPy after " + patch.getFileName()
                        + ": add its hunks to the patch or leave the module out");
            }
        }
        // the list goes beside the modules: the interpreter finds the bundled Lib by it
        Files.copy(list, lib.resolve("modules.txt"));
        Files.writeString(stamp, written.size() + " files\n");
    }

    /** The module names of the list: one a line, '#' starts a comment. */
    private static List<String> readList(Path list) throws IOException {
        List<String> modules = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!name.isEmpty()) {
                modules.add(name);
            }
        }
        return modules;
    }

    /**
     * Applies a unified diff whose paths are relative to {@code lib} ("a/x.py", "b/x.py") to
     * the files that were unpacked; hunks for files not shipped are skipped. Every context
     * and removed line must match exactly, or the build fails.
     */
    private static void applyPatch(Path patch, Path lib, TreeSet<String> written) throws IOException {
        Map<String, List<String>> hunksByFile = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(patch, StandardCharsets.UTF_8)) {
            if (line.startsWith("--- ")) {
                current = null;
            } else if (line.startsWith("+++ ")) {
                String name = line.substring(4).strip();
                int tab = name.indexOf('\t');
                name = (tab >= 0 ? name.substring(0, tab) : name).substring(2);
                current = new ArrayList<>();
                hunksByFile.put(name, current);
            } else if (current != null) {
                current.add(line);
            }
        }
        for (Map.Entry<String, List<String>> e : hunksByFile.entrySet()) {
            if (written.contains(e.getKey())) {
                patchFile(lib.resolve(e.getKey()), e.getKey(), e.getValue());
            }
        }
    }

    private static void patchFile(Path file, String name, List<String> diff) throws IOException {
        List<String> lines = new ArrayList<>(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
        // split leaves a final "" after the last newline; the diff's lines have no terminator
        int shift = 0;
        int i = 0;
        while (i < diff.size()) {
            String h = diff.get(i);
            if (!h.startsWith("@@ ")) {
                throw new IllegalStateException(name + ": unexpected line in patch: " + h);
            }
            int minus = h.indexOf('-');
            int comma = h.indexOf(',', minus);
            int space = h.indexOf(' ', minus);
            boolean hasCount = comma > 0 && comma < space;
            int oldStart = Integer.parseInt(h.substring(minus + 1, hasCount ? comma : space));
            int oldCount = hasCount ? Integer.parseInt(h.substring(comma + 1, space)) : 1;
            // a hunk that only adds lines names the line it adds after
            int at = (oldCount == 0 ? oldStart : oldStart - 1) + shift;
            i++;
            List<String> replacement = new ArrayList<>();
            int removed = 0;
            int pos = at;
            while (i < diff.size() && !diff.get(i).startsWith("@@ ")) {
                String d = diff.get(i++);
                char kind = d.isEmpty() ? ' ' : d.charAt(0);
                String body = d.isEmpty() ? "" : d.substring(1);
                if (kind == '\\') {
                    continue;
                }
                if (kind == ' ' || kind == '-') {
                    if (pos >= lines.size() || !lines.get(pos).equals(body)) {
                        throw new IllegalStateException(name + ": patch does not apply at line " + (pos + 1));
                    }
                    pos++;
                    removed++;
                    if (kind == ' ') {
                        replacement.add(body);
                    }
                } else if (kind == '+') {
                    replacement.add(body);
                } else {
                    throw new IllegalStateException(name + ": unexpected line in patch: " + d);
                }
            }
            lines.subList(at, at + removed).clear();
            lines.addAll(at, replacement);
            shift += replacement.size() - removed;
        }
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    }

    private static void copy(ZipFile zip, ZipEntry e, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = zip.getInputStream(e)) {
            Files.write(to, in.readAllBytes());
        }
    }

    private static boolean isNewer(Path stamp, Path... inputs) throws IOException {
        FileTime t = Files.getLastModifiedTime(stamp);
        for (Path p : inputs) {
            if (Files.exists(p) && Files.getLastModifiedTime(p).compareTo(t) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
