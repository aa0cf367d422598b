package org.dashboard.snapshot.export;

import static org.dashboard.snapshot.export.fixtures.TestBundle.bundle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.projection.ParityFingerprint;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.dataset.DatasetPolicy;
import org.dashboard.snapshot.export.dataset.DatasetRegistry;
import org.dashboard.snapshot.export.dataset.DatasetSerializer;
import org.dashboard.snapshot.export.dataset.DatasetSpec;
import org.dashboard.snapshot.export.fixtures.TestBundle;
import org.dashboard.snapshot.export.fixtures.TestBundle.FakeBody;
import org.dashboard.snapshot.export.fixtures.Zips;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.junit.jupiter.api.Test;

/** The export machinery over a small registry of fake datasets whose rows are their projections' facts. */
class CsvExportTest {
    private static final ExportRequest REQUEST = ExportRequest.defaults().withProfile("p");

    /** Renders the facts of the required projections, one per row. */
    static DatasetSerializer factsOf(String... capabilities) {
        return (bundle, request) -> {
            List<List<String>> rows = new ArrayList<>();
            for (String capability : capabilities) {
                for (String fact : bundle.projections().get(Capability.of(capability)).body().parityFacts()) {
                    rows.add(List.of(capability, fact));
                }
            }
            return CsvTable.of(List.of("capability", "fact"), rows);
        };
    }

    static DatasetSpec dataset(String id, DatasetPolicy policy, DatasetSerializer serializer, String... required) {
        return DatasetSpec.of(id, java.util.Arrays.stream(required).map(Capability::of).toList(), policy, serializer);
    }

    static CsvExport export(DatasetSpec... datasets) {
        return new CsvExport(DatasetRegistry.of(Map.of("p", List.of(datasets))));
    }

    /** alpha (fail-closed, requires alpha), beta (allow partial, requires beta). */
    static CsvExport alphaBeta() {
        return export(dataset("alpha", DatasetPolicy.FAIL_CLOSED, factsOf("alpha"), "alpha"),
                dataset("beta", DatasetPolicy.ALLOW_PARTIAL_WITH_MANIFEST, factsOf("beta"), "beta"));
    }

    static FakeBody facts(String... facts) {
        return new FakeBody(List.of(facts));
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(ParityFingerprint.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesTheIncludedCsvsInRegistryOrderThenTheManifest() {
        Snapshot snapshot = bundle().ready("beta", facts("b|1")).ready("alpha", facts("a|2", "a|1")).build();
        ExportArchive archive = alphaBeta().buildZip(snapshot, REQUEST).value();
        Map<String, String> texts = Zips.texts(archive.zip());
        assertEquals(List.of("alpha.csv", "beta.csv", "manifest.json"), new ArrayList<>(texts.keySet()));
        assertEquals("capability,fact\r\nalpha,a|2\r\nalpha,a|1\r\n", texts.get("alpha.csv"));
        assertEquals("capability,fact\r\nbeta,b|1\r\n", texts.get("beta.csv"));
        assertEquals(new String(archive.manifest().toJson(), StandardCharsets.UTF_8), texts.get("manifest.json"));
    }

    @Test
    void theManifestListsEveryDatasetWithItsDigestAndTheParityFingerprints() {
        Snapshot snapshot = bundle().scope(Scope.container(1001)).token("dash-7")
                .ready("alpha", facts("a|1")).fingerprint("alpha", "f-alpha")
                .partial("beta", facts("b|1")).build();
        ExportArchive archive = alphaBeta().buildZip(snapshot, REQUEST).value();
        String alphaCsv = "capability,fact\r\nalpha,a|1\r\n";
        String betaCsv = "capability,fact\r\nbeta,b|1\r\n";
        String expected = "{\"export_profile\":\"p\",\"generated_at\":\"2026-02-04T16:25:18Z\","
                + "\"request_token\":\"dash-7\",\"snapshot_version\":1,\"projection_version\":1,"
                + "\"scope\":{\"container_type\":\"container\",\"container_id\":1001},\"datasets\":["
                + "{\"dataset_id\":\"alpha\",\"filename\":\"alpha.csv\",\"status\":\"included\","
                + "\"projection_state\":\"ready\",\"reason_code\":null,\"row_count\":1,\"sha256\":\""
                + sha256(alphaCsv) + "\"},"
                + "{\"dataset_id\":\"beta\",\"filename\":\"beta.csv\",\"status\":\"included\","
                + "\"projection_state\":\"partial\",\"reason_code\":null,\"row_count\":1,\"sha256\":\""
                + sha256(betaCsv) + "\"}],"
                + "\"parity\":{\"alpha\":\"f-alpha\",\"beta\":\"" + ParityFingerprint.of(List.of("b|1")) + "\"}}";
        assertEquals(expected, new String(archive.manifest().toJson(), StandardCharsets.UTF_8));
        assertEquals(expected, Zips.texts(archive.zip()).get("manifest.json"));
    }

    @Test
    void excludedDatasetsHaveAReasonAndNoDigest() {
        Snapshot snapshot = bundle().ready("alpha", facts("a|1")).failed("beta", ProjectionReason.PROJECTION_TIMEOUT)
                .build();
        ExportArchive archive = alphaBeta().buildZip(snapshot, REQUEST).value();
        assertEquals(List.of("alpha.csv", "manifest.json"), new ArrayList<>(Zips.texts(archive.zip()).keySet()));
        String manifest = new String(archive.manifest().toJson(), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("{\"dataset_id\":\"beta\",\"filename\":\"beta.csv\",\"status\":\"excluded\","
                + "\"projection_state\":\"failed\",\"reason_code\":\"dataset_policy_excluded\",\"row_count\":null,"
                + "\"sha256\":null}"), manifest);
        assertTrue(manifest.endsWith("\"parity\":{\"alpha\":\"" + ParityFingerprint.of(List.of("a|1")) + "\"}}"),
                manifest);
    }

    @Test
    void withoutTheManifestOnlyTheCsvsAreWritten() {
        Snapshot snapshot = bundle().ready("alpha", facts("a|1")).ready("beta", facts("b|1")).build();
        ExportArchive archive = alphaBeta().buildZip(snapshot, REQUEST.withIncludeManifest(false)).value();
        assertEquals(List.of("alpha.csv", "beta.csv"), new ArrayList<>(Zips.texts(archive.zip()).keySet()));
        assertEquals(2, archive.manifest().datasets().size());
    }

    @Test
    void theSameBundleAndRequestGiveByteIdenticalZipsWhateverTheMachineZone() {
        Snapshot snapshot = bundle().ready("alpha", facts("a|1", "a|2")).ready("beta", facts("b|1")).build();
        byte[] first = alphaBeta().buildZip(snapshot, REQUEST).value().zip();
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] second = alphaBeta().buildZip(snapshot, REQUEST).value().zip();
            assertArrayEquals(first, second);
        } finally {
            TimeZone.setDefault(original);
        }
        Snapshot rebuilt = bundle().ready("beta", facts("b|1")).ready("alpha", facts("a|1", "a|2")).build();
        assertArrayEquals(first, alphaBeta().buildZip(rebuilt, REQUEST).value().zip());
    }

    @Test
    void everyEntryIsDeflatedAtGeneratedAtWithoutExtraFields() {
        Snapshot snapshot = bundle().generatedAt("2026-02-04T16:25:18Z").zone("America/New_York")
                .ready("alpha", facts("a|1")).ready("beta", facts("b|1")).build();
        byte[] zip = alphaBeta().buildZip(snapshot, REQUEST).value().zip();
        List<ZipEntry> entries = Zips.zipEntries(zip);
        assertEquals(3, entries.size());
        for (ZipEntry entry : entries) {
            assertEquals(LocalDateTime.of(2026, 2, 4, 16, 25, 18), entry.getTimeLocal());
            assertEquals(ZipEntry.DEFLATED, entry.getMethod());
            assertEquals(null, entry.getExtra());
            assertEquals(null, entry.getComment());
        }
        List<Zips.RawHeader> headers = Zips.rawHeaders(zip);
        assertEquals(6, headers.size());
        int dosTime = (16 << 11) | (25 << 5) | (18 >> 1);
        int dosDate = ((2026 - 1980) << 9) | (2 << 5) | 4;
        for (Zips.RawHeader header : headers) {
            assertEquals(new Zips.RawHeader(header.central(), dosTime, dosDate, 0, 0), header);
        }
    }

    @Test
    void theFileNameNamesSectionScopeAndLocalDate() {
        Snapshot course = bundle().section(42).generatedAt("2026-02-05T02:00:00Z").zone("America/New_York")
                .ready("alpha", facts("a|1")).ready("beta", facts("b|1")).build();
        assertEquals("dashboard_export_42_course_2026-02-04.zip", alphaBeta().buildZip(course, REQUEST).value()
                .filename());
        Snapshot container = bundle().section(7).scope(Scope.container(1001)).generatedAt("2026-02-05T02:00:00Z")
                .ready("alpha", facts("a|1")).ready("beta", facts("b|1")).build();
        assertEquals("dashboard_export_7_container-1001_2026-02-05.zip", CsvExport.filename(container));
        Snapshot tokyo = bundle().generatedAt("2026-02-04T16:25:18Z").zone("Asia/Tokyo").build();
        assertEquals("dashboard_export_42_course_2026-02-05.zip", CsvExport.filename(tokyo));
    }

    @Test
    void aPartialProjectionIsIncludedAsPartial() {
        Snapshot snapshot = bundle().partial("alpha", facts("a|1")).partial("beta", facts("b|1")).build();
        Manifest manifest = alphaBeta().buildZip(snapshot, REQUEST).value().manifest();
        assertEquals("alpha|INCLUDED|PARTIAL|Optional.empty|OptionalInt[1]", line(manifest, "alpha"));
        assertEquals("beta|INCLUDED|PARTIAL|Optional.empty|OptionalInt[1]", line(manifest, "beta"));
    }

    static String line(Manifest manifest, String datasetId) {
        Manifest.DatasetEntry entry = manifest.dataset(datasetId).orElseThrow();
        return entry.datasetId() + "|" + entry.status() + "|" + entry.projectionState() + "|" + entry.reasonCode()
                + "|" + entry.rowCount();
    }

    @Test
    void aFailClosedDatasetWithAFailedProjectionFailsTheExport() {
        Snapshot snapshot = bundle().failed("alpha", ProjectionReason.REQUIRED_ORACLE_FAILED)
                .ready("beta", facts("b|1")).build();
        Rejection rejection = alphaBeta().buildZip(snapshot, REQUEST).rejection();
        assertEquals(ExportReason.REQUIRED_PROJECTION_FAILED, rejection.reasonCode());
        assertEquals("{\"dataset_id\":\"alpha\",\"projections\":[{\"capability\":\"alpha\",\"reason_code\":"
                + "\"required_oracle_failed\",\"status\":\"failed\"}]}", JsonText.write(rejection.details()));
        assertEquals("dataset alpha is fail-closed and its required projection alpha is failed "
                + "(required_oracle_failed)", rejection.message());
    }

    @Test
    void aFailClosedDatasetWithAnUnavailableProjectionFailsTheExport() {
        Snapshot snapshot = bundle().unavailable("alpha").ready("beta", facts("b|1")).build();
        Rejection rejection = alphaBeta().buildZip(snapshot, REQUEST).rejection();
        assertEquals(ExportReason.REQUIRED_PROJECTION_UNAVAILABLE, rejection.reasonCode());
        assertEquals("{\"dataset_id\":\"alpha\",\"projections\":[{\"capability\":\"alpha\",\"reason_code\":"
                + "\"missing_oracle_payload\",\"status\":\"unavailable\"}]}", JsonText.write(rejection.details()));
    }

    @Test
    void aMissingStatusCountsAsUnavailable() {
        Snapshot snapshot = bundle().ready("beta", facts("b|1")).build();
        Rejection rejection = alphaBeta().buildZip(snapshot, REQUEST).rejection();
        assertEquals(ExportReason.REQUIRED_PROJECTION_UNAVAILABLE, rejection.reasonCode());
        assertEquals("{\"dataset_id\":\"alpha\",\"projections\":[{\"capability\":\"alpha\",\"reason_code\":null,"
                + "\"status\":\"unavailable\"}]}", JsonText.write(rejection.details()));
        assertEquals("dataset alpha is fail-closed and its required projection alpha is unavailable",
                rejection.message());
    }

    @Test
    void aPublishedStatusWithoutItsProjectionCountsAsUnavailable() {
        Snapshot snapshot = bundle().status("alpha", ProjectionStatus.READY).ready("beta", facts("b|1")).build();
        Rejection rejection = alphaBeta().buildZip(snapshot, REQUEST).rejection();
        assertEquals(ExportReason.REQUIRED_PROJECTION_UNAVAILABLE, rejection.reasonCode());
        assertEquals("{\"dataset_id\":\"alpha\",\"projections\":[{\"capability\":\"alpha\",\"reason_code\":null,"
                + "\"status\":\"unavailable\"}]}", JsonText.write(rejection.details()));
    }

    @Test
    void unavailableWinsOverFailedAmongSeveralRequiredProjections() {
        CsvExport export = export(dataset("both", DatasetPolicy.FAIL_CLOSED, factsOf("alpha", "beta", "gamma"),
                "alpha", "beta", "gamma"));
        Snapshot snapshot = bundle().failed("alpha", ProjectionReason.PROJECTION_TIMEOUT).ready("beta", facts("b"))
                .unavailable("gamma").build();
        Rejection rejection = export.buildZip(snapshot, REQUEST).rejection();
        assertEquals(ExportReason.REQUIRED_PROJECTION_UNAVAILABLE, rejection.reasonCode());
        assertEquals("{\"dataset_id\":\"both\",\"projections\":[{\"capability\":\"alpha\",\"reason_code\":"
                + "\"projection_timeout\",\"status\":\"failed\"},{\"capability\":\"gamma\",\"reason_code\":"
                + "\"missing_oracle_payload\",\"status\":\"unavailable\"}]}", JsonText.write(rejection.details()));
        assertEquals("dataset both is fail-closed and its required projection alpha is failed (projection_timeout), "
                + "gamma is unavailable (missing_oracle_payload)", rejection.message());
        Snapshot failedOnly = bundle().failed("alpha", ProjectionReason.PROJECTION_TIMEOUT).partial("beta", facts("b"))
                .failed("gamma", ProjectionReason.INVALID_PROJECTION_DATA).build();
        assertEquals(ExportReason.REQUIRED_PROJECTION_FAILED, export.buildZip(failedOnly, REQUEST).rejection()
                .reasonCode());
    }

    @Test
    void theLeastReadyRequiredProjectionIsTheDatasetsState() {
        CsvExport export = export(dataset("both", DatasetPolicy.ALLOW_PARTIAL_WITH_MANIFEST,
                factsOf("alpha", "beta"), "alpha", "beta"), dataset("solo", DatasetPolicy.FAIL_CLOSED,
                factsOf("gamma"), "gamma"));
        Snapshot partial = bundle().partial("alpha", facts("a")).ready("beta", facts("b")).ready("gamma", facts("g"))
                .build();
        assertEquals("both|INCLUDED|PARTIAL|Optional.empty|OptionalInt[2]",
                line(export.buildZip(partial, REQUEST).value().manifest(), "both"));
        Snapshot readyAfterPartial = bundle().ready("alpha", facts("a")).partial("beta", facts("b"))
                .ready("gamma", facts("g")).build();
        assertEquals("both|INCLUDED|PARTIAL|Optional.empty|OptionalInt[2]",
                line(export.buildZip(readyAfterPartial, REQUEST).value().manifest(), "both"));
        Snapshot failedThenUnavailable = bundle().failed("alpha", ProjectionReason.REQUIRED_ORACLE_FAILED)
                .unavailable("beta").ready("gamma", facts("g")).build();
        assertEquals("both|EXCLUDED|UNAVAILABLE|Optional[DATASET_POLICY_EXCLUDED]|OptionalInt.empty",
                line(export.buildZip(failedThenUnavailable, REQUEST).value().manifest(), "both"));
        Snapshot unavailableThenFailed = bundle().unavailable("alpha")
                .failed("beta", ProjectionReason.REQUIRED_ORACLE_FAILED).ready("gamma", facts("g")).build();
        assertEquals("both|EXCLUDED|UNAVAILABLE|Optional[DATASET_POLICY_EXCLUDED]|OptionalInt.empty",
                line(export.buildZip(unavailableThenFailed, REQUEST).value().manifest(), "both"));
        Snapshot partialThenFailed = bundle().partial("alpha", facts("a"))
                .failed("beta", ProjectionReason.REQUIRED_ORACLE_FAILED).ready("gamma", facts("g")).build();
        assertEquals("both|EXCLUDED|FAILED|Optional[DATASET_POLICY_EXCLUDED]|OptionalInt.empty",
                line(export.buildZip(partialThenFailed, REQUEST).value().manifest(), "both"));
    }

    @Test
    void allowPartialTreatsEveryDatasetAsAllowPartial() {
        Snapshot snapshot = bundle().failed("alpha", ProjectionReason.REQUIRED_ORACLE_FAILED).unavailable("beta")
                .build();
        ExportArchive archive = alphaBeta().buildZip(snapshot, REQUEST.withAllowPartial(true)).value();
        assertEquals(List.of("manifest.json"), new ArrayList<>(Zips.texts(archive.zip()).keySet()));
        assertEquals("alpha|EXCLUDED|FAILED|Optional[DATASET_POLICY_EXCLUDED]|OptionalInt.empty",
                line(archive.manifest(), "alpha"));
        assertEquals("beta|EXCLUDED|UNAVAILABLE|Optional[DATASET_POLICY_EXCLUDED]|OptionalInt.empty",
                line(archive.manifest(), "beta"));
        assertEquals(Map.of(), archive.manifest().parity());
    }

    @Test
    void aPolicyFailureAnywhereWinsOverASerializerErrorEarlierInTheRegistry() {
        CsvExport export = export(dataset("broken", DatasetPolicy.FAIL_CLOSED, (b, r) -> {
            throw new IllegalStateException("boom");
        }, "alpha"), dataset("later", DatasetPolicy.FAIL_CLOSED, factsOf("beta"), "beta"));
        Snapshot snapshot = bundle().ready("alpha", facts("a")).unavailable("beta").build();
        assertEquals(ExportReason.REQUIRED_PROJECTION_UNAVAILABLE, export.buildZip(snapshot, REQUEST).rejection()
                .reasonCode());
    }

    @Test
    void theFirstBlockedDatasetInRegistryOrderNamesTheFailure() {
        CsvExport export = export(dataset("first", DatasetPolicy.FAIL_CLOSED, factsOf("alpha"), "alpha"),
                dataset("second", DatasetPolicy.FAIL_CLOSED, factsOf("beta"), "beta"));
        Snapshot snapshot = bundle().failed("alpha", ProjectionReason.REQUIRED_ORACLE_FAILED).unavailable("beta")
                .build();
        Rejection rejection = export.buildZip(snapshot, REQUEST).rejection();
        assertEquals(ExportReason.REQUIRED_PROJECTION_FAILED, rejection.reasonCode());
        assertTrue(JsonText.write(rejection.details()).startsWith("{\"dataset_id\":\"first\""));
    }

    @Test
    void aThrowingFailClosedSerializerFailsTheExportWithoutBytes() {
        CsvExport export = export(dataset("broken", DatasetPolicy.FAIL_CLOSED, (b, r) -> {
            throw new IllegalStateException("boom");
        }, "alpha"));
        Outcome<ExportArchive> outcome = export.buildZip(bundle().ready("alpha", facts("a")).build(), REQUEST);
        Rejection rejection = outcome.rejection();
        assertEquals(ExportReason.SERIALIZER_ERROR, rejection.reasonCode());
        assertEquals("{\"dataset_id\":\"broken\",\"error\":\"java.lang.IllegalStateException: boom\"}",
                JsonText.write(rejection.details()));
        assertEquals("the serializer of fail-closed dataset broken failed: java.lang.IllegalStateException: boom",
                rejection.message());
        assertThrows(IllegalStateException.class, outcome::value);
    }

    @Test
    void aThrowingSerializerOfALenientDatasetIsExcludedAndTheRestExported() {
        CsvExport export = export(dataset("broken", DatasetPolicy.ALLOW_PARTIAL_WITH_MANIFEST, (b, r) -> {
            throw new ArithmeticException();
        }, "alpha"), dataset("fine", DatasetPolicy.FAIL_CLOSED, factsOf("alpha"), "alpha"),
                dataset("deep", DatasetPolicy.FAIL_CLOSED, (b, r) -> {
                    throw new StackOverflowError();
                }, "alpha"), dataset("nothing", DatasetPolicy.FAIL_CLOSED, (b, r) -> null, "alpha"));
        ExportArchive archive = export.buildZip(bundle().partial("alpha", facts("a")).build(),
                REQUEST.withAllowPartial(true)).value();
        assertEquals(List.of("fine.csv", "manifest.json"), new ArrayList<>(Zips.texts(archive.zip()).keySet()));
        assertEquals("broken|EXCLUDED|PARTIAL|Optional[SERIALIZER_ERROR]|OptionalInt.empty",
                line(archive.manifest(), "broken"));
        assertEquals("deep|EXCLUDED|PARTIAL|Optional[SERIALIZER_ERROR]|OptionalInt.empty",
                line(archive.manifest(), "deep"));
        assertEquals("nothing|EXCLUDED|PARTIAL|Optional[SERIALIZER_ERROR]|OptionalInt.empty",
                line(archive.manifest(), "nothing"));
        Rejection nullTable = export(dataset("nothing", DatasetPolicy.FAIL_CLOSED, (b, r) -> null, "alpha"))
                .buildZip(bundle().ready("alpha", facts("a")).build(), REQUEST).rejection();
        assertEquals("{\"dataset_id\":\"nothing\",\"error\":\"java.lang.NullPointerException: the serializer "
                + "returned no table\"}", JsonText.write(nullTable.details()));
    }

    @Test
    void aDatasetWithoutRowsIsExcludedAsNoData() {
        CsvExport export = export(dataset("empty", DatasetPolicy.FAIL_CLOSED, factsOf("alpha"), "alpha"),
                dataset("full", DatasetPolicy.FAIL_CLOSED, factsOf("beta"), "beta"));
        ExportArchive archive = export.buildZip(bundle().ready("alpha", facts()).ready("beta", facts("b")).build(),
                REQUEST).value();
        assertEquals(List.of("full.csv", "manifest.json"), new ArrayList<>(Zips.texts(archive.zip()).keySet()));
        assertEquals("empty|EXCLUDED|READY|Optional[DATASET_NO_DATA]|OptionalInt[0]", line(archive.manifest(), "empty"));
        String manifest = new String(archive.manifest().toJson(), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("{\"dataset_id\":\"empty\",\"filename\":\"empty.csv\",\"status\":\"excluded\","
                + "\"projection_state\":\"ready\",\"reason_code\":\"dataset_no_data\",\"row_count\":0,"
                + "\"sha256\":null}"), manifest);
        assertFalse(manifest.contains("\"alpha\":"), manifest);
    }

    @Test
    void nothingToExportIsAFailure() {
        Snapshot snapshot = bundle().unavailable("alpha").unavailable("beta").build();
        Rejection rejection = alphaBeta().buildZip(snapshot, REQUEST.withAllowPartial(true).withIncludeManifest(false))
                .rejection();
        assertEquals(ExportReason.EXPORT_FAILED, rejection.reasonCode());
        assertEquals("{\"datasets\":[{\"dataset_id\":\"alpha\",\"reason_code\":\"dataset_policy_excluded\"},"
                + "{\"dataset_id\":\"beta\",\"reason_code\":\"dataset_policy_excluded\"}]}",
                JsonText.write(rejection.details()));
        assertEquals("nothing to export: no dataset was included and include_manifest is false", rejection.message());
    }

    @Test
    void anUnknownProfileFailsTheExport() {
        Rejection rejection = alphaBeta().buildZip(bundle().build(), ExportRequest.defaults().withProfile("nope"))
                .rejection();
        assertEquals(ExportReason.UNKNOWN_EXPORT_PROFILE, rejection.reasonCode());
    }

    @Test
    void theParityFingerprintIsTheBundlesElseComputedFromTheFacts() {
        Snapshot snapshot = bundle().ready("alpha", facts("a|2", "a|1")).ready("beta", facts("b"))
                .fingerprint("beta", "recorded").build();
        Manifest manifest = alphaBeta().buildZip(snapshot, REQUEST).value().manifest();
        Map<Capability, String> expected = new LinkedHashMap<>();
        expected.put(Capability.of("alpha"), ParityFingerprint.of(List.of("a|1", "a|2")));
        expected.put(Capability.of("beta"), "recorded");
        assertEquals(expected, manifest.parity());
    }

    @Test
    void theManifestEchoesTheBundle() {
        Snapshot snapshot = bundle().token("req-9").projectionVersion(2).ready("alpha", facts("a"))
                .ready("beta", facts("b")).build();
        Manifest manifest = alphaBeta().buildZip(snapshot, REQUEST).value().manifest();
        assertEquals("p", manifest.exportProfile());
        assertEquals("req-9", manifest.requestToken());
        assertEquals(1, manifest.snapshotVersion());
        assertEquals(2, manifest.projectionVersion());
        assertEquals(TestBundle.GENERATED_AT, manifest.generatedAt());
        assertEquals(Scope.course(), manifest.scope());
        String json = new String(manifest.toJson(), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"export_profile\":\"p\",\"generated_at\":\"2026-02-04T16:25:18Z\","
                + "\"request_token\":\"req-9\",\"snapshot_version\":1,\"projection_version\":2,"
                + "\"scope\":{\"container_type\":\"course\"},"), json);
    }

    @Test
    void theArchiveGuardsItsBytes() {
        Snapshot snapshot = bundle().ready("alpha", facts("a")).ready("beta", facts("b")).build();
        ExportArchive archive = alphaBeta().buildZip(snapshot, REQUEST).value();
        byte[] zip = archive.zip();
        zip[0] = 0;
        assertEquals('P', archive.zip()[0]);
        assertNotSame(archive.zip(), archive.zip());
        ExportArchive same = alphaBeta().buildZip(snapshot, REQUEST).value();
        assertEquals(archive, same);
        assertEquals(archive.hashCode(), same.hashCode());
        assertEquals(java.util.Objects.hash(java.util.Arrays.hashCode(archive.zip()), archive.manifest(),
                archive.filename()), archive.hashCode());
        assertFalse(archive.equals(new ExportArchive(new byte[] {1}, archive.manifest(), archive.filename())));
        assertFalse(archive.equals(new ExportArchive(archive.zip(), archive.manifest(), "other.zip")));
        assertFalse(archive.equals("not an archive"));
        assertEquals("ExportArchive[dashboard_export_42_course_2026-02-04.zip, " + archive.zip().length + " bytes]",
                archive.toString());
        assertEquals("application/zip", ExportArchive.CONTENT_TYPE);
        assertEquals(DatasetRegistry.class, alphaBeta().registry().getClass());
    }
}
