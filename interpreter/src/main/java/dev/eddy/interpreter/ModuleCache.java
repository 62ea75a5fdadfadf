package dev.eddy.interpreter;

import dev.eddy.ast.Module;
import dev.eddy.ast.codec.CacheEntry;
import dev.eddy.parser.PythonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The compiled-module cache as imports use it: a module's syntax tree comes from its cache
 * entry in {@code __pycache__} beside the source (NAME.eddy-311.pyc) when the entry fits the
 * source and this build of Eddy, and otherwise from the parser, after which a user module's
 * entry is (re)written unless bytecode writing is off. Modules shipped in the stdlib jar have
 * entries made at build time and never get new ones. Only the parse is skipped: the module's
 * file name, source lines and errors are those of the source.
 */
final class ModuleCache {
    private ModuleCache() {
    }

    /** A shipped module's tree: from its build-time entry ({@code entry} may be null) or parsed. */
    static Module shipped(byte[] source, String text, String filename, byte[] entry) {
        Module m = CacheEntry.decodeShipped(entry, source);
        return m != null ? m : PythonParser.parseFile(text, filename);
    }

    /**
     * A user module's tree, for the source file {@code file} (already read as {@code source});
     * {@code mayWrite} is false under -B, PYTHONDONTWRITEBYTECODE or sys.dont_write_bytecode.
     */
    static Module userFile(Path file, byte[] source, String text, String filename, boolean mayWrite) {
        String key = CacheEntry.buildKey();
        long mtime;
        try {
            mtime = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            key = null;
            mtime = 0;
        }
        if (key == null) {
            return PythonParser.parseFile(text, filename);
        }
        Path entryFile = entryFor(file);
        int crc = CacheEntry.crc(source);
        try {
            Module m = CacheEntry.decode(Files.readAllBytes(entryFile), key, source.length, mtime, crc);
            if (m != null) {
                return m;
            }
        } catch (IOException e) {
            // no entry (or unreadable): parse
        }
        Module m = PythonParser.parseFile(text, filename);
        if (mayWrite) {
            write(file, entryFile, CacheEntry.encode(m, key, source.length, mtime, crc));
        }
        return m;
    }

    /** __pycache__/NAME.eddy-311.pyc beside NAME.py. */
    static Path entryFor(Path source) {
        return source.resolveSibling(CacheEntry.relativePath(source.getFileName().toString()));
    }

    /** The source's read and write permissions, and the owner's write, as CPython gives its .pyc files. */
    private static void readableAsSource(Path sourceFile, Path entryFile) {
        try {
            Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
            for (PosixFilePermission p : Files.getPosixFilePermissions(sourceFile)) {
                if (p.name().endsWith("_READ") || p.name().endsWith("_WRITE")) {
                    perms.add(p);
                }
            }
            perms.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(entryFile, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions will do
        }
    }

    /**
     * Writes an entry through a temporary file and a rename, so that a concurrent reader sees
     * the old entry or the new one, never half of one; a folder it cannot write to is no error.
     */
    private static void write(Path sourceFile, Path entryFile, byte[] entry) {
        Path tmp = null;
        try {
            Files.createDirectories(entryFile.getParent());
            tmp = Files.createTempFile(entryFile.getParent(), entryFile.getFileName().toString(), ".tmp");
            Files.write(tmp, entry);
            readableAsSource(sourceFile, tmp);
            Files.move(tmp, entryFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // read-only folder, full disk ...: the module still loads, only not faster next time
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // nothing more to do
                }
            }
        }
    }
}
