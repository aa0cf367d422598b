package org.dashboard.snapshot.export.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "metric {0} -> {1}")
    @CsvSource({
        "82.0, 82",
        "82.4, 82.4",
        "82.45, 82.5",
        "82.44, 82.4",
        "0.05, 0.1",
        "0.25, 0.3",
        "0.04, 0",
        "0.0, 0",
        "-0.0, 0",
        "100.0, 100",
        "99.96, 100",
        "53.5, 53.5",
        "7, 7",
        "1234567.0, 1234567",
    })
    void metricsHaveOneDecimalPlaceWithoutATrailingZero(double value, String expected) {
        assertEquals(expected, CsvCells.metric(value));
    }

    @Test
    void aNullMetricIsEmpty() {
        assertEquals("", CsvCells.metric((Double) null));
    }

    @ParameterizedTest(name = "metric {0} -> {1}")
    @CsvSource({"40, 40", "40.5, 40.5", "40.25, 40.3", "40.24, 40.2", "100.00, 100", "0, 0"})
    void exactDecimalsUseTheMetricFormat(String value, String expected) {
        assertEquals(expected, CsvCells.metric(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "rate {0} -> {1}")
    @CsvSource({
        "50.0, 50.0",
        "50, 50.0",
        "33.333, 33.3",
        "0.0, 0.0",
        "-0.0, 0.0",
        "12.25, 12.3",
        "99.95, 100.0",
        "100, 100.0",
        "66.66666, 66.7",
    })
    void ratesAlwaysHaveOneDecimalPlace(double value, String expected) {
        assertEquals(expected, CsvCells.rate(value));
    }

    @Test
    void nonFiniteNumbersAreBugs() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> CsvCells.rate(Double.NaN));
        assertEquals("a CSV number is finite, got NaN", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvCells.metric(Double.POSITIVE_INFINITY));
    }

    @Test
    void integersAndBooleans() {
        assertEquals("0", CsvCells.integer(0));
        assertEquals("1234567890123", CsvCells.integer(1234567890123L));
        assertEquals("True", CsvCells.bool(true));
        assertEquals("False", CsvCells.bool(false));
    }

    @Test
    void datesAreUtcDatesNotShifted() {
        assertEquals("2026-02-07", CsvCells.utcDate(Instant.parse("2026-02-07T23:30:00Z")));
        assertEquals("2026-02-07", CsvCells.utcDate(Instant.parse("2026-02-07T00:00:00Z")));
        assertEquals("", CsvCells.utcDate(null));
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
        "2026-02-04T16:25:18Z, America/New_York, 2026-02-04 11:25:18 -05:00",
        "2026-07-04T16:25:18Z, America/New_York, 2026-07-04 12:25:18 -04:00",
        "2026-02-04T16:25:18Z, Etc/UTC, 2026-02-04 16:25:18 +00:00",
        "2026-02-04T16:25:18Z, Europe/London, 2026-02-04 16:25:18 +00:00",
        "2026-02-04T16:25:18Z, America/Sao_Paulo, 2026-02-04 13:25:18 -03:00",
        "2026-02-04T16:25:18Z, Asia/Kolkata, 2026-02-04 21:55:18 +05:30",
        "2026-02-04T16:25:18Z, Asia/Kathmandu, 2026-02-04 22:10:18 +05:45",
        "2026-02-05T02:00:00Z, America/New_York, 2026-02-04 21:00:00 -05:00",
        "1960-01-01T00:00:00Z, Africa/Monrovia, 1959-12-31 23:15:30 -00:44:30",
    })
    void localTimestampsCarryTheExactOffset(String instant, String zone, String expected) {
        assertEquals(expected, CsvCells.localTimestamp(Instant.parse(instant), ZoneId.of(zone)));
    }
}
