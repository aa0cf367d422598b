package org.dashboard.snapshot.projections.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.InvalidParameters;
import org.dashboard.snapshot.projections.common.Parameters;

/**
 * The effective {@code parameters.student_support} block and the rules it drives (DOMAIN.md 3.3). Serialised as
 * the body's {@code parameters} object, in component order. The thresholds apply to values already rounded to one
 * decimal place.
 *
 * @param inactivityDays days without interaction after which a student is inactive (1..365)
 * @param strugglingProgressLowLt progress strictly below this is low (0..100)
 * @param strugglingProficiencyLte proficiency at or below this can be struggling (0..100)
 * @param excellingProgressGte progress at or above this can be excelling; strictly above it is "high" (0..100)
 * @param excellingProficiencyGte proficiency at or above this can be excelling (0..100)
 */
public record SupportParameters(int inactivityDays, int strugglingProgressLowLt, int strugglingProficiencyLte,
                                int excellingProgressGte, int excellingProficiencyGte) {
    public static final String INACTIVITY_DAYS = "inactivity_days";
    public static final String STRUGGLING_PROGRESS_LOW_LT = "struggling_progress_low_lt";
    public static final String STRUGGLING_PROFICIENCY_LTE = "struggling_proficiency_lte";
    public static final String EXCELLING_PROGRESS_GTE = "excelling_progress_gte";
    public static final String EXCELLING_PROFICIENCY_GTE = "excelling_proficiency_gte";

    /** The defaults: 7 days, struggling below 40 % progress or at most 40 % proficiency, excelling from 80 %. */
    public static final SupportParameters DEFAULTS = new SupportParameters(7, 40, 40, 80, 80);

    private static final Set<String> FIELDS = Set.of(INACTIVITY_DAYS, STRUGGLING_PROGRESS_LOW_LT,
            STRUGGLING_PROFICIENCY_LTE, EXCELLING_PROGRESS_GTE, EXCELLING_PROFICIENCY_GTE);

    public SupportParameters {
        check(INACTIVITY_DAYS, inactivityDays, 1, 365);
        check(STRUGGLING_PROGRESS_LOW_LT, strugglingProgressLowLt, 0, 100);
        check(STRUGGLING_PROFICIENCY_LTE, strugglingProficiencyLte, 0, 100);
        check(EXCELLING_PROGRESS_GTE, excellingProgressGte, 0, 100);
        check(EXCELLING_PROFICIENCY_GTE, excellingProficiencyGte, 0, 100);
        if (strugglingProgressLowLt >= excellingProgressGte) {
            throw new IllegalArgumentException(STRUGGLING_PROGRESS_LOW_LT + " must be below " + EXCELLING_PROGRESS_GTE
                    + ", got " + strugglingProgressLowLt + " and " + excellingProgressGte);
        }
        if (strugglingProficiencyLte >= excellingProficiencyGte) {
            throw new IllegalArgumentException(STRUGGLING_PROFICIENCY_LTE + " must be below "
                    + EXCELLING_PROFICIENCY_GTE + ", got " + strugglingProficiencyLte + " and "
                    + excellingProficiencyGte);
        }
    }

    /**
     * Validates a requested {@code parameters.student_support} block and returns the effective block (every
     * field, defaults applied, in the documented order). Unknown fields, non-integers, values out of range and
     * overlapping thresholds are refused; for overlapping thresholds the refused field is the one the request set
     * (the struggling one when it set both).
     *
     * @throws InvalidParameters naming the field (relative to the block) and value
     */
    public static JsonObject validate(JsonObject requested) {
        Parameters parameters = Parameters.of(requested, FIELDS);
        parameters.integer(INACTIVITY_DAYS, DEFAULTS.inactivityDays, 1, 365);
        long progressLow = parameters.integer(STRUGGLING_PROGRESS_LOW_LT, DEFAULTS.strugglingProgressLowLt, 0, 100);
        long proficiencyLow = parameters.integer(STRUGGLING_PROFICIENCY_LTE, DEFAULTS.strugglingProficiencyLte, 0,
                100);
        long progressHigh = parameters.integer(EXCELLING_PROGRESS_GTE, DEFAULTS.excellingProgressGte, 0, 100);
        long proficiencyHigh = parameters.integer(EXCELLING_PROFICIENCY_GTE, DEFAULTS.excellingProficiencyGte, 0,
                100);
        if (progressLow >= progressHigh) {
            throw overlap(parameters, requested, STRUGGLING_PROGRESS_LOW_LT, EXCELLING_PROGRESS_GTE);
        }
        if (proficiencyLow >= proficiencyHigh) {
            throw overlap(parameters, requested, STRUGGLING_PROFICIENCY_LTE, EXCELLING_PROFICIENCY_GTE);
        }
        return parameters.effective();
    }

    private static InvalidParameters overlap(Parameters parameters, JsonObject requested, String low, String high) {
        boolean onlyHighRequested = isSet(requested, high) && !isSet(requested, low);
        String field = onlyHighRequested ? high : low;
        return parameters.invalid(field, low + " must be less than " + high);
    }

    private static boolean isSet(JsonObject requested, String field) {
        return !requested.getOrNull(field).isNull();
    }

    /** The parameters of an effective block (as returned by {@link #validate}); absent fields take defaults. */
    public static SupportParameters of(JsonObject effective) {
        return new SupportParameters(
                (int) Parameters.read(effective, INACTIVITY_DAYS, DEFAULTS.inactivityDays),
                (int) Parameters.read(effective, STRUGGLING_PROGRESS_LOW_LT, DEFAULTS.strugglingProgressLowLt),
                (int) Parameters.read(effective, STRUGGLING_PROFICIENCY_LTE, DEFAULTS.strugglingProficiencyLte),
                (int) Parameters.read(effective, EXCELLING_PROGRESS_GTE, DEFAULTS.excellingProgressGte),
                (int) Parameters.read(effective, EXCELLING_PROFICIENCY_GTE, DEFAULTS.excellingProficiencyGte));
    }

    /**
     * The bucket of a student from the rounded (1 dp) progress and proficiency percentages: not enough
     * information when either is null; else the first match of excelling, struggling, on track.
     */
    public SupportBucket bucket(Double progress, Double proficiency) {
        if (progress == null || proficiency == null) {
            return SupportBucket.NOT_ENOUGH_INFORMATION;
        }
        double p = progress;
        double q = proficiency;
        if (p >= excellingProgressGte && q >= excellingProficiencyGte) {
            return SupportBucket.EXCELLING;
        }
        if ((p < strugglingProgressLowLt || p > excellingProgressGte) && q <= strugglingProficiencyLte) {
            return SupportBucket.STRUGGLING;
        }
        return SupportBucket.ON_TRACK;
    }

    /**
     * True when the student is inactive: no interaction at all, or the last one strictly more than
     * {@code inactivityDays} x 24 h before {@code now} (exactly that long ago is still active).
     */
    public boolean inactive(Instant lastInteractionAt, Instant now) {
        return lastInteractionAt == null
                || lastInteractionAt.isBefore(now.minus(Duration.ofHours(24L * inactivityDays)));
    }

    private static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
