package dev.eddy.stdlib.asyncio;

import java.util.SplittableRandom;

/**
 * A loop's clock under {@code -X asyncio-clock=virtual} or {@code -X asyncio-seed}: when the
 * loop has nothing to run and nothing outside it can wake it, time jumps to the next timer
 * instead of waiting for it.
 *
 * <p>The virtual clock follows the monotonic clock plus the jumps made, so a callback's own
 * run time still counts. The seeded clock does not read the wall clock at all: it moves only by
 * jumps, by the real time the loop spent waiting for threads or I/O, and by a seeded amount
 * after each iteration that stands for how long the iteration's callbacks took. Which timers
 * are due together then depends on the seed alone, and every order it gives is one that
 * CPython could produce on a machine of some speed.
 */
final class VirtualClock {
    /** The clock's value when it does not follow the wall clock, else the offset added to it. */
    private double value;
    private final boolean followsWallClock;
    private final SplittableRandom random;
    private final long seed;

    private VirtualClock(boolean followsWallClock, Long seed) {
        this.followsWallClock = followsWallClock;
        this.random = seed == null ? null : new SplittableRandom(seed);
        this.seed = seed == null ? 0 : seed;
        this.value = followsWallClock ? 0 : System.nanoTime() / 1e9;
    }

    /** The clock a loop made under these options uses, or null for the real one. */
    static VirtualClock of(DebugOptions options) {
        if (options.seed() != null) {
            return new VirtualClock(false, options.seed());
        }
        return options.virtualClock() ? new VirtualClock(true, null) : null;
    }

    double now() {
        return followsWallClock ? System.nanoTime() / 1e9 + value : value;
    }

    /** Moves the clock on to {@code when} (never back). */
    void advanceTo(double when) {
        if (followsWallClock) {
            value = Math.max(value, when - System.nanoTime() / 1e9);
        } else {
            value = Math.max(value, when);
        }
    }

    /** The loop waited {@code nanos} of real time for threads or I/O. */
    void waited(long nanos) {
        if (!followsWallClock) {
            value += nanos / 1e9;
        }
    }

    boolean seeded() {
        return random != null;
    }

    long seed() {
        return seed;
    }

    /**
     * After an iteration that ran callbacks: the seeded time they took. Half the iterations take
     * none; the others from a microsecond to a few milliseconds, spread evenly on a log scale.
     */
    void iterationRan() {
        if (random != null && random.nextBoolean()) {
            value += Math.pow(10, -6 + 3.5 * random.nextDouble());
        }
    }
}
