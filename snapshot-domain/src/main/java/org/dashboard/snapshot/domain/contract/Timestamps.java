package org.dashboard.snapshot.domain.contract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * ISO-8601 timestamps on the wire: parsed leniently (no offset means UTC), written in UTC to the second.
 *
 * <p>Student rows carry one timestamp each, so both directions have a fast path for the common shapes
 * ({@code 2026-02-03T10:00:00Z}, with an optional fraction and an optional {@code ±hh:mm} offset; years 0000 to
 * 9999 when writing). Anything else goes through {@code java.time}'s ISO parser and formatter, which stay the
 * definition: the fast path only accepts what they accept, with the same result.
 */
public final class Timestamps {
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final long MAX_FOUR_DIGIT_YEAR_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z

    private Timestamps() {
    }

    public static Optional<Instant> parse(String text) {
        Instant fast = parseCommon(text);
        if (fast != null) {
            return Optional.of(fast);
        }
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
        long second = instant.getEpochSecond();
        if (second < -62_167_219_200L || second > MAX_FOUR_DIGIT_YEAR_SECOND) { // before 0000-01-01 or after 9999
            return UTC_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        char[] out = new char[20];
        digits(out, 0, t.getYear(), 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        out[19] = 'Z';
        return new String(out);
    }

    /**
     * {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}][Z|±hh:mm]}, or null for any other text (the ISO parser then decides).
     */
    static Instant parseCommon(String text) {
        int length = text.length();
        if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nano = 0;
        if (at < length && text.charAt(at) == '.') {
            int digits = 0;
            at++;
            while (at < length && digits < 10 && isDigit(text.charAt(at))) {
                nano = nano * 10 + (text.charAt(at) - '0');
                digits++;
                at++;
            }
            if (digits == 0 || digits > 9) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nano *= 10;
            }
        }
        int offsetSeconds;
        if (at == length) {
            offsetSeconds = 0;
        } else if (at + 1 == length && text.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at + 6 == length && (text.charAt(at) == '+' || text.charAt(at) == '-')
                && text.charAt(at + 3) == ':') {
            int hours = number(text, at + 1, 2);
            int minutes = number(text, at + 4, 2);
            if ((hours | minutes) < 0 || minutes > 59) {
                return null;
            }
            offsetSeconds = (text.charAt(at) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        try {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSeconds); // beyond ±18:00 throws
            return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The non-negative number of {@code count} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
