package dev.eddy.ast.codec;

import dev.eddy.ast.Module;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * One compiled-module cache entry: a module's syntax tree with the key it is valid for, which
 * is Eddy's build key (the version and a fingerprint of the parser that made the tree) and the
 * source's size, modification time and CRC-32. {@link #decode} gives null for an entry made
 * from other source, by another build, or damaged, so the caller parses the source instead.
 *
 * <p>Layout: the magic "EdAT", the build key (a 2-byte length and UTF-8), the source's size
 * (8 bytes), modification time in milliseconds (8; 0 for a module inside a jar), CRC-32 (4),
 * then the tree's length (4), CRC-32 (4) and bytes ({@link AstWriter}). Big-endian.
 */
public final class CacheEntry {
    /** The cache tag in entry names, as CPython's "cpython-311": NAME.eddy-311.pyc in __pycache__. */
    public static final String TAG = "eddy-311";
    private static final byte[] MAGIC = {'E', 'd', 'A', 'T'};
    private static final String KEY_RESOURCE = "build-key";
    private static String buildKey;
    private static boolean buildKeyRead;

    private CacheEntry() {
    }

    /**
     * This build's key, read from the resource the build writes beside this class; null when
     * there is none (classes not built by Maven), and then nothing is cached.
     */
    public static synchronized String buildKey() {
        if (!buildKeyRead) {
            buildKeyRead = true;
            try (InputStream in = CacheEntry.class.getResourceAsStream(KEY_RESOURCE)) {
                if (in != null) {
                    String k = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                    buildKey = k.isEmpty() ? null : k;
                }
            } catch (IOException e) {
                buildKey = null;
            }
        }
        return buildKey;
    }

    /**
     * Where the entry of a source file lives, relative to the source's folder:
     * "__pycache__/NAME.eddy-311.pyc" for NAME.py.
     */
    public static String relativePath(String sourceFileName) {
        String stem = sourceFileName.endsWith(".py")
                ? sourceFileName.substring(0, sourceFileName.length() - 3) : sourceFileName;
        return "__pycache__/" + stem + "." + TAG + ".pyc";
    }

    public static int crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data, 0, data.length);
        return (int) c.getValue();
    }

    /** The entry for {@code module}, parsed from source of this size, modification time and CRC-32. */
    public static byte[] encode(Module module, String buildKey, long size, long mtime, int sourceCrc) {
        byte[] tree = AstWriter.write(module);
        byte[] key = buildKey.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(MAGIC.length + 2 + key.length + 8 + 8 + 4 + 4 + 4 + tree.length);
        b.put(MAGIC).putShort((short) key.length).put(key).putLong(size).putLong(mtime).putInt(sourceCrc);
        b.putInt(tree.length).putInt(crc(tree)).put(tree);
        return b.array();
    }

    /**
     * The tree in {@code entry} if the entry is whole and was made by this build from source of
     * this size, modification time and CRC-32; else null.
     */
    public static Module decode(byte[] entry, String buildKey, long size, long mtime, int sourceCrc) {
        try {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(entry);
            for (byte m : MAGIC) {
                if (b.get() != m) {
                    return null;
                }
            }
            byte[] key = buildKey.getBytes(StandardCharsets.UTF_8);
            int keyLength = b.getShort() & 0xffff;
            if (keyLength != key.length) {
                return null;
            }
            for (byte k : key) {
                if (b.get() != k) {
                    return null;
                }
            }
            if (b.getLong() != size || b.getLong() != mtime || b.getInt() != sourceCrc) {
                return null;
            }
            int length = b.getInt();
            int treeCrc = b.getInt();
            if (length != b.remaining()) {
                return null;
            }
            CRC32 c = new CRC32();
            c.update(entry, b.position(), length);
            if ((int) c.getValue() != treeCrc) {
                return null;
            }
            return AstReader.read(entry, b.position(), length);
        } catch (java.nio.BufferUnderflowException | CorruptAstException e) {
            return null;
        }
    }

    /**
     * The tree in the entry of a module shipped inside a jar (keyed with modification time 0),
     * or null when there is no entry, no build key, or the entry does not fit the source.
     */
    public static Module decodeShipped(byte[] entry, byte[] source) {
        String key = buildKey();
        if (entry == null || key == null) {
            return null;
        }
        return decode(entry, key, source.length, 0, crc(source));
    }
}
