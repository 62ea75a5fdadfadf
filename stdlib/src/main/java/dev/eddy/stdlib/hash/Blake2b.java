package dev.eddy.stdlib.hash;

/** BLAKE2b (RFC 7693) with the full parameter block: key, salt, personalization and tree fields. */
final class Blake2b implements HashEngine {
    static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
    };
    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };
    private static final int BLOCK = 128;

    private final long[] h;
    private final byte[] buffer;
    private int buffered;
    private long t0;
    private long t1;
    private final int digestSize;
    private final boolean lastNode;

    /** params is the 64-byte parameter block; key may be empty. */
    Blake2b(byte[] params, byte[] key, int digestSize, boolean lastNode) {
        this.h = new long[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ le64(params, 8 * i);
        }
        this.buffer = new byte[BLOCK];
        this.digestSize = digestSize;
        this.lastNode = lastNode;
        if (key.length > 0) {
            byte[] block = new byte[BLOCK];
            System.arraycopy(key, 0, block, 0, key.length);
            update(block, 0, BLOCK);
        }
    }

    private Blake2b(Blake2b o) {
        this.h = o.h.clone();
        this.buffer = o.buffer.clone();
        this.buffered = o.buffered;
        this.t0 = o.t0;
        this.t1 = o.t1;
        this.digestSize = o.digestSize;
        this.lastNode = o.lastNode;
    }

    static long le64(byte[] b, int at) {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v |= (long) (b[at + k] & 0xff) << (8 * k);
        }
        return v;
    }

    private void compress(byte[] block, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = le64(block, 8 * i);
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= t0;
        v[13] ^= t1;
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r % 10];
            g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    private void count(int n) {
        long before = t0;
        t0 += n;
        if (Long.compareUnsigned(t0, before) < 0) {
            t1++;
        }
    }

    @Override
    public void update(byte[] data, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (buffered == BLOCK) {
                // a full block is compressed only once more input shows it is not the last
                count(BLOCK);
                compress(buffer, false);
                buffered = 0;
            }
            buffer[buffered++] = data[off + i];
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2b k = new Blake2b(this);
        k.count(k.buffered);
        java.util.Arrays.fill(k.buffer, k.buffered, BLOCK, (byte) 0);
        k.compress(k.buffer, true);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (k.h[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    @Override
    public HashEngine copy() {
        return new Blake2b(this);
    }
}
