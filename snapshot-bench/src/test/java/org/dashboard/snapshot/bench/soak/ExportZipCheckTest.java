package org.dashboard.snapshot.bench.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.dashboard.snapshot.bench.SectionFixture;
import org.junit.jupiter.api.Test;

class ExportZipCheckTest {
    private static final byte[] EXPORT = exportOf20Students();

    @Test
    void theServicesOwnExportIsSound() {
        ExportZipCheck.Verdict verdict = ExportZipCheck.check(EXPORT);
        assertEquals(Optional.empty(), verdict.problem());
        assertEquals(0, verdict.excluded());
    }

    @Test
    void anEntryWhoseBytesDifferFromTheManifestsDigestIsCorrupt() throws IOException {
        Map<String, byte[]> entries = entries(EXPORT);
        byte[] progress = entries.get("student_progress.csv");
        progress[progress.length - 3] ^= 1;
        assertProblem(zip(entries), "student_progress.csv has SHA-256");
    }

    @Test
    void aTruncatedZipIsCorrupt() {
        assertTrue(ExportZipCheck.check(Arrays.copyOf(EXPORT, EXPORT.length / 2)).problem().isPresent());
        assertTrue(ExportZipCheck.check(Arrays.copyOf(EXPORT, EXPORT.length - 10)).problem().isPresent());
    }

    @Test
    void bytesThatAreNoZipAreCorrupt() {
        assertProblem("{\"status\": 500}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "no entries");
    }

    @Test
    void aZipWithoutItsManifestOrWithTheManifestFirstIsCorrupt() throws IOException {
        Map<String, byte[]> entries = entries(EXPORT);
        byte[] manifest = entries.remove("manifest.json");
        assertProblem(zip(entries), "no manifest.json");
        Map<String, byte[]> manifestFirst = new LinkedHashMap<>();
        manifestFirst.put("manifest.json", manifest);
        manifestFirst.putAll(entries);
        assertProblem(zip(manifestFirst), "is not the last entry");
    }

    @Test
    void anEntryTheManifestDoesNotNameIsCorrupt() throws IOException {
        Map<String, byte[]> entries = entries(EXPORT);
        byte[] manifest = entries.remove("manifest.json");
        entries.put("extra.csv", new byte[] {'a'});
        entries.put("manifest.json", manifest);
        assertProblem(zip(entries), "entries the manifest does not name: [extra.csv]");
    }

    private static void assertProblem(byte[] zip, String expected) {
        Optional<String> problem = ExportZipCheck.check(zip).problem();
        assertTrue(problem.isPresent() && problem.get().contains(expected), "expected '" + expected + "', got "
                + problem);
    }

    private static byte[] exportOf20Students() {
        SectionFixture fixture = SectionFixture.of(20);
        return fixture.export.buildZip(fixture.bundle(), SectionFixture.EXPORT).value().zip();
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertTrue(entries.keySet().containsAll(List.of("student_progress.csv", "manifest.json")));
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
