package org.dashboard.snapshot.projections.common;

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
        StringBuilder fact = new StringBuilder(64).append(capability);
        for (Object key : keys) {
            fact.append('|').append(key);
        }
        facts.add(fact.append('=').append(value == null ? "" : value).toString());
        return this;
    }

    /** Adds {@code capability|group|id|name=value}: the per-row form, without boxing the id. */
    public Facts add(String value, String group, long id, String name) {
        String text = value == null ? "" : value;
        facts.add(new StringBuilder(capability.length() + group.length() + name.length() + text.length() + 24)
                .append(capability).append('|').append(group).append('|').append(id).append('|').append(name)
                .append('=').append(text).toString());
        return this;
    }

    /** Adds an already complete fact. */
    public Facts addFact(String fact) {
        facts.add(fact);
        return this;
    }

    public List<String> list() {
        return List.copyOf(facts);
    }

    /** Metric format: one decimal place, a trailing {@code .0} dropped ({@code 82.0 -> 82}); null is empty. */
    public static String metric(Double value) {
        return value == null ? "" : Decimals.metricText(value);
    }

    /** Rate format: always one decimal place ({@code 50.0}). */
    public static String rate(double value) {
        return Decimals.rateText(value);
    }

    /** A UTC date {@code YYYY-MM-DD}, or empty for null. */
    public static String utcDate(Instant instant) {
        return instant == null ? "" : UTC_DATE.format(instant);
    }
}
