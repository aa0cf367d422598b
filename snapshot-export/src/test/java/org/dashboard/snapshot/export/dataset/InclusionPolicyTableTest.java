package org.dashboard.snapshot.export.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.export.CsvExport;
import org.dashboard.snapshot.export.ExportArchive;
import org.dashboard.snapshot.export.Manifest;
import org.dashboard.snapshot.export.fixtures.Bundles;
import org.dashboard.snapshot.export.fixtures.Bundles.Status;
import org.dashboard.snapshot.export.fixtures.GoldenSection;
import org.dashboard.snapshot.export.fixtures.Zips;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inclusion policy of DOMAIN.md 5 as a table (AC-004, AC-005): every dataset of the registry x every status of
 * its required projection (ready, partial, failed, unavailable, missing) x both policies x the request's
 * {@code allow_partial} flag, each dataset exported alone over the golden section.
 */
class InclusionPolicyTableTest {
    private static final Snapshot GOLDEN = GoldenSection.fixtures().bundle();

    static Stream<Arguments> table() {
        List<Arguments> cases = new ArrayList<>();
        for (DatasetSpec dataset : DatasetRegistry.standard().datasetsFor("with_optional_ai").value()) {
            for (Status status : Status.values()) {
                for (DatasetPolicy policy : DatasetPolicy.values()) {
                    for (boolean allowPartial : new boolean[] {false, true}) {
                        cases.add(Arguments.of(dataset.datasetId(), status, policy, allowPartial, expected(status,
                                policy == DatasetPolicy.ALLOW_PARTIAL_WITH_MANIFEST || allowPartial)));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** The expected outcome: {@code included/<state>}, {@code excluded/<state>/<reason>} or {@code failed/<reason>}. */
    static String expected(Status status, boolean lenient) {
        switch (status) {
            case READY:
                return "included/ready";
            case PARTIAL:
                return "included/partial";
            case FAILED:
                return lenient ? "excluded/failed/dataset_policy_excluded" : "failed/required_projection_failed";
            default:
                return lenient ? "excluded/unavailable/dataset_policy_excluded"
                        : "failed/required_projection_unavailable";
        }
    }

    @ParameterizedTest(name = "{0} with {1} under {2}, allow_partial={3} -> {4}")
    @MethodSource("table")
    void everyDatasetFollowsThePolicy(String datasetId, Status status, DatasetPolicy policy, boolean allowPartial,
                                      String expected) {
        DatasetSpec standard = DatasetRegistry.standard().datasetsFor("with_optional_ai").value().stream()
                .filter(d -> d.datasetId().equals(datasetId)).findFirst().orElseThrow();
        DatasetSpec dataset = new DatasetSpec(standard.datasetId(), standard.filename(),
                standard.requiredCapabilities(), policy, standard.serializer());
        Capability required = dataset.requiredCapabilities().get(0);
        Snapshot bundle = Bundles.withStatus(GOLDEN, required, status);
        CsvExport export = new CsvExport(DatasetRegistry.of(Map.of("table", List.of(dataset))));
        Outcome<ExportArchive> outcome = export.buildZip(bundle,
                ExportRequest.defaults().withProfile("table").withAllowPartial(allowPartial));

        assertEquals(expected, describe(outcome, datasetId));
        if (outcome.isAccepted()) {
            List<String> files = List.copyOf(Zips.entries(outcome.value().zip()).keySet());
            boolean included = expected.startsWith("included");
            assertEquals(included ? List.of(dataset.filename(), "manifest.json") : List.of("manifest.json"), files);
            assertEquals(included ? Map.of(required, GOLDEN.fingerprints().get(required)) : Map.of(),
                    outcome.value().manifest().parity());
        } else {
            Rejection rejection = outcome.rejection();
            String reason = status == Status.FAILED ? "\"required_oracle_failed\""
                    : status == Status.UNAVAILABLE ? "\"missing_oracle_payload\"" : "null";
            assertEquals("{\"dataset_id\":\"" + datasetId + "\",\"projections\":[{\"capability\":\"" + required.key()
                    + "\",\"reason_code\":" + reason + ",\"status\":\"" + (status == Status.FAILED ? "failed"
                    : "unavailable") + "\"}]}", JsonText.write(rejection.details()));
        }
    }

    static String describe(Outcome<ExportArchive> outcome, String datasetId) {
        if (!outcome.isAccepted()) {
            return "failed/" + outcome.rejection().reasonCode().code();
        }
        Manifest.DatasetEntry entry = outcome.value().manifest().dataset(datasetId).orElseThrow();
        String state = entry.projectionState().wire();
        if (entry.status() == Manifest.Status.INCLUDED) {
            assertTrue(entry.reasonCode().isEmpty());
            assertTrue(entry.rowCount().getAsInt() > 0);
            assertEquals(64, entry.sha256().orElseThrow().length());
            return "included/" + state;
        }
        assertFalse(entry.sha256().isPresent());
        assertFalse(entry.rowCount().isPresent());
        return "excluded/" + state + "/" + entry.reasonCode().orElseThrow().code();
    }

    /** The whole standard profile: one capability down fails the export at its first dataset, or excludes it. */
    @ParameterizedTest(name = "{0} {1}, allow_partial={2} -> {3}")
    @MethodSource("standardProfile")
    void theStandardProfileFailsAtTheFirstBlockedDatasetOrExcludesWhatIsMissing(String capability, Status status,
                                                                                 boolean allowPartial,
                                                                                 String expected) {
        Snapshot bundle = Bundles.withStatus(GOLDEN, Capability.of(capability), status);
        Outcome<ExportArchive> outcome = CsvExport.standard().buildZip(bundle,
                ExportRequest.defaults().withProfile("with_optional_ai").withAllowPartial(allowPartial));
        String actual;
        if (outcome.isAccepted()) {
            List<String> lines = new ArrayList<>();
            for (Manifest.DatasetEntry entry : outcome.value().manifest().datasets()) {
                if (entry.status() == Manifest.Status.EXCLUDED) {
                    lines.add(entry.datasetId() + ":" + entry.reasonCode().orElseThrow().code());
                }
            }
            actual = "ok " + lines;
        } else {
            String details = JsonText.write(outcome.rejection().details());
            actual = outcome.rejection().reasonCode().code() + " at "
                    + details.substring(details.indexOf(":\"") + 2, details.indexOf("\","));
        }
        assertEquals(expected, actual);
    }

    static Stream<Arguments> standardProfile() {
        return Stream.of(
                Arguments.of("summary", Status.FAILED, false, "required_projection_failed at dashboard_metadata"),
                Arguments.of("summary", Status.MISSING, false,
                        "required_projection_unavailable at dashboard_metadata"),
                Arguments.of("summary", Status.UNAVAILABLE, true,
                        "ok [dashboard_metadata:dataset_policy_excluded, course_summary_metrics:dataset_policy_excluded]"),
                Arguments.of("progress", Status.UNAVAILABLE, false, "required_projection_unavailable at student_progress"),
                Arguments.of("student_support", Status.FAILED, false,
                        "required_projection_failed at student_support_summary"),
                Arguments.of("challenging_objectives", Status.FAILED, false,
                        "required_projection_failed at challenging_learning_objectives"),
                Arguments.of("assessments", Status.UNAVAILABLE, false,
                        "required_projection_unavailable at assessment_scores_distribution"),
                Arguments.of("assessments", Status.FAILED, true, "ok [assessment_scores_distribution:"
                        + "dataset_policy_excluded, assessment_summary:dataset_policy_excluded]"),
                Arguments.of("ai_context", Status.FAILED, false, "ok [ai_context:dataset_policy_excluded]"),
                Arguments.of("ai_context", Status.MISSING, false, "ok [ai_context:dataset_policy_excluded]"),
                Arguments.of("ai_context", Status.PARTIAL, false, "ok []"),
                Arguments.of("student_support", Status.PARTIAL, false, "ok []"));
    }
}
