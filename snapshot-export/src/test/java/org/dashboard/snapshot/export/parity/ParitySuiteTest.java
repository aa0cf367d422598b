package org.dashboard.snapshot.export.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.sample.SampleSection;
import org.dashboard.snapshot.domain.sample.SampleSections;
import org.dashboard.snapshot.export.CsvExport;
import org.dashboard.snapshot.export.ExportArchive;
import org.dashboard.snapshot.export.fixtures.Bundles;
import org.dashboard.snapshot.export.fixtures.GoldenSection;
import org.dashboard.snapshot.export.fixtures.Zips;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parity suite over hand-written fixtures and the built-in sample sections: every CSV parsed back equals the
 * projections it came from, with zero mismatches (NFR-COR-001).
 */
class ParitySuiteTest {
    private static final ExportRequest AI = ExportRequest.defaults().withProfile("with_optional_ai");

    static List<CsvParity.Mismatch> export(Snapshot bundle, ExportRequest request) {
        ExportArchive archive = CsvExport.standard().buildZip(bundle, request).value();
        return CsvParity.check(bundle, request, archive);
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("golden", GoldenSection.fixtures().bundle(), AI),
                Arguments.of("golden, request overrides", GoldenSection.fixtures().bundle(), AI
                        .withCourseName("Other").withDashboardScopeLabel("Label").withCourseSection("S")),
                Arguments.of("golden, container scope and thresholds", GoldenSection.fixtures()
                        .scope(Scope.container(101))
                        .parameters("{'progress': {'completion_threshold': 30}, 'student_support':"
                                + " {'struggling_progress_low_lt': 60, 'excelling_proficiency_gte': 50}}").bundle(), AI),
                Arguments.of("golden, course titled Course", GoldenSection.fixtures()
                        .ok(OracleKey.SCOPE_RESOURCES, "{'course_title': 'Course', 'scope_label': 'Mine', 'items': []}")
                        .bundle(), AI),
                Arguments.of("golden, partial summary and progress", GoldenSection.fixtures()
                        .error(OracleKey.RECOMMENDATION, "timeout").error(OracleKey.SCHEDULE_POSITION, "boom")
                        .bundle(), AI),
                Arguments.of("golden, no students", GoldenSection.fixtures()
                        .ok(OracleKey.STUDENT_INFO, "[]").ok(OracleKey.PROGRESS_PROFICIENCY, "[]").bundle(), AI),
                Arguments.of("golden, assessments excluded", Bundles.withStatus(GoldenSection.fixtures().bundle(),
                        Capability.of("assessments"), Bundles.Status.FAILED), AI.withAllowPartial(true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theCsvsSayExactlyWhatTheProjectionsSay(String name, Snapshot bundle, ExportRequest request) {
        assertEquals(List.of(), export(bundle, request));
    }

    @Test
    void theSuiteSeesAChangedCell() {
        Snapshot bundle = GoldenSection.fixtures().bundle();
        ExportArchive archive = CsvExport.standard().buildZip(bundle, AI).value();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(Zips.entries(archive.zip()));
        String progress = new String(files.get("student_progress.csv"), java.nio.charset.StandardCharsets.UTF_8);
        files.put("student_progress.csv", progress.replace(",6,75.0", ",6,75.1")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<Capability, Set<String>> facts = CsvParity.factsOf(files, AI);
        Set<String> expected = CsvParity.expectedFacts(bundle.projections().get(Capability.of("progress")), AI);
        assertFalse(expected.equals(facts.get(Capability.of("progress"))));
        assertEquals(Set.of("progress|0|completion_rate=75.1"),
                difference(facts.get(Capability.of("progress")), expected));
    }

    @Test
    void theSuiteReportsATamperedArchiveAndAWrongFingerprint() throws java.io.IOException {
        Snapshot bundle = GoldenSection.fixtures().bundle();
        ExportArchive archive = CsvExport.standard().buildZip(bundle, AI).value();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : Zips.entries(archive.zip()).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                byte[] content = file.getValue();
                if (file.getKey().equals("student_support_list.csv")) {
                    content = new String(content, java.nio.charset.StandardCharsets.UTF_8)
                            .replace("6,'@At Sign,0,0,struggling,False", "6,'@At Sign,0,0,struggling,True")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.write(content);
            }
        }
        ExportArchive tampered = new ExportArchive(bytes.toByteArray(), archive.manifest(), archive.filename());
        assertEquals(List.of(new CsvParity.Mismatch(Capability.of("student_support"),
                Set.of("student_support|student|6|inactive=False"), Set.of("student_support|student|6|inactive=True"))),
                CsvParity.check(bundle, AI, tampered));

        java.util.SortedMap<Capability, String> parity = new java.util.TreeMap<>(archive.manifest().parity());
        parity.put(Capability.of("progress"), "0000");
        org.dashboard.snapshot.export.Manifest manifest = archive.manifest();
        ExportArchive wrongFingerprint = new ExportArchive(archive.zip(), new org.dashboard.snapshot.export.Manifest(
                manifest.exportProfile(), manifest.generatedAt(), manifest.requestToken(), manifest.snapshotVersion(),
                manifest.projectionVersion(), manifest.scope(), manifest.datasets(), parity), archive.filename());
        assertEquals(List.of(new CsvParity.Mismatch(Capability.of("progress"), Set.of("fingerprint 0000"), Set.of())),
                CsvParity.check(bundle, AI, wrongFingerprint));
        assertEquals(6, archive.manifest().parity().size());
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    @Test
    void unguardingUndoesTheGuardOnly() {
        assertEquals("=x", CsvParity.unguarded("'=x"));
        assertEquals("\uFEFF -x", CsvParity.unguarded("'\uFEFF -x"));
        assertEquals("'x", CsvParity.unguarded("'x"));
        assertEquals("plain", CsvParity.unguarded("plain"));
    }

    static Stream<Arguments> sampleScopes() {
        return SampleSections.standardSectionIds().stream().limit(3).flatMap(id -> {
            SampleSection section = SampleSections.standard(id);
            return section.scopes().stream().limit(4).map(scope -> Arguments.of(id, scope));
        });
    }

    @ParameterizedTest(name = "section {0}, {1}")
    @MethodSource("sampleScopes")
    void theBuiltInSampleSectionsHaveNoMismatches(long sectionId, Scope scope) {
        SampleSection section = SampleSections.standard(sectionId);
        Snapshot bundle = Samples.bundle(section, scope, "{'timezone': 'America/Sao_Paulo'}");
        assertEquals(List.of(), export(bundle, AI));
        byte[] first = CsvExport.standard().buildZip(bundle, AI).value().zip();
        assertArrayEquals(first, CsvExport.standard().buildZip(Samples.bundle(section, scope,
                "{'timezone': 'America/Sao_Paulo'}"), AI).value().zip());
    }

    @Test
    void anExportNeedsNoPortOnlyTheBundle() {
        SnapshotFixtures fixtures = GoldenSection.fixtures();
        Snapshot bundle = fixtures.bundle();
        ExportArchive archive = new CsvExport(org.dashboard.snapshot.export.dataset.DatasetRegistry.standard())
                .buildZip(bundle, AI).value();
        assertEquals(10, Zips.entries(archive.zip()).size());
        for (Class<?> type : List.of(CsvExport.class, org.dashboard.snapshot.export.dataset.DatasetRegistry.class)) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                assertFalse(field.getType().getName().contains(".domain.port."), field.toString());
                assertFalse(field.getType().getName().contains(".domain.service."), field.toString());
            }
            for (java.lang.reflect.Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    assertFalse(parameter.getName().contains(".domain.port."), constructor.toString());
                }
            }
        }
    }
}
