package org.dashboard.snapshot.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast paths of {@link Timestamps} agree with java.time's ISO parser and formatter, which define them. */
class TimestampsTest {

    /** What parsing meant before the fast path: ISO with an offset, else ISO local time read as UTC. */
    static Optional<Instant> isoParse(String text) {
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

    static String isoFormat(Instant instant) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC)
                .format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02-03T10:00:00Z, 2026-02-03T10:00:00Z",
            "2026-02-03T10:00:00, 2026-02-03T10:00:00Z",
            "2026-02-03T10:00:00.5Z, 2026-02-03T10:00:00.500Z",
            "2026-02-03T10:00:00.123456789Z, 2026-02-03T10:00:00.123456789Z",
            "2026-02-03T10:00:00+02:30, 2026-02-03T07:30:00Z",
            "2026-02-03T10:00:00-05:00, 2026-02-03T15:00:00Z",
            "2026-02-03T10:00:00.25-00:00, 2026-02-03T10:00:00.250Z",
            "2024-02-29T23:59:59+18:00, 2024-02-29T05:59:59Z",
            "0000-01-01T00:00:00Z, 0000-01-01T00:00:00Z"})
    void theCommonShapesParseOnTheFastPath(String text, String expected) {
        assertEquals(Instant.parse(expected), Timestamps.parseCommon(text));
        assertEquals(Optional.of(Instant.parse(expected)), Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-03t10:00:00Z", "2026-02-03T10:00:00z", "2026-02-03T10:00", "2026-02-03",
            "2026-02-30T10:00:00Z", "2026-13-03T10:00:00Z", "2026-02-03T24:00:00Z", "2026-02-03T10:60:00Z",
            "2026-02-03T10:00:60Z", "2026-02-03T10:00:00.Z", "2026-02-03T10:00:00.1234567890Z",
            "2026-02-03T10:00:00+1:00", "2026-02-03T10:00:00+01:75", "2026-02-03T10:00:00+19:00",
            "2026-02-03T10:00:00+01:00:30", "2026-02-03T10:00:00Zx", "+2026-02-03T10:00:00Z", "2026-02-03 10:00:00Z",
            "2026-0a-03T10:00:00Z", "２０２６-02-03T10:00:00Z", "2026-02-03T10:00:00+01:0a"})
    void otherShapesAreLeftToTheIsoParser(String text) {
        assertNull(Timestamps.parseCommon(text));
        assertEquals(isoParse(text), Timestamps.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"2026-02-04T16:25:18.999Z, 2026-02-04T16:25:18Z", "1970-01-01T00:00:00Z, 1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.5Z, 1969-12-31T23:59:59Z", "9999-12-31T23:59:59Z, 9999-12-31T23:59:59Z",
            "0000-01-01T00:00:00Z, 0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z, +10000-01-01T00:00:00Z",
            "-0001-12-31T23:59:59Z, -0001-12-31T23:59:59Z"})
    void formattingWritesUtcSeconds(String instant, String expected) {
        assertEquals(expected, Timestamps.format(Instant.parse(instant)));
        assertEquals(isoFormat(Instant.parse(instant)), Timestamps.format(Instant.parse(instant)));
    }

    @Property(tries = 3000)
    void formattingAgreesWithTheFormatter(@ForAll @LongRange(min = -70_000_000_000L, max = 260_000_000_000L)
                                          long second, @ForAll @LongRange(min = 0, max = 999_999_999) long nano) {
        Instant instant = Instant.ofEpochSecond(second, nano);
        assertEquals(isoFormat(instant), Timestamps.format(instant));
    }

    @Property(tries = 5000)
    void parsingAgreesWithTheIsoParser(@ForAll("timestampLike") String text) {
        assertEquals(isoParse(text), Timestamps.parse(text));
    }

    @Provide
    Arbitrary<String> timestampLike() {
        Arbitrary<String> month = field(1, 12);
        Arbitrary<String> day = field(1, 31);
        Arbitrary<String> hour = field(0, 23);
        Arbitrary<String> minute = field(0, 59);
        Arbitrary<String> year = Arbitraries.integers().between(0, 9999).map(n -> String.format("%04d", n));
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11)
                .map(digits -> "." + digits).injectNull(0.5).map(f -> f == null ? "" : f);
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("Z"),
                Combinators.combine(Arbitraries.of("+", "-"), field(0, 18), minute).as((s, h, m) -> s + h + ":" + m));
        return Combinators.combine(year, month, day, hour, minute, minute, fraction, offset)
                .as((y, mo, d, h, mi, s, f, o) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + s + f + o);
    }

    /** Two digits, mostly within [min, max], sometimes anything from 00 to 99. */
    private static Arbitrary<String> field(int min, int max) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(min, max)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 99)))
                .map(n -> String.format("%02d", n));
    }
}
