package org.dashboard.snapshot.projections.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules of DOMAIN.md 3 and 3.9: half-up on the exact decimal value of a double, and rates from
 * integer counts computed exactly and rounded once; and the two text forms of a rounded value that the CSV
 * export and the parity facts write (metric: 1 dp with a trailing {@code .0} dropped; rate: always 1 dp).
 *
 * <p>Every student row rounds several values, so rounding has an exact fast path in double arithmetic:
 * {@code p = x * 10^places} rounded, and {@code Math.fma(x, 10^places, -p)}, the product's rounding error,
 * which is exactly representable; together they tell on which side of the half the exact product lies, ties
 * included, for every product below 10^9 in magnitude. Larger and non-finite values take the {@link BigDecimal}
 * path, which stays the definition.
 */
public final class Decimals {
    private static final double[] SCALE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    private static final double FAST_LIMIT = 1e9;
    /** {@link #fastUnits}'s answer when only the exact path can decide. */
    private static final long UNDECIDED = Long.MIN_VALUE;

    private Decimals() {
    }

    /** Half-up to {@code places} on the exact decimal value of {@code x} ({@code new BigDecimal(x)}). */
    public static double round(double x, int places) {
        long units = fastUnits(x, places);
        if (units == UNDECIDED) {
            return exactHalfUp(x, places).doubleValue();
        }
        // BigDecimal's doubleValue of units * 10^-places is the correctly rounded quotient, as is this division
        return units == 0 ? 0.0 : units / SCALE[places];
    }

    /** Half-up to one decimal place on the exact value of {@code x}. */
    public static double round1(double x) {
        return round(x, 1);
    }

    /** A fraction 0..1 as a percentage: {@code x * 100} in double arithmetic, then {@link #round1}. */
    public static double percentOfFraction(double fraction) {
        return round1(fraction * 100);
    }

    /**
     * Metric text: half-up to one decimal place, a trailing {@code .0} dropped ({@code 82.0 -> 82},
     * {@code 40.25 -> 40.3}, {@code -0.04 -> 0}).
     *
     * @throws NumberFormatException for NaN or an infinity
     */
    public static String metricText(double x) {
        long tenths = fastUnits(x, 1);
        if (tenths == UNDECIDED) {
            BigDecimal rounded = exactHalfUp(x, 1);
            if (rounded.signum() == 0) {
                return "0";
            }
            BigDecimal stripped = rounded.stripTrailingZeros();
            return stripped.scale() <= 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
        }
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenthsText(tenths);
    }

    /**
     * Rate text: half-up to exactly one decimal place ({@code 50 -> 50.0}, {@code -0.04 -> 0.0}).
     *
     * @throws NumberFormatException for NaN or an infinity
     */
    public static String rateText(double x) {
        long tenths = fastUnits(x, 1);
        return tenths == UNDECIDED ? exactHalfUp(x, 1).toPlainString() : tenthsText(tenths);
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

    /** The exact path: {@code new BigDecimal(x)} rounded half-up (NaN and infinities throw). */
    static BigDecimal exactHalfUp(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_UP);
    }

    /**
     * {@code x} rounded half-up to {@code places} as a whole number of {@code 10^-places}, when the product is
     * small enough for the double path; else {@link #UNDECIDED}.
     */
    static long fastUnits(double x, int places) {
        if (places < 0 || places >= SCALE.length) {
            return UNDECIDED;
        }
        double scaled = x * SCALE[places];
        if (!(Math.abs(scaled) < FAST_LIMIT)) { // also NaN
            return UNDECIDED;
        }
        double error = Math.fma(x, SCALE[places], -scaled); // exactly x * 10^places - scaled
        double floor = Math.floor(scaled);
        double aboveHalf = (scaled - floor) - 0.5; // both steps exact
        // the exact product's fraction minus one half is aboveHalf + error: compare without rounding
        boolean up = aboveHalf > -error || (aboveHalf == -error && x > 0); // a tie goes away from zero
        return (long) floor + (up ? 1 : 0);
    }

    /** {@code -12 -> "-1.2"}, {@code 5 -> "0.5"}, {@code 0 -> "0.0"}. */
    private static String tenthsText(long tenths) {
        long magnitude = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + (magnitude / 10) + "." + (magnitude % 10);
    }
}
