package org.dashboard.snapshot.projections.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a projection's canonical parity facts (DOMAIN.md 7): {@code <capability>|<key...>=<value>}. Values use
 * the canonical text the CSV export writes, so a parsed CSV cell and a projection value compare as strings:
 * metrics 1 dp with a trailing {@code .0} dropped, rates always 1 dp, dates as UTC {@code YYYY-MM-DD}, null as
 * the empty string.
 */
public final class Facts {
    private static final DateTimeFormatter UTC_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    private final String capability;
    private final List<String> facts = new ArrayList<>();

    private Facts(String capability) {
        this.capability = capability;
    }

    public static Facts of(String capability) {
        return new Facts(capability);
    }

    /** Adds {@code capability|k1|k2...=value}; the last key is the fact's name. */
    public Facts add(String value, Object... keys) {
        StringBuilder fact = new StringBuilder(capability);
        for (Object key : keys) {
            fact.append('|').append(key);
        }
        facts.add(fact.append('=').append(value == null ? "" : value).toString());
        return this;
    }

    public List<String> list() {
        return List.copyOf(facts);
    }

    /** Metric format: one decimal place, a trailing {@code .0} dropped ({@code 82.0 -> 82}); null is empty. */
    public static String metric(Double value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = new BigDecimal(value).setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = rounded.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** Rate format: always one decimal place ({@code 50.0}). */
    public static String rate(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A UTC date {@code YYYY-MM-DD}, or empty for null. */
    public static String utcDate(Instant instant) {
        return instant == null ? "" : UTC_DATE.format(instant);
    }
}
