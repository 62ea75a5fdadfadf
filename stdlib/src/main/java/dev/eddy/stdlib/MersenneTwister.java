package dev.eddy.stdlib;

import java.math.BigInteger;

/**
 * MT19937 seeded as CPython's _random module seeds it, so int seeds give CPython's sequences.
 * Every draw goes through {@link #next32}, which {@link SystemEntropy} replaces.
 */
class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int mti = N + 1;

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    /** init_by_array with the 32-bit words of |seed|, least significant first. */
    void seed(BigInteger seed) {
        BigInteger n = seed.abs();
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        mti = N;
    }

    /** The 624 state words (unsigned) followed by the position, as _random.Random.getstate gives them. */
    long[] state() {
        long[] out = new long[N + 1];
        for (int i = 0; i < N; i++) {
            out[i] = mt[i] & 0xffffffffL;
        }
        out[N] = mti;
        return out;
    }

    /** Restores {@link #state}'s words; the caller has checked the length and the position. */
    void setState(long[] words) {
        for (int i = 0; i < N; i++) {
            mt[i] = (int) words[i];
        }
        mti = (int) words[N];
    }

    static final int STATE_WORDS = N;

    /** The next 32 random bits, as an unsigned value in a long. */
    long next32() {
        int y;
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            mti = 0;
        }
        y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /** random(): 53 random bits in [0, 1). */
    double random() {
        long a = next32() >>> 5;
        long b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k) for k >= 0. */
    BigInteger bits(int k) {
        if (k == 0) {
            return BigInteger.ZERO;
        }
        if (k <= 32) {
            return BigInteger.valueOf(next32() >>> (32 - k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4];
        int remaining = k;
        for (int w = 0; w < words; w++, remaining -= 32) {
            long r = next32();
            if (remaining < 32) {
                r >>>= 32 - remaining;
            }
            int off = (words - 1 - w) * 4;
            be[off] = (byte) (r >>> 24);
            be[off + 1] = (byte) (r >>> 16);
            be[off + 2] = (byte) (r >>> 8);
            be[off + 3] = (byte) r;
        }
        return new BigInteger(1, be);
    }

    /** A uniform long in [0, n) for 0 < n, by rejection as CPython's _randbelow_with_getrandbits. */
    long below(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        if (k <= 32) {
            long r = next32() >>> (32 - k);
            while (r >= n) {
                r = next32() >>> (32 - k);
            }
            return r;
        }
        long r = bits(k).longValue();
        while (r >= n) {
            r = bits(k).longValue();
        }
        return r;
    }

    BigInteger below(BigInteger n) {
        if (n.bitLength() < 63) {
            return BigInteger.valueOf(below(n.longValue()));
        }
        int k = n.bitLength();
        BigInteger r = bits(k);
        while (r.compareTo(n) >= 0) {
            r = bits(k);
        }
        return r;
    }
}
