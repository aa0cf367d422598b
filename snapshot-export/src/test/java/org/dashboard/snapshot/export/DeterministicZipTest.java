package org.dashboard.snapshot.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.export.fixtures.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeterministicZipTest {
    private static final DeterministicZip.Entry A = new DeterministicZip.Entry("a.csv",
            "x,y\r\n".getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-02-04T16:25:18Z, 2026-02-04T16:25:18",
        "2026-02-04T16:25:18.999Z, 2026-02-04T16:25:18",
        "1980-01-01T00:00:02Z, 1980-01-01T00:00:02",
        "1980-01-01T00:00:03Z, 1980-01-01T00:00:03",
        "1980-01-01T00:00:00Z, 1980-01-01T00:00:02",
        "1979-12-31T23:59:59Z, 1980-01-01T00:00:02",
        "1970-01-01T00:00:00Z, 1980-01-01T00:00:02",
        "2107-12-31T23:59:58Z, 2107-12-31T23:59:58",
        "2107-12-31T23:59:59Z, 2107-12-31T23:59:58",
        "2200-01-01T00:00:00Z, 2107-12-31T23:59:58",
    })
    void entryTimesAreUtcWholeSecondsWithinTheMsDosRange(String instant, String expected) {
        assertEquals(LocalDateTime.parse(expected), DeterministicZip.entryTime(Instant.parse(instant)));
    }

    @Test
    void outOfRangeTimesAddNoExtraField() {
        for (String instant : List.of("1970-01-01T00:00:00Z", "1980-01-01T00:00:00Z", "2200-01-01T00:00:00Z")) {
            byte[] zip = DeterministicZip.write(List.of(A), Instant.parse(instant)).value();
            for (Zips.RawHeader header : Zips.rawHeaders(zip)) {
                assertEquals(0, header.extraLength());
            }
            ZipEntry entry = Zips.zipEntries(zip).get(0);
            assertEquals(null, entry.getExtra());
        }
    }

    @Test
    void theSameEntriesAndInstantGiveTheSameBytes() {
        Instant time = Instant.parse("2026-02-04T16:25:18Z");
        byte[] first = DeterministicZip.write(List.of(A), time).value();
        assertArrayEquals(first, DeterministicZip.write(List.of(A), time).value());
        assertFalse(java.util.Arrays.equals(first,
                DeterministicZip.write(List.of(A), Instant.parse("2026-02-04T16:25:20Z")).value()));
    }

    @Test
    void aDuplicateEntryIsAZipBuildFailure() {
        Outcome<byte[]> outcome = DeterministicZip.write(List.of(A, A), Instant.parse("2026-02-04T16:25:18Z"));
        Rejection rejection = outcome.rejection();
        assertEquals(ExportReason.ZIP_BUILD_FAILED, rejection.reasonCode());
        assertEquals("the ZIP archive could not be written: java.util.zip.ZipException: duplicate entry: a.csv",
                rejection.message());
        assertEquals("{\"error\":\"java.util.zip.ZipException: duplicate entry: a.csv\"}",
                JsonText.write(rejection.details()));
    }

    @Test
    void anEntryNeedsANameAndBytes() {
        assertThrows(NullPointerException.class, () -> new DeterministicZip.Entry(null, new byte[0]));
        assertThrows(NullPointerException.class, () -> new DeterministicZip.Entry("a", null));
    }
}
