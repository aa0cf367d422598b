package org.dashboard.snapshot.domain.sample;

/**
 * SplitMix64, the generator behind {@link java.util.SplittableRandom}, written out so that the bytes of a sample
 * section never depend on the JDK's choice of bounded-draw or Gaussian algorithms. Not thread-safe; one stream per
 * generation step, forked from the section seed by {@link #of(long...)}.
 */
final class SampleRandom {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double NORMAL_SCALE = Math.sqrt(3.0);

    private long state;

    private SampleRandom(long seed) {
        this.state = seed;
    }

    /** A stream determined by all the parts (for example the seed, a purpose tag and an id). */
    static SampleRandom of(long... parts) {
        long h = 0x5A3B1E5C0FFEE123L;
        for (long part : parts) {
            h = mix64(h ^ mix64(part + GOLDEN_GAMMA));
        }
        return new SampleRandom(h);
    }

    private static long mix64(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** Uniform in {@code 0..bound-1} (multiply-shift; the bias is below 2^-32 for the bounds used here). */
    int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in {@code low..high}, both inclusive. */
    int between(int low, int high) {
        return low + below(high - low + 1);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /**
     * Approximately standard normal: Irwin-Hall of four 16-bit uniforms cut from one draw. Plain integer and double
     * arithmetic, identical on every JVM, and one draw instead of the four a per-score noise would otherwise cost.
     */
    double normal() {
        long bits = nextLong();
        long sum = (bits & 0xFFFF) + ((bits >>> 16) & 0xFFFF) + ((bits >>> 32) & 0xFFFF) + (bits >>> 48);
        return ((sum + 2) * 0x1.0p-16 - 2.0) * NORMAL_SCALE;
    }

    <T> T pick(T[] values) {
        return values[below(values.length)];
    }

    /** Fisher-Yates shuffle of {@code 0..size-1}. */
    int[] permutation(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = below(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
