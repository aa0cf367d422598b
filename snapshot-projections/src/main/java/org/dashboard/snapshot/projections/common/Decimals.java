package org.dashboard.snapshot.projections.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules of DOMAIN.md 3 and 3.9: half-up on the exact decimal value of a double, and rates from
 * integer counts computed exactly and rounded once.
 */
public final class Decimals {
    private Decimals() {
    }

    /** Half-up to {@code places} on the exact decimal value of {@code x} ({@code new BigDecimal(x)}). */
    public static double round(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** Half-up to one decimal place on the exact value of {@code x}. */
    public static double round1(double x) {
        return round(x, 1);
    }

    /** A fraction 0..1 as a percentage: {@code x * 100} in double arithmetic, then {@link #round1}. */
    public static double percentOfFraction(double fraction) {
        return round1(fraction * 100);
    }

    /** {@code count * 100 / total} exactly, rounded half-up to {@code places}; 0.0 when total is 0. */
    public static double percent(long count, long total, int places) {
        if (total == 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), places, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code count / total} exactly, rounded half-up to {@code places}; 0.0 when total is 0. */
    public static double ratio(long count, long total, int places) {
        if (total == 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), places, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
