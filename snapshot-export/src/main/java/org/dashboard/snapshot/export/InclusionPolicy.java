package org.dashboard.snapshot.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.export.dataset.DatasetPolicy;
import org.dashboard.snapshot.export.dataset.DatasetSpec;

/**
 * The inclusion policy of DOMAIN.md 5 (AC-004, AC-005), first match wins:
 * <ol>
 *   <li>every required projection ready: include;</li>
 *   <li>any required projection failed or unavailable (a missing status counts as unavailable):
 *       {@code allow_partial_with_manifest} excludes with {@code dataset_policy_excluded}; {@code fail_closed}
 *       fails the export with {@code required_projection_unavailable} (if any is unavailable) else
 *       {@code required_projection_failed};</li>
 *   <li>any partial: include, projection state {@code partial}.</li>
 * </ol>
 * The request flag {@code allow_partial} treats every dataset as {@code allow_partial_with_manifest}.
 */
final class InclusionPolicy {
    private InclusionPolicy() {
    }

    /** A required projection as the policy sees it. */
    record RequiredStatus(Capability capability, ProjectionState state, Optional<ProjectionReason> reasonCode) {
    }

    /** The decision for one dataset. */
    sealed interface Decision permits Include, Exclude, Fail {
        DatasetSpec dataset();

        /** The least ready state among the dataset's required projections. */
        ProjectionState state();
    }

    /** Serialize the dataset; {@code lenient} when a serializer error excludes it instead of failing the export. */
    record Include(DatasetSpec dataset, ProjectionState state, boolean lenient) implements Decision {
    }

    /** Leave the dataset out and say why in the manifest. */
    record Exclude(DatasetSpec dataset, ProjectionState state, ExportReason reason) implements Decision {
    }

    /** Fail the whole export. */
    record Fail(DatasetSpec dataset, ProjectionState state, Rejection rejection) implements Decision {
    }

    static Decision decide(DatasetSpec dataset, Snapshot bundle, boolean allowPartial) {
        List<RequiredStatus> required = new ArrayList<>();
        ProjectionState state = ProjectionState.READY;
        for (Capability capability : dataset.requiredCapabilities()) {
            RequiredStatus status = statusOf(capability, bundle);
            required.add(status);
            if (severity(status.state()) > severity(state)) {
                state = status.state();
            }
        }
        boolean lenient = allowPartial || dataset.policy() == DatasetPolicy.ALLOW_PARTIAL_WITH_MANIFEST;
        if (state.isPublished()) {
            return new Include(dataset, state, lenient);
        }
        if (lenient) {
            return new Exclude(dataset, state, ExportReason.DATASET_POLICY_EXCLUDED);
        }
        ExportReason reason = state == ProjectionState.UNAVAILABLE ? ExportReason.REQUIRED_PROJECTION_UNAVAILABLE
                : ExportReason.REQUIRED_PROJECTION_FAILED;
        return new Fail(dataset, state, rejection(dataset, reason, required));
    }

    /**
     * The status of a required projection: a missing status, or a published status without its projection in
     * the bundle, counts as unavailable.
     */
    static RequiredStatus statusOf(Capability capability, Snapshot bundle) {
        ProjectionStatus status = bundle.projectionStatuses().get(capability);
        if (status == null) {
            return new RequiredStatus(capability, ProjectionState.UNAVAILABLE, Optional.empty());
        }
        if (status.isPublished() && !bundle.projections().containsKey(capability)) {
            return new RequiredStatus(capability, ProjectionState.UNAVAILABLE, status.reasonCode());
        }
        return new RequiredStatus(capability, status.state(), status.reasonCode());
    }

    private static int severity(ProjectionState state) {
        if (state == ProjectionState.UNAVAILABLE) {
            return 3;
        }
        if (state == ProjectionState.FAILED) {
            return 2;
        }
        return state == ProjectionState.PARTIAL ? 1 : 0;
    }

    /** Details {@code {dataset_id, projections: [{capability, status, reason_code}]}} of the blocking projections. */
    private static Rejection rejection(DatasetSpec dataset, ExportReason reason, List<RequiredStatus> required) {
        List<JsonValue> projections = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (RequiredStatus status : required) {
            if (status.state().isPublished()) {
                continue;
            }
            Map<String, JsonValue> projection = new LinkedHashMap<>();
            projection.put("capability", JsonValue.of(status.capability().key()));
            projection.put("status", JsonValue.of(status.state().wire()));
            projection.put("reason_code", status.reasonCode().<JsonValue>map(r -> JsonValue.of(r.code()))
                    .orElse(JsonValue.nullValue()));
            projections.add(new JsonObject(projection));
            described.add(status.capability().key() + " is " + status.state().wire()
                    + status.reasonCode().map(r -> " (" + r.code() + ")").orElse(""));
        }
        Map<String, JsonValue> details = new LinkedHashMap<>();
        details.put("dataset_id", JsonValue.of(dataset.datasetId()));
        details.put("projections", JsonValue.JsonArray.of(projections));
        return Rejection.of(reason, "dataset " + dataset.datasetId() + " is fail-closed and its required projection "
                + String.join(", ", described), new JsonObject(details));
    }
}
