package org.dashboard.snapshot.domain.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ReasonCode;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.InvalidParameters;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;

/** Shared test catalog and helpers for the wire reader and the assembler. */
final class Requests {
    /** summary: scope_resources and recommendation optional, no parameters. */
    static final FakeProjection SUMMARY = FakeProjection.of("summary")
            .optional(OracleKey.SCOPE_RESOURCES, OracleKey.RECOMMENDATION);
    /** progress: progress_bins and scope_resources required, schedule optional, completion_threshold 10..100. */
    static final FakeProjection PROGRESS = FakeProjection.of("progress")
            .requires(OracleKey.PROGRESS_BINS, OracleKey.SCOPE_RESOURCES)
            .optional(OracleKey.SCHEDULE_POSITION)
            .withParameters(Requests::completionThreshold);
    /** grades_view: grades required. */
    static final FakeProjection GRADES_VIEW = FakeProjection.of("grades_view").requires(OracleKey.GRADES);

    static final ProjectionCatalog CATALOG = ProjectionCatalog.of(java.util.List.of(SUMMARY, PROGRESS, GRADES_VIEW));

    /** A minimal valid body; the JSON literal of each top-level member may be replaced. */
    static final String CONTEXT = "{'dashboard_context_type': 'section', 'dashboard_context_id': 42, 'user_id': 7}";

    private Requests() {
    }

    static SnapshotRequestReader reader() {
        return new SnapshotRequestReader(CATALOG);
    }

    static Assembler assembler() {
        return SnapshotFixtures.assembler(CATALOG);
    }

    /** Reads the body (JSON literal, single quotes allowed). */
    static Outcome<SnapshotRequest> read(String json) {
        return reader().read(TestJson.parse(json));
    }

    /** Reads and assembles the body. */
    static Outcome<Snapshot> readAndAssemble(String json) {
        return read(json).flatMap(request -> assembler().assemble(request.context(), request.requestToken(),
                request.oracleResults(), request.options()));
    }

    /** A body with the minimal members, plus (or replacing) the given members: {@code "'k': v, ..."}. */
    static String body(String members) {
        Map<String, JsonValue> body = new java.util.LinkedHashMap<>();
        body.put("context", TestJson.parse(CONTEXT));
        body.put("scope", TestJson.parse("{'container_type': 'course'}"));
        body.put("oracle_results", JsonObject.EMPTY);
        if (!members.isBlank()) {
            body.putAll(TestJson.object("{" + members + "}").members());
        }
        return org.dashboard.snapshot.domain.json.JsonText.write(new JsonObject(body));
    }

    /** Like {@link #body(String)} but without the named top-level member. */
    static String bodyWithout(String member) {
        JsonObject full = TestJson.object(body(""));
        Map<String, JsonValue> members = new java.util.LinkedHashMap<>(full.members());
        members.remove(member);
        return org.dashboard.snapshot.domain.json.JsonText.write(new JsonObject(members));
    }

    /** Asserts the outcome is rejected with the reason, details.field and details.value (a JSON literal). */
    static Rejection assertRejected(Outcome<?> outcome, ReasonCode reason, String field, String valueJson) {
        assertFalse(outcome.isAccepted(), () -> "expected a rejection, got " + outcome);
        Rejection rejection = outcome.rejection();
        assertEquals(reason, rejection.reasonCode(), rejection::message);
        assertEquals(JsonValue.of(field), rejection.details().getOrNull("field"), "details.field");
        assertEquals(TestJson.parse(valueJson), rejection.details().getOrNull("value"), "details.value");
        return rejection;
    }

    /** The progress parameter rule: only completion_threshold, an integer 10..100 in steps of 10, default 100. */
    static JsonObject completionThreshold(JsonObject requested) {
        for (String field : requested.members().keySet()) {
            if (!field.equals("completion_threshold")) {
                throw new InvalidParameters(field, requested.getOrNull(field), "unknown parameter '" + field + "'");
            }
        }
        JsonValue value = requested.getOrNull("completion_threshold");
        long threshold = 100;
        if (!value.isNull()) {
            if (!(value instanceof JsonNumber number) || number.longValue().isEmpty()
                    || number.longValue().get() < 10 || number.longValue().get() > 100
                    || number.longValue().get() % 10 != 0) {
                throw new InvalidParameters("completion_threshold", value,
                        "completion_threshold must be 10..100 in steps of 10");
            }
            threshold = number.longValue().get();
        }
        return new JsonObject(Map.of("completion_threshold", JsonValue.of(threshold)));
    }
}
