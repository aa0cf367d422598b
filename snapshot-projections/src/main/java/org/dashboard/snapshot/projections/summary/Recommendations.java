package org.dashboard.snapshot.projections.summary;

import java.util.Locale;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonString;
import org.dashboard.snapshot.domain.projection.Payload;
import org.dashboard.snapshot.projections.summary.SummaryBody.Recommendation;

/**
 * Maps the payload of {@code oracle_instructor_recommendation}, {@code {id, status | state, body | message | text}},
 * to the summary's {@link Recommendation} (DOMAIN.md 3.1).
 *
 * <p>A null payload gives {@link Recommendation#UNAVAILABLE}. Otherwise the payload must be an object;
 * {@code status}/{@code state} and {@code body}/{@code message}/{@code text} are read in that order, each a string
 * or null, a null, absent or blank value falling through to the next one. The id is never invalid: a positive
 * integer or a non-empty string is kept (as a string), anything else gives null.
 */
public final class Recommendations {
    /** Status of a ready recommendation. */
    public static final String READY = "ready";
    /** Status while the recommendation is being generated. */
    public static final String THINKING = "thinking";
    /** Status when no recommendation is available. */
    public static final String UNAVAILABLE = "unavailable";
    /** Status when the course has just begun and there is no signal yet. */
    public static final String BEGINNING_COURSE = "beginning_course";

    private Recommendations() {
    }

    /** Reads a ready oracle's payload. */
    public static Recommendation read(Payload payload) {
        if (payload.isNull()) {
            return Recommendation.UNAVAILABLE;
        }
        payload.requireObject();
        String id = recommendationId(payload.field("id").raw());
        String status = status(firstText(payload, "status", "state"));
        String body = firstText(payload, "body", "message", "text");
        return new Recommendation(status, id, body);
    }

    /**
     * The wire status for a payload status (trimmed, lower-cased): {@code ready}, {@code thinking},
     * {@code unavailable} and {@code beginning_course} are kept; {@code generating} -> thinking, {@code no_signal}
     * -> beginning_course, {@code fallback} -> ready, {@code expired} -> unavailable; anything else, and null,
     * -> ready.
     */
    public static String status(String raw) {
        if (raw == null) {
            return READY;
        }
        switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case THINKING:
            case "generating":
                return THINKING;
            case UNAVAILABLE:
            case "expired":
                return UNAVAILABLE;
            case BEGINNING_COURSE:
            case "no_signal":
                return BEGINNING_COURSE;
            default:
                return READY;
        }
    }

    /** The id as a string when it is a positive integer or a non-empty string, else null. */
    public static String recommendationId(JsonValue id) {
        if (id instanceof JsonString text) {
            return text.value().isEmpty() ? null : text.value();
        }
        if (id instanceof JsonNumber number && number.isWhole() && number.value().signum() > 0) {
            return number.value().toBigInteger().toString();
        }
        return null;
    }

    private static String firstText(Payload payload, String... names) {
        for (String name : names) {
            String text = payload.field(name).optionalString().orElse(null);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }
}
