package dev.eddy.stdlib.hash;

/** The Keccak sponge of SHA-3 and SHAKE (FIPS 202). */
final class Keccak implements HashEngine {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    private static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

    private final long[] state;
    /** Bytes absorbed per permutation. */
    final int rate;
    /** 0x06 for SHA-3, 0x1f for SHAKE. */
    final byte suffix;
    private final byte[] buffer;
    private int buffered;

    Keccak(int rate, byte suffix) {
        this.state = new long[25];
        this.rate = rate;
        this.suffix = suffix;
        this.buffer = new byte[rate];
    }

    private Keccak(Keccak other) {
        this.state = other.state.clone();
        this.rate = other.rate;
        this.suffix = other.suffix;
        this.buffer = other.buffer.clone();
        this.buffered = other.buffered;
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= RC[round];
        }
    }

    private void absorbBlock(byte[] block) {
        for (int i = 0; i < rate / 8; i++) {
            long lane = 0;
            for (int k = 0; k < 8; k++) {
                lane |= (long) (block[8 * i + k] & 0xff) << (8 * k);
            }
            state[i] ^= lane;
        }
        permute(state);
    }

    @Override
    public void update(byte[] data, int off, int len) {
        for (int i = 0; i < len; i++) {
            buffer[buffered++] = data[off + i];
            if (buffered == rate) {
                absorbBlock(buffer);
                buffered = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        Keccak k = new Keccak(this);
        java.util.Arrays.fill(k.buffer, k.buffered, k.rate, (byte) 0);
        k.buffer[k.buffered] ^= suffix;
        k.buffer[k.rate - 1] ^= (byte) 0x80;
        k.absorbBlock(k.buffer);
        byte[] out = new byte[length];
        int produced = 0;
        while (true) {
            for (int i = 0; i < rate && produced < length; i++) {
                out[produced++] = (byte) (k.state[i / 8] >>> (8 * (i % 8)));
            }
            if (produced >= length) {
                return out;
            }
            permute(k.state);
        }
    }

    @Override
    public HashEngine copy() {
        return new Keccak(this);
    }
}
