package org.dashboard.snapshot.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dashboard.snapshot.export.Manifest;

/**
 * Whether an export answer is a sound ZIP: it opens with {@link ZipInputStream} (every entry's CRC checked while it
 * is read), its end-of-central-directory record counts as many entries as were read, {@value Manifest#FILENAME}
 * is its last entry, every dataset the manifest calls {@code included} is an entry whose SHA-256 is the manifest's
 * {@code sha256}, no {@code excluded} dataset is an entry, and no entry is left unnamed by the manifest.
 */
final class ExportZipCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** End-of-central-directory signature, little-endian, and the record's fixed size. */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;

    private ExportZipCheck() {
    }

    /**
     * What the check found.
     *
     * @param problem empty when the ZIP is sound; otherwise what is wrong with it, in a sentence
     * @param excluded the datasets a sound ZIP's manifest records as left out (a partial export)
     */
    record Verdict(Optional<String> problem, int excluded) {
        static Verdict broken(String problem) {
            return new Verdict(Optional.of(problem), 0);
        }
    }

    /** Checks one export answer's bytes. */
    static Verdict check(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String last = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.put(entry.getName(), in.readAllBytes()) != null) {
                    return Verdict.broken("entry " + entry.getName() + " appears twice");
                }
                last = entry.getName();
            }
        } catch (IOException unreadable) {
            return Verdict.broken("does not open: " + unreadable);
        }
        if (entries.isEmpty()) {
            return Verdict.broken("no entries (" + zip.length + " bytes)");
        }
        int listed = centralDirectoryEntries(zip);
        if (listed != entries.size()) {
            return Verdict.broken("the central directory lists " + (listed < 0 ? "nothing" : listed) + " entries, "
                    + entries.size() + " were read");
        }
        byte[] manifestBytes = entries.remove(Manifest.FILENAME);
        if (manifestBytes == null) {
            return Verdict.broken("no " + Manifest.FILENAME);
        }
        if (!Manifest.FILENAME.equals(last)) {
            return Verdict.broken(Manifest.FILENAME + " is not the last entry");
        }
        JsonNode datasets;
        try {
            datasets = JSON.readTree(manifestBytes).path("datasets");
        } catch (IOException malformed) {
            return Verdict.broken(Manifest.FILENAME + " is not JSON: " + malformed.getMessage());
        }
        if (!datasets.isArray()) {
            return Verdict.broken(Manifest.FILENAME + " has no datasets list");
        }
        int excluded = 0;
        for (JsonNode dataset : datasets) {
            String filename = dataset.path("filename").asText();
            byte[] bytes = entries.remove(filename);
            String status = dataset.path("status").asText();
            if (status.equals("included")) {
                if (bytes == null) {
                    return Verdict.broken("included dataset " + filename + " is not in the ZIP");
                }
                String digest = sha256(bytes);
                if (!digest.equals(dataset.path("sha256").asText())) {
                    return Verdict.broken(filename + " has SHA-256 " + digest + ", the manifest says "
                            + dataset.path("sha256").asText());
                }
            } else if (bytes != null) {
                return Verdict.broken(status + " dataset " + filename + " is in the ZIP");
            } else {
                excluded++;
            }
        }
        if (!entries.isEmpty()) {
            return Verdict.broken("entries the manifest does not name: " + entries.keySet());
        }
        return new Verdict(Optional.empty(), excluded);
    }

    /** The entry count of the end-of-central-directory record (searched back from the end), or -1 if none. */
    private static int centralDirectoryEntries(byte[] zip) {
        int at = endRecord(zip);
        return at < 0 ? -1 : ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).getShort(at + 10) & 0xffff;
    }

    private static int endRecord(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = zip.length - END_SIZE; at >= 0 && at >= zip.length - END_SIZE - 0xffff; at--) {
            if (buffer.getInt(at) == END_SIGNATURE) {
                return at;
            }
        }
        return -1;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
