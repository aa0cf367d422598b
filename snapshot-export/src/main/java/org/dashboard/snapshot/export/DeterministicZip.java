package org.dashboard.snapshot.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * Writes a ZIP whose bytes depend only on its entries and one instant: every entry's time is that instant as a
 * UTC local date-time ({@link ZipEntry#setTimeLocal}, which stores an MS-DOS time and no extra field), a fixed
 * compression level, no comments, no extra fields. MS-DOS times cover 1980-01-01 to 2107-12-31; an instant
 * outside (or at 1980-01-01T00:00:00, the JDK's marker for "before 1980") is clamped to that range, because outside it the JDK would add an extended-timestamp field computed in
 * the machine's time zone.
 */
final class DeterministicZip {
    /** 1980-01-01T00:00:00 itself is the JDK's "before 1980" marker, which would add an extra field. */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    /** One file of the archive. */
    record Entry(String name, byte[] bytes) {
        Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private DeterministicZip() {
    }

    /** The archive of the entries in the given order, or {@code zip_build_failed} (for example a duplicate name). */
    static Outcome<byte[]> write(List<Entry> entries, Instant time) {
        LocalDateTime entryTime = entryTime(time);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                zipEntry.setTimeLocal(entryTime);
                zip.putNextEntry(zipEntry);
                zip.write(entry.bytes());
                zip.closeEntry();
            }
        } catch (IOException failure) {
            String error = failure.getClass().getName() + ": " + failure.getMessage();
            return Outcome.rejected(Rejection.of(ExportReason.ZIP_BUILD_FAILED, "the ZIP archive could not be written: "
                    + error, new JsonObject(Map.of("error", JsonValue.of(error)))));
        }
        return Outcome.accepted(bytes.toByteArray());
    }

    /** The instant as a UTC local date-time, whole seconds, clamped to the MS-DOS range. */
    static LocalDateTime entryTime(Instant time) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        if (local.isBefore(EARLIEST)) {
            return EARLIEST;
        }
        return local.isAfter(LATEST) ? LATEST : local;
    }
}
