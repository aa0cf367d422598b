package org.dashboard.snapshot.domain.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.junit.jupiter.api.Test;

/** The reader's rules for single parts, as other wire forms (the query string) reuse them. */
class ReadPartsTest {

    private static void refused(Outcome<?> outcome, String reason, String field, String value) {
        Rejection rejection = outcome.rejection();
        assertEquals(reason, rejection.reasonCode().code());
        assertEquals(JsonValue.of(field), rejection.details().getOrNull("field"));
        assertEquals(TestJson.parse(value), rejection.details().getOrNull("value"));
    }

    @Test
    void readsScopesByTheBodysRules() {
        assertEquals(Scope.course(), SnapshotRequestReader.readScope("scope",
                TestJson.parse("{'container_type': 'course'}")).value());
        assertEquals(Scope.container(7), SnapshotRequestReader.readScope("scope",
                TestJson.parse("{'container_type': 'container', 'container_id': 7}")).value());
        refused(SnapshotRequestReader.readScope("scope", TestJson.parse("{'container_type': 'container'}")),
                "invalid_scope", "scope.container_id", "null");
        refused(SnapshotRequestReader.readScope("scope", TestJson.parse("{'container_type': 'unit'}")),
                "invalid_scope", "scope.container_type", "'unit'");
    }

    @Test
    void readsPositiveIds() {
        assertEquals(5L, SnapshotRequestReader.readPositiveId(JsonValue.of(5), "user_id",
                AssemblyReason.INVALID_CONTEXT).value());
        refused(SnapshotRequestReader.readPositiveId(JsonValue.of(0), "user_id", AssemblyReason.INVALID_CONTEXT),
                "invalid_context", "user_id", "0");
        refused(SnapshotRequestReader.readPositiveId(JsonValue.of("x"), "user_id", AssemblyReason.INVALID_CONTEXT),
                "invalid_context", "user_id", "'x'");
    }

    @Test
    void readsVersions() {
        assertEquals(2, SnapshotRequestReader.readVersion(JsonValue.of(2), "projection_version",
                AssemblyReason.UNSUPPORTED_PROJECTION_VERSION).value());
        refused(SnapshotRequestReader.readVersion(JsonValue.of("two"), "projection_version",
                AssemblyReason.UNSUPPORTED_PROJECTION_VERSION), "unsupported_projection_version",
                "projection_version", "'two'");
        refused(SnapshotRequestReader.readVersion(JsonValue.nullValue(), "projection_version",
                AssemblyReason.UNSUPPORTED_PROJECTION_VERSION), "unsupported_projection_version",
                "projection_version", "null");
    }

    @Test
    void readsCapabilityLists() {
        SnapshotRequestReader reader = new SnapshotRequestReader(ProjectionCatalog.of(List.of(
                FakeProjection.of("progress"), FakeProjection.of("summary"))));
        assertEquals(List.of(Capability.of("summary"), Capability.of("progress")),
                reader.readCapabilities(TestJson.parse("['summary', 'progress', 'summary']")).value());
        assertEquals(RequestReason.UNKNOWN_CAPABILITY,
                reader.readCapabilities(TestJson.parse("['weather']")).rejection().reasonCode());
    }

    @Test
    void unknownMembersOfNestedObjectsAreIgnored() {
        SnapshotRequestReader reader = new SnapshotRequestReader(ProjectionCatalog.of(List.of(
                FakeProjection.of("progress"))));
        SnapshotRequest request = reader.read(TestJson.parse("{'context': {'dashboard_context_type': 'section',"
                + " 'dashboard_context_id': 42, 'user_id': 7, 'locale': 'en'},"
                + " 'scope': {'container_type': 'course'},"
                + " 'oracle_results': {'oracle_x': {'status': 'ok', 'payload': 1, 'producer': 'nightly'}}}")).value();
        assertEquals(42, request.context().contextId());
        assertEquals(org.dashboard.snapshot.domain.contract.OracleResult.ok(JsonValue.of(1)),
                request.oracleResults().get(org.dashboard.snapshot.domain.contract.OracleKey.of("oracle_x")));
    }
}
