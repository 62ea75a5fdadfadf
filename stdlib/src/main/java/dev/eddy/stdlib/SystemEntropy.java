package dev.eddy.stdlib;

import java.math.BigInteger;
import java.security.SecureRandom;

/** The random bits of random.SystemRandom: the operating system's entropy (os.urandom's source), never seeded. */
final class SystemEntropy extends MersenneTwister {
    private final SecureRandom source = new SecureRandom();

    @Override
    long next32() {
        return source.nextInt() & 0xffffffffL;
    }

    @Override
    void seed(BigInteger seed) {
        // nothing to seed: SystemRandom.seed() is a no-op
    }
}
