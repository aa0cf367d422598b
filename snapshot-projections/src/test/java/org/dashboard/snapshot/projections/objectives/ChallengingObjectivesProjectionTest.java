package org.dashboard.snapshot.projections.objectives;

import static org.dashboard.snapshot.projections.objectives.ObjectivesJson.SCOPE;
import static org.dashboard.snapshot.projections.objectives.ObjectivesJson.derive;
import static org.dashboard.snapshot.projections.objectives.ObjectivesJson.dist;
import static org.dashboard.snapshot.projections.objectives.ObjectivesJson.objective;
import static org.dashboard.snapshot.projections.objectives.ObjectivesJson.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.domain.projection.InvalidParameters;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChallengingObjectivesProjectionTest {

    /** The DOMAIN.md 3.8 example, with a second challenging objective that is a root without numbering_index. */
    static final String EXAMPLE = ObjectivesJson.payload(
            List.of(objective(201, "Identify plant parts", "{'High': 3}"),
                    objective(203, "Analyze root systems", "{'Low': 2, 'High': 1}"),
                    objective(205, "Name leaf shapes", "{'Medium': 1, 'Low': 1}")),
            List.of(resource(201, "Identify plant parts", 1L),
                    resource(202, "Understand plant anatomy", 2L, 203, 204),
                    resource(203, "Analyze root systems", 1L),
                    resource(204, "Describe stems", 2L),
                    resource(205, "Name leaf shapes", null)));

    static ObjectiveRow row(long id, Long parentId, String title, String parentTitle, String numbering, String label,
                            Map<String, Long> distribution, ObjectiveRow... children) {
        String type = parentId == null ? ObjectiveRow.OBJECTIVE : ObjectiveRow.SUBOBJECTIVE;
        return new ObjectiveRow(id, parentId, title, parentTitle, type, numbering, label, distribution,
                List.of(children));
    }

    static Derivation deriveThroughEngine(String objectives) {
        return SnapshotFixtures.with(new ChallengingObjectivesProjection())
                .ok(OracleKey.OBJECTIVES_PROFICIENCY, objectives)
                .ok(OracleKey.SCOPE_RESOURCES, SCOPE)
                .derive();
    }

    static ChallengingObjectivesBody readyBody(String objectives) {
        Derivation derivation = deriveThroughEngine(objectives);
        assertEquals(ProjectionStatus.READY, derivation.status());
        return (ChallengingObjectivesBody) derivation.projection().orElseThrow().body();
    }

    static void assertInvalid(String objectives, String path, JsonValue value) {
        Derivation derivation = deriveThroughEngine(objectives);
        assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.INVALID_PROJECTION_DATA,
                StatusDetails.invalidData(List.of(OracleKey.OBJECTIVES_PROFICIENCY), path, value)),
                derivation.status());
        assertTrue(derivation.projection().isEmpty());
    }

    @Nested
    class Contract {
        private final ChallengingObjectivesProjection projection = new ChallengingObjectivesProjection();

        @Test
        void declaresItsCapabilityAndOracles() {
            assertEquals(Capability.of("challenging_objectives"), projection.capability());
            assertEquals(List.of(OracleKey.OBJECTIVES_PROFICIENCY, OracleKey.SCOPE_RESOURCES),
                    projection.requiredOracles());
            assertEquals(List.of(), projection.optionalOracles());
        }

        @Test
        void takesNoParameters() {
            assertSame(JsonObject.EMPTY, projection.effectiveParameters(JsonObject.EMPTY));
            InvalidParameters invalid = assertThrows(InvalidParameters.class,
                    () -> projection.effectiveParameters(TestJson.object("{'threshold': 3}")));
            assertEquals("threshold", invalid.field());
            assertEquals(TestJson.parse("3"), invalid.value());
        }

        @Test
        void aParameterBlockIsRejectedAtAssembly() {
            var outcome = SnapshotFixtures.with(projection)
                    .ok(OracleKey.OBJECTIVES_PROFICIENCY, EXAMPLE).ok(OracleKey.SCOPE_RESOURCES, SCOPE)
                    .parameters("{'challenging_objectives': {'x': 1}}").assemble();
            assertFalse(outcome.isAccepted());
            assertEquals("invalid_parameters", outcome.rejection().reasonCode().code());
            assertEquals(JsonValue.of("parameters.challenging_objectives.x"),
                    outcome.rejection().details().getOrNull("field"));
        }
    }

    @Nested
    class ThroughTheEngine {
        @Test
        void theDomainExampleIsReadyWithTheDocumentedRows() {
            ChallengingObjectivesBody body = readyBody(EXAMPLE);
            assertEquals(new ChallengingObjectivesBody("populated", true, 2, List.of(
                    row(202, null, "Understand plant anatomy", null, "2", null, Map.of(),
                            row(203, 202L, "Analyze root systems", "Understand plant anatomy", "2.1", "Low",
                                    dist("Low", 2, "High", 1))),
                    row(205, null, "Name leaf shapes", null, "3", "Low", dist("Low", 1, "Medium", 1)))), body);
            assertEquals(List.of("Low", "Medium"), new ArrayList<>(body.rows().get(1).proficiencyDistribution().keySet()));
        }

        @Test
        void parityFactsListEveryLowRowInPreOrder() {
            assertEquals(List.of(
                    "challenging_objectives|0|label=2.1",
                    "challenging_objectives|0|objective=Understand plant anatomy",
                    "challenging_objectives|0|sub_objective=Analyze root systems",
                    "challenging_objectives|0|proficiency=Low",
                    "challenging_objectives|1|label=LO 3",
                    "challenging_objectives|1|objective=Name leaf shapes",
                    "challenging_objectives|1|sub_objective=",
                    "challenging_objectives|1|proficiency=Low"), readyBody(EXAMPLE).parityFacts());
        }

        @Test
        void theFingerprintIsPublishedWithTheProjection() {
            Derivation derivation = deriveThroughEngine(EXAMPLE);
            assertEquals(64, derivation.fingerprint().orElseThrow().length());
            assertEquals(deriveThroughEngine(EXAMPLE).fingerprint(), derivation.fingerprint());
        }

        @Test
        void aMissingObjectivesOracleIsUnavailable() {
            Derivation derivation = SnapshotFixtures.with(new ChallengingObjectivesProjection())
                    .ok(OracleKey.SCOPE_RESOURCES, SCOPE).derive();
            assertEquals(ProjectionStatus.of(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                    StatusDetails.oracles(List.of(OracleKey.OBJECTIVES_PROFICIENCY))), derivation.status());
            assertTrue(derivation.projection().isEmpty());
        }

        @Test
        void aMissingScopeOracleIsUnavailable() {
            Derivation derivation = SnapshotFixtures.with(new ChallengingObjectivesProjection())
                    .ok(OracleKey.OBJECTIVES_PROFICIENCY, EXAMPLE).derive();
            assertEquals(ProjectionStatus.of(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                    StatusDetails.oracles(List.of(OracleKey.SCOPE_RESOURCES))), derivation.status());
        }

        @Test
        void aFailedRequiredOracleFailsTheCapability() {
            Derivation derivation = SnapshotFixtures.with(new ChallengingObjectivesProjection())
                    .error(OracleKey.OBJECTIVES_PROFICIENCY, "boom").ok(OracleKey.SCOPE_RESOURCES, SCOPE).derive();
            assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.REQUIRED_ORACLE_FAILED,
                    StatusDetails.oracles(List.of(OracleKey.OBJECTIVES_PROFICIENCY))), derivation.status());
        }

        @Test
        void aTimedOutRequiredOracleIsAProjectionTimeout() {
            Derivation derivation = SnapshotFixtures.with(new ChallengingObjectivesProjection())
                    .ok(OracleKey.OBJECTIVES_PROFICIENCY, EXAMPLE).error(OracleKey.SCOPE_RESOURCES, "timeout")
                    .derive();
            assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.PROJECTION_TIMEOUT,
                    StatusDetails.oracles(List.of(OracleKey.SCOPE_RESOURCES))), derivation.status());
        }

        @Test
        void withNoOptionalOraclesAnUnrelatedFailureNeverMakesItPartial() {
            Derivation derivation = SnapshotFixtures.with(new ChallengingObjectivesProjection())
                    .ok(OracleKey.OBJECTIVES_PROFICIENCY, EXAMPLE).ok(OracleKey.SCOPE_RESOURCES, SCOPE)
                    .error(OracleKey.RECOMMENDATION, "boom").derive();
            assertEquals(ProjectionStatus.READY, derivation.status());
        }

        @Test
        void theScopePayloadIsRequiredButNotRead() {
            Derivation derivation = SnapshotFixtures.with(new ChallengingObjectivesProjection())
                    .ok(OracleKey.OBJECTIVES_PROFICIENCY, EXAMPLE)
                    .ok(OracleKey.SCOPE_RESOURCES, "{'items': [{'resource_id': -4}]}").derive();
            assertEquals(ProjectionStatus.READY, derivation.status());
        }
    }

    @Nested
    class States {
        @Test
        void populatedWhenSomeObjectiveIsLow() {
            ChallengingObjectivesBody body = derive(List.of(objective(1, "A", "{'Low': 1}")),
                    List.of(resource(1, "A", 1L)));
            assertEquals("populated", body.state());
            assertEquals(1, body.rowCount());
        }

        @Test
        void emptyLowProficiencyWhenDataButNoneLow() {
            ChallengingObjectivesBody body = readyBody(ObjectivesJson.payload(
                    List.of(objective(1, "A", "{'Medium': 2, 'Low': 1}"), objective(2, "B", "{'High': 1}")),
                    List.of(resource(1, "A", 1L), resource(2, "B", 2L))));
            assertEquals(new ChallengingObjectivesBody("empty_low_proficiency", true, 0, List.of()), body);
            assertEquals(List.of(), body.parityFacts());
        }

        @Test
        void aSingleHighCountIsData() {
            assertEquals("empty_low_proficiency",
                    derive(List.of(objective(1, "A", "{'High': 1}")), List.of()).state());
        }

        @Test
        void aSingleMediumCountIsData() {
            assertEquals("empty_low_proficiency",
                    derive(List.of(objective(1, "A", "{'Medium': 1}")), List.of()).state());
        }

        @Test
        void aLowCountOutnumberedByNotEnoughDataIsStillData() {
            assertEquals(new ChallengingObjectivesBody("empty_low_proficiency", true, 0, List.of()),
                    derive(List.of(objective(1, "A", "{'Low': 1, 'Not enough data': 5}")), List.of()));
        }

        @Test
        void notEnoughDataCountsAreNotData() {
            ChallengingObjectivesBody body = derive(List.of(objective(1, "A", "{'Not enough data': 9}")),
                    List.of(resource(1, "A", 1L)));
            assertEquals(new ChallengingObjectivesBody("no_data", true, 0, List.of()), body);
        }

        @Test
        void noObjectiveRowsIsNoDataWithoutObjectives() {
            assertEquals(new ChallengingObjectivesBody("no_data", false, 0, List.of()),
                    readyBody(ObjectivesJson.payload(List.of(), List.of(resource(1, "A", 1L)))));
        }

        @Test
        void absentListsAreEmpty() {
            assertEquals(new ChallengingObjectivesBody("no_data", false, 0, List.of()), readyBody("{}"));
            assertEquals(new ChallengingObjectivesBody("no_data", false, 0, List.of()),
                    readyBody("{'objective_rows': null, 'objective_resources': null}"));
        }

        @Test
        void allZeroCountsAreNoData() {
            assertEquals(new ChallengingObjectivesBody("no_data", true, 0, List.of()), derive(
                    List.of(objective(1, "A", "{'Low': 0, 'Medium': 0, 'High': 0, 'Not enough data': 0}")),
                    List.of(resource(1, "A", 1L))));
        }
    }

    @Nested
    class Distributions {
        private ObjectiveRow only(String distribution) {
            ChallengingObjectivesBody body = derive(List.of(objective(1, "A", distribution)),
                    List.of(resource(1, "A", 1L)));
            return body.rows().isEmpty() ? null : body.rows().get(0);
        }

        @Test
        void aTieBetweenLowAndMediumGoesToLow() {
            assertEquals(row(1, null, "A", null, "1", "Low", dist("Low", 3, "Medium", 3)),
                    only("{'Medium': 3, 'Low': 3}"));
        }

        @Test
        void aTieOfAllFourLevelsGoesToLow() {
            assertEquals("Low", only("{'Not enough data': 2, 'High': 2, 'Medium': 2, 'Low': 2}").proficiencyLabel());
        }

        @Test
        void aTieBetweenMediumAndHighIsNotChallenging() {
            assertEquals(null, only("{'High': 4, 'Medium': 4, 'Low': 1}"));
        }

        @Test
        void aLargerCountWinsOverALowerLevel() {
            assertEquals(null, only("{'Low': 2, 'Medium': 3}"));
            assertEquals(null, only("{'Low': 2, 'Not enough data': 3}"));
            assertEquals("Low", only("{'Low': 3, 'Medium': 2, 'High': 2}").proficiencyLabel());
        }

        @Test
        void labelsMatchCaseInsensitivelyAfterTrimming() {
            ObjectiveRow row = only("{' low ': 2, 'MEDIUM': 1, 'hIgH\\t': 1, '  Not ENOUGH data': 5}");
            assertEquals(null, row);
            ObjectiveRow low = only("{' low ': 6, 'MEDIUM': 1, 'hIgH\\t': 1, '  Not ENOUGH data': 5}");
            assertEquals(dist("Low", 6, "Medium", 1, "High", 1, "Not enough data", 5),
                    low.proficiencyDistribution());
            assertEquals(List.of("Low", "Medium", "High", "Not enough data"),
                    new ArrayList<>(low.proficiencyDistribution().keySet()));
        }

        @Test
        void labelsAreListedInLevelOrderWhateverTheInputOrder() {
            ObjectiveRow row = only("{'Not enough data': 1, 'High': 1, 'Low': 4}");
            assertEquals(List.of("Low", "High", "Not enough data"),
                    new ArrayList<>(row.proficiencyDistribution().keySet()));
        }

        @Test
        void unknownLabelsAreIgnoredAndNotValidated() {
            ObjectiveRow row = only("{'Very Low': 10, 'Low': 1, 'Lowish': 'many', 'Mediums': -3}");
            assertEquals(row(1, null, "A", null, "1", "Low", dist("Low", 1)), row);
        }

        @Test
        void onlyUnknownLabelsIsAnEmptyDistribution() {
            ChallengingObjectivesBody body = derive(List.of(objective(1, "A", "{'Bad': 7}")), List.of());
            assertEquals("no_data", body.state());
        }

        @Test
        void zeroCountsOfPresentLabelsAreKeptWhenSomeCountIsPositive() {
            assertEquals(dist("Low", 2, "Medium", 0, "High", 1),
                    only("{'High': 1, 'Medium': 0, 'Low': 2}").proficiencyDistribution());
        }

        @Test
        void labelsNormalizingToTheSameLevelAreSummed() {
            assertEquals(row(1, null, "A", null, "1", "Low", dist("Low", 3, "High", 2)),
                    only("{'Low': 1, ' low': 2, 'High': 2}"));
        }

        @Test
        void aContextRowWithAllZeroCountsHasAnEmptyDistributionAndNotEnoughData() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(1, "Parent", "{'Low': 0, 'High': 0}"), objective(2, "Child", "{'Low': 1}")),
                    List.of(resource(1, "Parent", 1L, 2), resource(2, "Child", 1L)));
            assertEquals(List.of(row(1, null, "Parent", null, "1", "Not enough data", Map.of(),
                    row(2, 1L, "Child", "Parent", "1.1", "Low", dist("Low", 1)))), body.rows());
        }

        @Test
        void aNullOrAbsentDistributionIsEmpty() {
            ChallengingObjectivesBody body = derive(ObjectivesJson.payload(
                    List.of(objective(1, "Parent", "null"), "{'objective_id': 2, 'title': 'Mid'}",
                            objective(3, "Leaf", "{'Low': 1}")),
                    List.of(resource(1, "Parent", 1L, 2), resource(2, "Mid", 1L, 3), resource(3, "Leaf", 1L))));
            assertEquals(List.of(row(1, null, "Parent", null, "1", "Not enough data", Map.of(),
                    row(2, 1L, "Mid", "Parent", "1.1", "Not enough data", Map.of(),
                            row(3, 2L, "Leaf", "Mid", "1.1.1", "Low", dist("Low", 1))))), body.rows());
        }
    }

    @Nested
    class Tree {
        @Test
        void rootsAreNumberedByNumberingIndexThenIdWithNullIndexLast() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(10, "T10", "{'Low': 1}"), objective(11, "T11", "{'Low': 1}"),
                            objective(12, "T12", "{'Low': 1}"), objective(13, "T13", "{'Low': 1}"),
                            objective(14, "T14", "{'Low': 1}")),
                    List.of(resource(14, "T14", null), resource(13, "T13", 2L), resource(12, "T12", null),
                            resource(11, "T11", 2L), resource(10, "T10", 5L)));
            List<String> numbered = new ArrayList<>();
            body.rows().forEach(r -> numbered.add(r.objectiveId() + "=" + r.numbering()));
            assertEquals(List.of("11=1", "13=2", "10=3", "12=4", "14=5"), numbered);
        }

        @Test
        void negativeAndZeroNumberingIndexesSortNumerically() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(1, "A", "{'Low': 1}"), objective(2, "B", "{'Low': 1}"),
                            objective(3, "C", "{'Low': 1}")),
                    List.of(resource(1, "A", 10L), resource(2, "B", 0L), resource(3, "C", -1L)));
            assertEquals(List.of(3L, 2L, 1L), body.rows().stream().map(ObjectiveRow::objectiveId).toList());
        }

        @Test
        void childrenAreNumberedInIndexThenIdOrderWithNullIndexLast() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(2, "B", "{'Low': 1}"), objective(3, "C", "{'Low': 1}"),
                            objective(4, "D", "{'Low': 1}"), objective(5, "E", "{'Low': 1}")),
                    List.of(resource(1, "Root", 1L, 5, 4, 3, 2), resource(2, "B", null), resource(3, "C", 1L),
                            resource(4, "D", null), resource(5, "E", 1L)));
            assertEquals(List.of(row(1, null, "Root", null, "1", null, Map.of(),
                    row(3, 1L, "C", "Root", "1.1", "Low", dist("Low", 1)),
                    row(5, 1L, "E", "Root", "1.2", "Low", dist("Low", 1)),
                    row(2, 1L, "B", "Root", "1.3", "Low", dist("Low", 1)),
                    row(4, 1L, "D", "Root", "1.4", "Low", dist("Low", 1)))), body.rows());
        }

        @Test
        void onlyChallengingObjectivesAndTheirAncestorsAreShown() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(1, "Root", "{'High': 5}"), objective(2, "Fine", "{'High': 1}"),
                            objective(4, "Deep", "{'Low': 1}")),
                    List.of(resource(1, "Root", 1L, 2, 3), resource(2, "Fine", 1L), resource(3, "Mid", 2L, 4),
                            resource(4, "Deep", 1L), resource(5, "Other root", 2L)));
            assertEquals(List.of(row(1, null, "Root", null, "1", "High", dist("High", 5),
                    row(3, 1L, "Mid", "Root", "1.2", null, Map.of(),
                            row(4, 3L, "Deep", "Mid", "1.2.1", "Low", dist("Low", 1))))), body.rows());
            assertEquals(1, body.rowCount());
            assertEquals(List.of(
                    "challenging_objectives|0|label=1.2.1",
                    "challenging_objectives|0|objective=Mid",
                    "challenging_objectives|0|sub_objective=Deep",
                    "challenging_objectives|0|proficiency=Low"), body.parityFacts());
        }

        @Test
        void aChallengingAncestorIsItselfAChallengingRow() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(1, "Root", "{'Low': 5}"), objective(2, "Child", "{'Low': 1}")),
                    List.of(resource(1, "Root", 1L, 2), resource(2, "Child", 1L)));
            assertEquals(2, body.rowCount());
            assertEquals(List.of(
                    "challenging_objectives|0|label=LO 1",
                    "challenging_objectives|0|objective=Root",
                    "challenging_objectives|0|sub_objective=",
                    "challenging_objectives|0|proficiency=Low",
                    "challenging_objectives|1|label=1.1",
                    "challenging_objectives|1|objective=Root",
                    "challenging_objectives|1|sub_objective=Child",
                    "challenging_objectives|1|proficiency=Low"), body.parityFacts());
            assertEquals(List.of("Root", "Child"), ChallengingObjectivesProjection.challengingTitles(body));
        }

        @Test
        void aCycleIsNeverLoopedAndTheClosingChildIsDropped() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(2, "A", "{'Low': 1}"), objective(3, "B", "{'Low': 1}")),
                    List.of(resource(1, "R", 1L, 2), resource(2, "A", 1L, 3), resource(3, "B", 1L, 2)));
            assertEquals(List.of(row(1, null, "R", null, "1", null, Map.of(),
                    row(2, 1L, "A", "R", "1.1", "Low", dist("Low", 1),
                            row(3, 2L, "B", "A", "1.1.1", "Low", dist("Low", 1))))), body.rows());
        }

        @Test
        void aCycleWithoutRootLeavesItsObjectivesUnreachable() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(7, "Seven", "{'Low': 1}"), objective(6, "Six", "{'Low': 1}")),
                    List.of(resource(6, "Six", 1L, 7), resource(7, "Seven", 1L, 6), resource(1, "Root", 1L)));
            assertEquals(List.of(row(6, null, "Six", null, null, "Low", dist("Low", 1)),
                    row(7, null, "Seven", null, null, "Low", dist("Low", 1))), body.rows());
            assertEquals(List.of(
                    "challenging_objectives|0|label=",
                    "challenging_objectives|0|objective=Six",
                    "challenging_objectives|0|sub_objective=",
                    "challenging_objectives|0|proficiency=Low",
                    "challenging_objectives|1|label=",
                    "challenging_objectives|1|objective=Seven",
                    "challenging_objectives|1|sub_objective=",
                    "challenging_objectives|1|proficiency=Low"), body.parityFacts());
        }

        @Test
        void aSelfReferenceIsIgnored() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(1, "Self", "{'Low': 1}"), objective(2, "Kid", "{'Low': 1}")),
                    List.of(resource(1, "Self", 1L, 1, 2, 1), resource(2, "Kid", 1L, 2)));
            assertEquals(List.of(row(1, null, "Self", null, "1", "Low", dist("Low", 1),
                    row(2, 1L, "Kid", "Self", "1.1", "Low", dist("Low", 1)))), body.rows());
        }

        @Test
        void aNodeReachableFromTwoRootsBelongsToTheFirst() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(9, "Shared", "{'Low': 1}"), objective(8, "Own", "{'Low': 1}")),
                    List.of(resource(1, "First", 1L, 9), resource(2, "Second", 2L, 9, 8), resource(9, "Shared", 1L),
                            resource(8, "Own", 2L)));
            assertEquals(List.of(
                    row(1, null, "First", null, "1", null, Map.of(),
                            row(9, 1L, "Shared", "First", "1.1", "Low", dist("Low", 1))),
                    row(2, null, "Second", null, "2", null, Map.of(),
                            row(8, 2L, "Own", "Second", "2.1", "Low", dist("Low", 1)))), body.rows());
        }

        @Test
        void aNodeReachedEarlierInsideASiblingSubtreeBelongsToThatSubtree() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(4, "X", "{'Low': 1}"), objective(5, "Y", "{'Low': 1}")),
                    List.of(resource(1, "P", 1L, 3, 4, 5), resource(3, "A", 1L, 4), resource(4, "X", 2L),
                            resource(5, "Y", 3L)));
            assertEquals(List.of(row(1, null, "P", null, "1", null, Map.of(),
                    row(3, 1L, "A", "P", "1.1", null, Map.of(),
                            row(4, 3L, "X", "A", "1.1.1", "Low", dist("Low", 1))),
                    row(5, 1L, "Y", "P", "1.2", "Low", dist("Low", 1)))), body.rows());
        }

        @Test
        void aDuplicatedChildIdIsVisitedOnce() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(2, "Kid", "{'Low': 1}"), objective(3, "Next", "{'Low': 1}")),
                    List.of(resource(1, "R", 1L, 2, 2, 3), resource(2, "Kid", 1L), resource(3, "Next", 2L)));
            assertEquals(List.of("1.1", "1.2"), body.rows().get(0).children().stream()
                    .map(ObjectiveRow::numbering).toList());
        }

        @Test
        void missingChildIdsAreIgnored() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(2, "Kid", "{'Low': 1}"), objective(999, "Ghost", "{'Medium': 1}")),
                    List.of(resource(1, "R", 1L, 998, 999, 2), resource(2, "Kid", 5L)));
            assertEquals(List.of(row(1, null, "R", null, "1", null, Map.of(),
                    row(2, 1L, "Kid", "R", "1.1", "Low", dist("Low", 1)))), body.rows());
        }

        @Test
        void anUnreachableChallengingObjectiveIsATopLevelRowAfterTheNumberedOnes() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(50, "Orphan B", "{'Low': 1}"), objective(3, "Orphan A", "{'Low': 2}"),
                            objective(60, "Orphan fine", "{'High': 1}"), objective(2, "Numbered", "{'Low': 1}")),
                    List.of(resource(2, "Numbered", 1L)));
            assertEquals(List.of(row(2, null, "Numbered", null, "1", "Low", dist("Low", 1)),
                    row(3, null, "Orphan A", null, null, "Low", dist("Low", 2)),
                    row(50, null, "Orphan B", null, null, "Low", dist("Low", 1))), body.rows());
            assertEquals(3, body.rowCount());
            assertEquals("challenging_objectives|1|label=", body.parityFacts().get(4));
        }

        @Test
        void depthTwoAndBelowAreSubobjectives() {
            ChallengingObjectivesBody body = derive(List.of(objective(4, "D", "{'Low': 1}")),
                    List.of(resource(1, "A", 1L, 2), resource(2, "B", 1L, 3), resource(3, "C", 1L, 4),
                            resource(4, "D", 1L)));
            ObjectiveRow d = body.rows().get(0).children().get(0).children().get(0).children().get(0);
            assertEquals(new ObjectiveRow(4, 3L, "D", "C", "subobjective", "1.1.1.1", "Low", dist("Low", 1),
                    List.of()), d);
            assertEquals("objective", body.rows().get(0).rowType());
            assertEquals(List.of(
                    "challenging_objectives|0|label=1.1.1.1",
                    "challenging_objectives|0|objective=C",
                    "challenging_objectives|0|sub_objective=D",
                    "challenging_objectives|0|proficiency=Low"), body.parityFacts());
        }

        @Test
        void aVeryDeepChainIsWalkedWithoutRecursion() {
            int depth = 5000;
            List<String> resources = new ArrayList<>();
            for (long id = 1; id <= depth; id++) {
                resources.add(id < depth ? resource(id, "N" + id, 1L, id + 1) : resource(id, "N" + id, 1L));
            }
            ChallengingObjectivesBody body = derive(List.of(objective(depth, "Leaf", "{'Low': 1}")), resources);
            ObjectiveRow node = body.rows().get(0);
            int levels = 1;
            while (!node.children().isEmpty()) {
                node = node.children().get(0);
                levels++;
            }
            assertEquals(depth, levels);
            assertEquals("1" + ".1".repeat(depth - 1), node.numbering());
            assertEquals(List.of("Leaf"), ChallengingObjectivesProjection.challengingTitles(body));
            assertEquals(4, body.parityFacts().size());
        }
    }

    @Nested
    class Titles {
        @Test
        void theObjectiveRowTitleWinsOverTheResourceTitle() {
            ChallengingObjectivesBody body = derive(List.of(objective(1, "Row title", "{'Low': 1}")),
                    List.of(resource(1, "Resource title", 1L)));
            assertEquals("Row title", body.rows().get(0).title());
        }

        @Test
        void aNullOrBlankRowTitleFallsBackToTheResourceTitle() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(1, null, "{'Low': 1}"), objective(2, "  ", "{'Low': 1}")),
                    List.of(resource(1, "Res one", 1L), resource(2, "Res two", 2L)));
            assertEquals(List.of("Res one", "Res two"), ChallengingObjectivesProjection.challengingTitles(body));
        }

        @Test
        void withoutAnyTitleTheTitleIsNullAndTheFactValueEmpty() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(1, null, "{'Low': 1}"), objective(2, " ", "{'Low': 1}")),
                    List.of(resource(1, " ", 1L)));
            assertEquals(List.of(row(1, null, null, null, "1", "Low", dist("Low", 1)),
                    row(2, null, null, null, null, "Low", dist("Low", 1))), body.rows());
            assertEquals("challenging_objectives|0|objective=", body.parityFacts().get(1));
            assertEquals(List.of(), ChallengingObjectivesProjection.challengingTitles(body));
        }

        @Test
        void titlesAreNotTrimmed() {
            ChallengingObjectivesBody body = derive(List.of(objective(1, " Padded ", "{'Low': 1}")), List.of());
            assertEquals(" Padded ", body.rows().get(0).title());
        }

        @Test
        void contextRowsTakeTheirTitleFromTheirObjectiveRowFirst() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(1, "Parent row", "{'High': 1}"), objective(2, "Kid", "{'Low': 1}")),
                    List.of(resource(1, "Parent resource", 1L, 2), resource(2, "Kid resource", 1L)));
            assertEquals("Parent row", body.rows().get(0).children().get(0).parentTitle());
        }

        @Test
        void aDuplicatedObjectiveIdKeepsTheLastRow() {
            ChallengingObjectivesBody body = derive(
                    List.of(objective(1, "First", "{'High': 1}"), objective(1, "Last", "{'Low': 1}")),
                    List.of(resource(1, "R1", 1L), resource(1, "R1 again", 1L)));
            assertEquals(List.of(row(1, null, "Last", null, "1", "Low", dist("Low", 1))), body.rows());
            assertTrue(body.hasObjectives());
        }
    }

    @Nested
    class Validation {
        private static final String ROOT = "oracles.oracle_instructor_objectives_proficiency";

        @Test
        void thePayloadMustBeAnObject() {
            assertInvalid("[]", ROOT, TestJson.parse("[]"));
        }

        @Test
        void objectiveRowsMustBeAnArray() {
            assertInvalid("{'objective_rows': {}}", ROOT + ".objective_rows", TestJson.parse("{}"));
        }

        @Test
        void anObjectiveRowMustBeAnObject() {
            assertInvalid("{'objective_rows': [3]}", ROOT + ".objective_rows[0]", TestJson.parse("3"));
        }

        @Test
        void objectiveIdsArePositiveIntegers() {
            assertInvalid(ObjectivesJson.payload(List.of(objective(1, "A", "{}"), objective(0, "B", "{}")),
                    List.of()), ROOT + ".objective_rows[1].objective_id", TestJson.parse("0"));
            assertInvalid("{'objective_rows': [{'title': 'x'}]}", ROOT + ".objective_rows[0].objective_id",
                    JsonValue.nullValue());
            assertInvalid("{'objective_rows': [{'objective_id': '5'}]}", ROOT + ".objective_rows[0].objective_id",
                    JsonValue.of("5"));
        }

        @Test
        void titlesAreStrings() {
            assertInvalid("{'objective_rows': [{'objective_id': 5, 'title': 5}]}",
                    ROOT + ".objective_rows[0].title", TestJson.parse("5"));
            assertInvalid("{'objective_resources': [{'resource_id': 5, 'title': true}]}",
                    ROOT + ".objective_resources[0].title", JsonValue.of(true));
        }

        @Test
        void distributionCountsAreIntegersAtLeastZero() {
            assertInvalid(ObjectivesJson.payload(List.of(objective(1, "A", "{'High': 1, ' Low ': -1}")), List.of()),
                    ROOT + ".objective_rows[0].proficiency_distribution. Low ", TestJson.parse("-1"));
            assertInvalid(ObjectivesJson.payload(List.of(objective(1, "A", "{'Medium': 1.5}")), List.of()),
                    ROOT + ".objective_rows[0].proficiency_distribution.Medium", TestJson.parse("1.5"));
            assertInvalid(ObjectivesJson.payload(List.of(objective(1, "A", "{'High': null}")), List.of()),
                    ROOT + ".objective_rows[0].proficiency_distribution.High", JsonValue.nullValue());
            assertInvalid(ObjectivesJson.payload(List.of(objective(1, "A", "{'Not enough data': '2'}")), List.of()),
                    ROOT + ".objective_rows[0].proficiency_distribution.Not enough data", JsonValue.of("2"));
        }

        @Test
        void aDistributionMustBeAnObject() {
            assertInvalid(ObjectivesJson.payload(List.of(objective(1, "A", "[1, 2]")), List.of()),
                    ROOT + ".objective_rows[0].proficiency_distribution", TestJson.parse("[1, 2]"));
        }

        @Test
        void resourceIdsAndChildIdsArePositiveIntegers() {
            assertInvalid("{'objective_resources': [{'resource_id': -2}]}",
                    ROOT + ".objective_resources[0].resource_id", TestJson.parse("-2"));
            assertInvalid("{'objective_resources': [{'resource_id': 2, 'children': [3, 'x']}]}",
                    ROOT + ".objective_resources[0].children[1]", JsonValue.of("x"));
            assertInvalid("{'objective_resources': [{'resource_id': 2, 'children': 3}]}",
                    ROOT + ".objective_resources[0].children", TestJson.parse("3"));
        }

        @Test
        void aNumberingIndexIsAnIntegerOrNull() {
            assertInvalid("{'objective_resources': [{'resource_id': 2, 'numbering_index': 1.5}]}",
                    ROOT + ".objective_resources[0].numbering_index", TestJson.parse("1.5"));
            assertInvalid("{'objective_resources': [{'resource_id': 2, 'numbering_index': '1'}]}",
                    ROOT + ".objective_resources[0].numbering_index", JsonValue.of("1"));
        }

        @Test
        void fieldsThatAreNotReadAreNotValidated() {
            String payload = "{'objective_rows': [{'objective_id': 1, 'title': 'A', 'numeric_proficiency': 7,"
                    + " 'proficiency_distribution': {'Low': 1, 'Other': 'x'}}],"
                    + " 'objective_resources': [{'resource_id': 1, 'numbering_level': 'deep', 'extra': [1]}],"
                    + " 'unknown': 'ignored'}";
            ChallengingObjectivesBody body = readyBody(payload);
            assertEquals(List.of(row(1, null, "A", null, "1", "Low", dist("Low", 1))), body.rows());
        }
    }
}
