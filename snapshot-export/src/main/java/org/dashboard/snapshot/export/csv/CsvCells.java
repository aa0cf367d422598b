package org.dashboard.snapshot.export.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import org.dashboard.snapshot.projections.common.Decimals;

/**
 * The cell formats of DOMAIN.md 5, locale-independent ({@link Locale#ROOT}) so the bytes never depend on the
 * machine, the JDK version or a native image.
 */
public final class CsvCells {
    private static final DateTimeFormatter UTC_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** {@code 2026-02-04 11:25:18 -05:00}: local time and the exact offset ({@code +00:00}, never {@code Z}). */
    private static final DateTimeFormatter LOCAL_WITH_OFFSET = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss ")
            .appendOffset("+HH:MM:ss", "+00:00")
            .toFormatter(Locale.ROOT);

    private CsvCells() {
    }

    /** Metric format: one decimal place, half-up, a trailing {@code .0} dropped ({@code 82.0 -> 82}); null is empty. */
    public static String metric(Double value) {
        return value == null ? "" : Decimals.metricText(finite(value));
    }

    /** Metric format of an exact decimal ({@code 40 -> 40}, {@code 40.5 -> 40.5}, {@code 40.25 -> 40.3}). */
    public static String metric(BigDecimal value) {
        BigDecimal stripped = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.setScale(Math.max(0, stripped.scale())).toPlainString();
    }

    /** Rate and percentage format: always one decimal place, half-up ({@code 50 -> 50.0}). */
    public static String rate(double value) {
        return Decimals.rateText(finite(value));
    }

    /** A count or an id: the plain integer. */
    public static String integer(long value) {
        return Long.toString(value);
    }

    /** {@code True} or {@code False}. */
    public static String bool(boolean value) {
        return value ? "True" : "False";
    }

    /** The UTC date {@code YYYY-MM-DD} (not shifted to any time zone); null is empty. */
    public static String utcDate(Instant instant) {
        return instant == null ? "" : UTC_DATE.format(instant);
    }

    /** The local date-time in {@code zone} with its exact UTC offset: {@code 2026-02-04 11:25:18 -05:00}. */
    public static String localTimestamp(Instant instant, ZoneId zone) {
        return LOCAL_WITH_OFFSET.format(instant.atZone(zone));
    }

    /** The value, refused unless finite. */
    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a CSV number is finite, got " + value);
        }
        return value;
    }
}
