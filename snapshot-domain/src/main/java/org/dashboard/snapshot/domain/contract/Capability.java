package org.dashboard.snapshot.domain.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/** The key of a dashboard capability (one projection), for example {@code student_support}. */
public record Capability(String key) implements Comparable<Capability> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public Capability {
        Objects.requireNonNull(key, "key");
        if (!FORM.matcher(key).matches()) {
            throw new IllegalArgumentException("capability key must match " + FORM.pattern() + ", got '" + key + "'");
        }
    }

    public static Capability of(String key) {
        return new Capability(key);
    }

    public static boolean isValid(String key) {
        return key != null && FORM.matcher(key).matches();
    }

    @Override
    public int compareTo(Capability other) {
        return key.compareTo(other.key);
    }

    @Override
    public String toString() {
        return key;
    }
}
