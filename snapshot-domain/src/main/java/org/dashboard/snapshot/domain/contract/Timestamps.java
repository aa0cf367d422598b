package org.dashboard.snapshot.domain.contract;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** ISO-8601 timestamps on the wire: parsed leniently (no offset means UTC), written in UTC to the second. */
public final class Timestamps {
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notATimestamp) {
                return Optional.empty();
            }
        }
    }

    /** {@code 2026-02-03T10:00:00Z}: UTC, second precision. */
    public static String format(Instant instant) {
        return UTC_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
