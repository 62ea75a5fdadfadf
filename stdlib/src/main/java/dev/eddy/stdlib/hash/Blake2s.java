package dev.eddy.stdlib.hash;

/** BLAKE2s (RFC 7693): the 32-bit sibling of {@link Blake2b}. */
final class Blake2s implements HashEngine {
    static final int[] IV = {
        0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
    };
    private static final int BLOCK = 64;

    private final int[] h;
    private final byte[] buffer;
    private int buffered;
    private int t0;
    private int t1;
    private final int digestSize;
    private final boolean lastNode;

    /** params is the 32-byte parameter block; key may be empty. */
    Blake2s(byte[] params, byte[] key, int digestSize, boolean lastNode) {
        this.h = new int[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ le32(params, 4 * i);
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

    private Blake2s(Blake2s o) {
        this.h = o.h.clone();
        this.buffer = o.buffer.clone();
        this.buffered = o.buffered;
        this.t0 = o.t0;
        this.t1 = o.t1;
        this.digestSize = o.digestSize;
        this.lastNode = o.lastNode;
    }

    static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private void compress(byte[] block, boolean last) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = le32(block, 4 * i);
        }
        int[] v = new int[16];
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
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2b.SIGMA[r];
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

    private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }

    private void count(int n) {
        int before = t0;
        t0 += n;
        if (Integer.compareUnsigned(t0, before) < 0) {
            t1++;
        }
    }

    @Override
    public void update(byte[] data, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (buffered == BLOCK) {
                count(BLOCK);
                compress(buffer, false);
                buffered = 0;
            }
            buffer[buffered++] = data[off + i];
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2s k = new Blake2s(this);
        k.count(k.buffered);
        java.util.Arrays.fill(k.buffer, k.buffered, BLOCK, (byte) 0);
        k.compress(k.buffer, true);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (k.h[i / 4] >>> (8 * (i % 4)));
        }
        return out;
    }

    @Override
    public HashEngine copy() {
        return new Blake2s(this);
    }
}
