package org.dashboard.snapshot.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.junit.jupiter.api.Test;

class ContractValuesTest {
    private static final OracleKey A = OracleKey.of("oracle_a");
    private static final OracleKey B = OracleKey.of("oracle_b");

    @Test
    void capabilityKeysAreLowerCaseSnakeCaseUpTo64Characters() {
        assertEquals("student_support", Capability.of("student_support").key());
        assertEquals("student_support", Capability.of("student_support").toString());
        assertTrue(Capability.isValid("a" + "b".repeat(63)));
        assertFalse(Capability.isValid("a" + "b".repeat(64)));
        assertFalse(Capability.isValid("Summary"));
        assertFalse(Capability.isValid("1summary"));
        assertFalse(Capability.isValid(""));
        assertFalse(Capability.isValid(null));
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Capability.of("Bad"));
        assertEquals("capability key must match [a-z][a-z0-9_]{0,63}, got 'Bad'", thrown.getMessage());
        assertThrows(NullPointerException.class, () -> Capability.of(null));
    }

    @Test
    void capabilitiesAreOrderedByKey() {
        assertTrue(Capability.of("assessments").compareTo(Capability.of("summary")) < 0);
        assertTrue(Capability.of("summary").compareTo(Capability.of("assessments")) > 0);
        assertEquals(0, Capability.of("summary").compareTo(Capability.of("summary")));
    }

    @Test
    void oracleKeysAreLowerCaseSnakeCaseUpTo128Characters() {
        assertEquals("oracle_instructor_grades", OracleKey.GRADES.value());
        assertEquals("oracle_instructor_grades", OracleKey.GRADES.toString());
        assertTrue(OracleKey.isValid("o" + "k".repeat(127)));
        assertFalse(OracleKey.isValid("o" + "k".repeat(128)));
        assertFalse(OracleKey.isValid("oracle-a"));
        assertFalse(OracleKey.isValid("_a"));
        assertFalse(OracleKey.isValid(null));
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> OracleKey.of("A"));
        assertEquals("oracle key must match [a-z][a-z0-9_]{0,127}, got 'A'", thrown.getMessage());
        assertThrows(NullPointerException.class, () -> OracleKey.of(null));
    }

    @Test
    void oracleKeysAreOrderedByText() {
        assertTrue(A.compareTo(B) < 0);
        assertTrue(B.compareTo(A) > 0);
        assertEquals(List.of(OracleKey.GRADES, OracleKey.OBJECTIVES_PROFICIENCY, OracleKey.PROGRESS_BINS,
                OracleKey.PROGRESS_PROFICIENCY, OracleKey.RECOMMENDATION, OracleKey.SCHEDULE_POSITION,
                OracleKey.SCOPE_RESOURCES, OracleKey.STUDENT_INFO), List.copyOf(new TreeSet<>(List.of(
                OracleKey.STUDENT_INFO, OracleKey.SCOPE_RESOURCES, OracleKey.SCHEDULE_POSITION,
                OracleKey.RECOMMENDATION, OracleKey.PROGRESS_PROFICIENCY, OracleKey.PROGRESS_BINS,
                OracleKey.OBJECTIVES_PROFICIENCY, OracleKey.GRADES))));
    }

    @Test
    void dashboardContextIdsArePositive() {
        DashboardContext context = DashboardContext.section(42, 7);
        assertEquals(new DashboardContext(ContextType.SECTION, 42, 7), context);

        IllegalArgumentException badContext = assertThrows(IllegalArgumentException.class,
                () -> DashboardContext.section(0, 7));
        IllegalArgumentException badUser = assertThrows(IllegalArgumentException.class,
                () -> DashboardContext.section(42, 0));
        assertEquals("dashboard_context_id must be positive, got 0", badContext.getMessage());
        assertEquals("user_id must be positive, got 0", badUser.getMessage());
        assertEquals(1, DashboardContext.section(1, 1).contextId());
        assertThrows(NullPointerException.class, () -> new DashboardContext(null, 1, 1));
    }

    @Test
    void standardVersionsServeProjectionVersionsOneAndTwoDefaultingToOne() {
        Versions versions = Versions.standard();

        assertEquals(1, versions.snapshotVersion());
        assertEquals(List.of(1, 2), List.copyOf(versions.supportedProjectionVersions()));
        assertEquals(1, versions.defaultProjectionVersion());
        assertTrue(versions.supportsProjectionVersion(1));
        assertTrue(versions.supportsProjectionVersion(2));
        assertFalse(versions.supportsProjectionVersion(3));
        assertFalse(versions.supportsProjectionVersion(0));
    }

    @Test
    void versionsAreValidated() {
        IllegalArgumentException snapshot = assertThrows(IllegalArgumentException.class,
                () -> new Versions(0, new TreeSet<>(Set.of(1)), 1));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new Versions(1, new TreeSet<>(), 1));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> new Versions(1, new TreeSet<>(Set.of(0, 1)), 1));
        IllegalArgumentException notSupported = assertThrows(IllegalArgumentException.class,
                () -> new Versions(1, new TreeSet<>(Set.of(1, 2)), 3));

        assertEquals("snapshot version must be positive, got 0", snapshot.getMessage());
        assertEquals("supported projection versions are positive and not empty, got []", empty.getMessage());
        assertEquals("supported projection versions are positive and not empty, got [0, 1]", zero.getMessage());
        assertEquals("default projection version 3 is not among the supported [1, 2]", notSupported.getMessage());
        assertEquals(2, new Versions(1, new TreeSet<>(Set.of(2)), 2).defaultProjectionVersion());
    }

    @Test
    void timestampsParseWithOrWithoutOffsetAndWriteUtcSeconds() {
        assertEquals(Optional.of(Instant.parse("2026-02-04T16:25:18Z")), Timestamps.parse("2026-02-04T16:25:18Z"));
        assertEquals(Optional.of(Instant.parse("2026-02-04T14:25:18Z")),
                Timestamps.parse("2026-02-04T16:25:18+02:00"));
        assertEquals(Optional.of(Instant.parse("2026-02-04T16:25:18Z")), Timestamps.parse("2026-02-04T16:25:18"));
        assertEquals(Optional.empty(), Timestamps.parse("2026-02-04"));
        assertEquals(Optional.empty(), Timestamps.parse("yesterday"));
        assertEquals("2026-02-04T16:25:18Z", Timestamps.format(Instant.parse("2026-02-04T16:25:18.999Z")));
        assertEquals("2026-02-04T00:00:00Z", Timestamps.format(Instant.parse("2026-02-04T00:00:00Z")));
    }

    @Test
    void readyStatusHasNoReasonAndAnyOtherHasReasonAndDetails() {
        StatusDetails details = StatusDetails.oracles(List.of(A));

        assertEquals(new ProjectionStatus(ProjectionState.READY, Optional.empty(), Optional.empty()),
                ProjectionStatus.READY);
        assertTrue(ProjectionStatus.READY.isPublished());
        ProjectionStatus partial = ProjectionStatus.of(ProjectionState.PARTIAL,
                ProjectionReason.DEPENDENCY_UNAVAILABLE, details);
        assertEquals(Optional.of(ProjectionReason.DEPENDENCY_UNAVAILABLE), partial.reasonCode());
        assertEquals(Optional.of(details), partial.details());
        assertTrue(partial.isPublished());
        assertFalse(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.PROJECTION_TIMEOUT, details)
                .isPublished());
        assertFalse(ProjectionStatus.of(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                details).isPublished());
    }

    @Test
    void inconsistentStatusesAreRefused() {
        StatusDetails details = StatusDetails.oracles(List.of(A));
        String message = "a ready status has no reason or details; any other has both";

        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> ProjectionStatus.of(
                ProjectionState.READY, ProjectionReason.DEPENDENCY_UNAVAILABLE, details)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new ProjectionStatus(
                ProjectionState.FAILED, Optional.empty(), Optional.empty())).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new ProjectionStatus(
                ProjectionState.FAILED, Optional.of(ProjectionReason.PROJECTION_TIMEOUT), Optional.empty()))
                .getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> new ProjectionStatus(
                ProjectionState.READY, Optional.empty(), Optional.of(details))).getMessage());
        assertThrows(NullPointerException.class, () -> new ProjectionStatus(null, Optional.empty(),
                Optional.empty()));
    }

    @Test
    void statusDetailsListOraclesSortedAndOnce() {
        StatusDetails details = StatusDetails.oracles(List.of(B, A, B));

        assertEquals(List.of(A, B), details.oracles());
        assertEquals(Optional.empty(), details.path());
        assertEquals(Optional.empty(), details.value());
        assertEquals(Optional.empty(), details.error());
    }

    @Test
    void invalidDataDetailsCarryPathAndValue() {
        StatusDetails details = StatusDetails.invalidData(List.of(A), "oracles.oracle_a.x", JsonValue.of(-1));

        assertEquals(new StatusDetails(List.of(A), Optional.of("oracles.oracle_a.x"), Optional.of(JsonValue.of(-1)),
                Optional.empty()), details);
        assertThrows(IllegalArgumentException.class, () -> new StatusDetails(List.of(), Optional.of("p"),
                Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new StatusDetails(List.of(), Optional.empty(),
                Optional.of(JsonValue.of(1)), Optional.empty()));
    }

    @Test
    void errorDetailsNameNoOracles() {
        StatusDetails details = StatusDetails.error("java.lang.IllegalStateException: boom");

        assertEquals(List.of(), details.oracles());
        assertEquals(Optional.of("java.lang.IllegalStateException: boom"), details.error());
    }

    @Test
    void projectionVersionsArePositiveAndPartsRequired() {
        FakeProjection.Facts body = FakeProjection.Facts.of();
        Capability capability = Capability.of("c");

        assertEquals("versions are positive", assertThrows(IllegalArgumentException.class,
                () -> new Projection(capability, "t", 0, 1, body)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Projection(capability, "t", 1, 0, body));
        assertThrows(NullPointerException.class, () -> new Projection(null, "t", 1, 1, body));
        assertThrows(NullPointerException.class, () -> new Projection(capability, null, 1, 1, body));
        assertThrows(NullPointerException.class, () -> new Projection(capability, "t", 1, 1, null));
        assertEquals(1, new Projection(capability, "t", 1, 1, body).snapshotVersion());
    }

    @Test
    void metadataGivesEachCapabilityItsParameterBlock() {
        SnapshotMetadata metadata = metadata(TestJson.object("{'progress': {'completion_threshold': 50}, 'odd': 3}"),
                Map.of());

        assertEquals(TestJson.object("{'completion_threshold': 50}"), metadata.parametersOf(Capability.of(
                "progress")));
        assertEquals(JsonObject.EMPTY, metadata.parametersOf(Capability.of("summary")));
        assertEquals(JsonObject.EMPTY, metadata.parametersOf(Capability.of("odd")));
    }

    @Test
    void extraMetadataIsOrderedByKey() {
        SnapshotMetadata metadata = metadata(JsonObject.EMPTY, Map.of("z", JsonValue.of(1), "a", JsonValue.of(2)));

        assertEquals(List.of("a", "z"), List.copyOf(metadata.extra().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> metadata.extra().clear());
    }

    @Test
    void snapshotVersionsArePositiveAndMapsSortedAndFrozen() {
        SnapshotMetadata metadata = metadata(JsonObject.EMPTY, Map.of());
        TreeMap<OracleKey, JsonValue> oracles = new TreeMap<>(Map.of(B, JsonValue.of(2), A, JsonValue.of(1)));

        assertThrows(IllegalArgumentException.class, () -> new Snapshot(0, 1, "t", Scope.course(), metadata,
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
        assertThrows(IllegalArgumentException.class, () -> new Snapshot(1, 0, "t", Scope.course(), metadata,
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
        Snapshot snapshot = new Snapshot(1, 1, "t", Scope.course(), metadata, oracles, new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        oracles.clear();

        assertEquals(List.of(A, B), List.copyOf(snapshot.oracles().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.oracles().clear());
    }

    @Test
    void withProjectionsKeepsEverythingElseAndAddsTheBundle() {
        SnapshotMetadata metadata = metadata(JsonObject.EMPTY, Map.of());
        Snapshot snapshot = new Snapshot(1, 2, "t", Scope.container(5), metadata,
                new TreeMap<>(Map.of(A, JsonValue.of(1))),
                new TreeMap<>(Map.of(A, OracleStatus.of(OracleResult.ok(JsonValue.of(1))))), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>());
        Capability c = Capability.of("c");
        Projection projection = new Projection(c, "t", 1, 2, FakeProjection.Facts.of("f"));

        Snapshot bundle = snapshot.withProjections(Map.of(c, projection), Map.of(c, ProjectionStatus.READY),
                Map.of(c, "fp"));

        assertEquals(new Snapshot(1, 2, "t", Scope.container(5), metadata, snapshot.oracles(),
                snapshot.oracleStatuses(), new TreeMap<>(Map.of(c, projection)),
                new TreeMap<>(Map.of(c, ProjectionStatus.READY)), new TreeMap<>(Map.of(c, "fp"))), bundle);
    }

    private static SnapshotMetadata metadata(JsonObject parameters, Map<String, JsonValue> extra) {
        return new SnapshotMetadata(ContextType.SECTION, 42, Scope.course(), Instant.parse("2026-02-04T16:25:18Z"),
                ZoneId.of("Etc/UTC"), parameters, "sig", extra);
    }
}
