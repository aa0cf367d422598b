package org.dashboard.snapshot.domain.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/** The key of an oracle, for example {@code oracle_instructor_grades}. Ordered by its text. */
public record OracleKey(String value) implements Comparable<OracleKey> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]{0,127}");

    public static final OracleKey PROGRESS_BINS = new OracleKey("oracle_instructor_progress_bins");
    public static final OracleKey PROGRESS_PROFICIENCY = new OracleKey("oracle_instructor_progress_proficiency");
    public static final OracleKey STUDENT_INFO = new OracleKey("oracle_instructor_student_info");
    public static final OracleKey SCOPE_RESOURCES = new OracleKey("oracle_instructor_scope_resources");
    public static final OracleKey GRADES = new OracleKey("oracle_instructor_grades");
    public static final OracleKey OBJECTIVES_PROFICIENCY = new OracleKey("oracle_instructor_objectives_proficiency");
    public static final OracleKey RECOMMENDATION = new OracleKey("oracle_instructor_recommendation");
    public static final OracleKey SCHEDULE_POSITION = new OracleKey("oracle_instructor_schedule_position");

    public OracleKey {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("oracle key must match " + FORM.pattern() + ", got '" + value + "'");
        }
    }

    public static OracleKey of(String value) {
        return new OracleKey(value);
    }

    /** Lower-case letters, digits and underscores, starting with a letter, at most 128 characters. */
    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(OracleKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
