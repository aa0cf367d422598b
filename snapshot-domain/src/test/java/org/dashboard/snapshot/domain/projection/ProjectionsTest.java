package org.dashboard.snapshot.domain.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Projection;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.domain.fixtures.FakeProjection.Facts;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProjectionsTest {
    private static final OracleKey A = OracleKey.of("oracle_a");
    private static final OracleKey B = OracleKey.of("oracle_b");
    private static final OracleKey C = OracleKey.of("oracle_c");
    private static final OracleKey D = OracleKey.of("oracle_d");
    private static final Capability CAP = Capability.of("cap");

    /** Requires b and a, may use d and c (declared out of order on purpose). */
    private static final FakeProjection CAPABILITY = FakeProjection.of("cap").requires(B, A).optional(D, C);

    private static SnapshotFixtures allReady(FakeProjection projection) {
        return SnapshotFixtures.with(projection).ok(A, "1").ok(B, "2").ok(C, "3").ok(D, "4");
    }

    private static ProjectionStatus status(ProjectionState state, ProjectionReason reason, StatusDetails details) {
        return ProjectionStatus.of(state, reason, details);
    }

    private static void assertNotPublished(Derivation derivation) {
        assertEquals(Optional.empty(), derivation.projection());
        assertEquals(Optional.empty(), derivation.fingerprint());
    }

    @Nested
    class RequiredOracles {

        @Test
        void missingRequiredOraclesMakeTheProjectionUnavailableNamingThemSorted() {
            Derivation derivation = SnapshotFixtures.with(CAPABILITY).ok(C, "3").ok(D, "4").derive();

            assertEquals(status(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                    StatusDetails.oracles(List.of(A, B))), derivation.status());
            assertEquals(List.of(A, B), derivation.status().details().orElseThrow().oracles());
            assertNotPublished(derivation);
        }

        @Test
        void anAbsentRequiredOracleOutranksAFailedOne() {
            Derivation derivation = SnapshotFixtures.with(CAPABILITY).error(A, "timeout").derive();

            assertEquals(status(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                    StatusDetails.oracles(List.of(B))), derivation.status());
        }

        @Test
        void failedRequiredOracleFailsTheProjection() {
            Derivation derivation = allReady(CAPABILITY).error(B, "boom").derive();

            assertEquals(status(ProjectionState.FAILED, ProjectionReason.REQUIRED_ORACLE_FAILED,
                    StatusDetails.oracles(List.of(B))), derivation.status());
            assertNotPublished(derivation);
        }

        @Test
        void anyFailedRequiredOracleThatTimedOutMakesItATimeout() {
            Derivation derivation = allReady(CAPABILITY).error(A, "boom").result(B,
                    OracleResult.error(TestJson.parse("{'code': 'timeout'}"))).derive();

            assertEquals(status(ProjectionState.FAILED, ProjectionReason.PROJECTION_TIMEOUT,
                    StatusDetails.oracles(List.of(A, B))), derivation.status());
            assertEquals(List.of(A, B), derivation.status().details().orElseThrow().oracles());
        }

        @Test
        void aTimeoutListedFirstStillGivesATimeout() {
            Derivation derivation = allReady(CAPABILITY).error(B, "timeout").error(A, "boom").derive();

            assertEquals(ProjectionReason.PROJECTION_TIMEOUT, derivation.status().reasonCode().orElseThrow());
        }

        @Test
        void failedRequiredOracleOutranksAMissingOptionalOne() {
            Derivation derivation = SnapshotFixtures.with(CAPABILITY).ok(A, "1").error(B, "x").derive();

            assertEquals(status(ProjectionState.FAILED, ProjectionReason.REQUIRED_ORACLE_FAILED,
                    StatusDetails.oracles(List.of(B))), derivation.status());
        }

        @Test
        void invalidRequiredPayloadFailsWithItsPathAndValue() {
            FakeProjection reading = CAPABILITY.deriving(input -> Facts.of("n=" + input.required(A).field("count")
                    .count()));

            Derivation derivation = allReady(reading).ok(A, "{'count': -1}").derive();

            assertEquals(status(ProjectionState.FAILED, ProjectionReason.INVALID_PROJECTION_DATA,
                    StatusDetails.invalidData(List.of(A), "oracles.oracle_a.count", JsonValue.of(-1))),
                    derivation.status());
            assertNotPublished(derivation);
        }

        @Test
        void invalidRequiredPayloadOutranksAMissingOptionalOracle() {
            FakeProjection reading = CAPABILITY.deriving(input -> Facts.of(input.required(A).string()));

            Derivation derivation = SnapshotFixtures.with(reading).ok(A, "1").ok(B, "2").derive();

            assertEquals(status(ProjectionState.FAILED, ProjectionReason.INVALID_PROJECTION_DATA,
                    StatusDetails.invalidData(List.of(A), "oracles.oracle_a", JsonValue.of(1))),
                    derivation.status());
        }
    }

    @Nested
    class DerivationFailures {

        @Test
        void derivationThatThrowsFailsNamingTheExceptionAndNoOracles() {
            FakeProjection throwing = CAPABILITY.deriving(input -> {
                throw new IllegalStateException("kaput");
            });

            Derivation derivation = allReady(throwing).derive();

            assertEquals(status(ProjectionState.FAILED, ProjectionReason.PROJECTION_DERIVATION_FAILED,
                    StatusDetails.error("java.lang.IllegalStateException: kaput")), derivation.status());
            assertEquals(List.of(), derivation.status().details().orElseThrow().oracles());
            assertNotPublished(derivation);
        }

        @Test
        void exceptionWithoutAMessageIsNamedByItsClass() {
            FakeProjection throwing = CAPABILITY.deriving(input -> {
                throw new UnsupportedOperationException();
            });

            assertEquals(Optional.of("java.lang.UnsupportedOperationException"),
                    allReady(throwing).derive().status().details().orElseThrow().error());
        }

        @Test
        void derivationReturningNothingFails() {
            Derivation derivation = allReady(CAPABILITY.deriving(input -> null)).derive();

            assertEquals(status(ProjectionState.FAILED, ProjectionReason.PROJECTION_DERIVATION_FAILED,
                    StatusDetails.error("java.lang.NullPointerException: derive returned null")),
                    derivation.status());
        }

        @Test
        void parityFactsThatThrowFailTheDerivation() {
            FakeProjection badFacts = CAPABILITY.deriving(input -> () -> {
                throw new ArithmeticException("/ by zero");
            });

            assertEquals(Optional.of("java.lang.ArithmeticException: / by zero"),
                    allReady(badFacts).derive().status().details().orElseThrow().error());
        }

        @Test
        void runawayRecursionIsContained() {
            FakeProjection recursing = CAPABILITY.deriving(input -> {
                throw new StackOverflowError("deep");
            });

            assertEquals(Optional.of("java.lang.StackOverflowError: deep"),
                    allReady(recursing).derive().status().details().orElseThrow().error());
        }

        @Test
        void readingAnUndeclaredOracleIsADerivationFailure() {
            FakeProjection sneaky = CAPABILITY.deriving(input -> Facts.of(input.required(C).toString()));

            assertEquals(Optional.of("java.lang.IllegalArgumentException: oracle_c is not a required oracle of cap"),
                    allReady(sneaky).derive().status().details().orElseThrow().error());
        }
    }

    @Nested
    class OptionalOracles {

        @Test
        void missingOptionalOraclesMakeThePublishedProjectionPartial() {
            Derivation derivation = SnapshotFixtures.with(CAPABILITY).ok(A, "1").ok(B, "2").derive();

            assertEquals(status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE,
                    StatusDetails.oracles(List.of(C, D))), derivation.status());
            assertEquals(List.of(C, D), derivation.status().details().orElseThrow().oracles());
            assertEquals(Facts.of("cap|oracle_b=2", "cap|oracle_a=1"), derivation.projection().orElseThrow().body());
        }

        @Test
        void failedOptionalOracleMakesItPartial() {
            Derivation derivation = allReady(CAPABILITY).error(D, "timeout").derive();

            assertEquals(status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE,
                    StatusDetails.oracles(List.of(D))), derivation.status());
            assertEquals(Facts.of("cap|oracle_b=2", "cap|oracle_a=1", "cap|oracle_c=3"),
                    derivation.projection().orElseThrow().body());
        }

        @Test
        void invalidOptionalPayloadMakesItPartialWithPathAndValue() {
            FakeProjection reading = CAPABILITY.deriving(input -> {
                Optional<Long> c = input.readOptional(C, p -> p.field("n").count());
                Optional<Long> d = input.readOptional(D, p -> p.field("n").count());
                return Facts.of("c=" + c.orElse(-1L), "d=" + d.orElse(-1L));
            });

            Derivation derivation = allReady(reading).ok(C, "{'n': 'many'}").ok(D, "{'n': 4}").derive();

            assertEquals(status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE,
                    StatusDetails.invalidData(List.of(C), "oracles.oracle_c.n", JsonValue.of("many"))),
                    derivation.status());
            assertEquals(Facts.of("c=-1", "d=4"), derivation.projection().orElseThrow().body());
        }

        @Test
        void detailsOfSeveralInvalidOptionalsNameAllAndThePathOfTheFirst() {
            FakeProjection reading = CAPABILITY.deriving(input -> {
                input.readOptional(D, p -> p.field("n").count());
                input.readOptional(C, p -> p.field("n").count());
                return Facts.of();
            });

            Derivation derivation = allReady(reading).ok(C, "{'n': -2}").ok(D, "{'n': -1}").derive();

            assertEquals(status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE,
                    StatusDetails.invalidData(List.of(C, D), "oracles.oracle_d.n", JsonValue.of(-1))),
                    derivation.status());
        }

        @Test
        void invalidAndMissingOptionalOraclesAreNamedTogether() {
            FakeProjection reading = CAPABILITY.deriving(input -> {
                input.readOptional(D, p -> p.field("n").count());
                return Facts.of();
            });

            Derivation derivation = SnapshotFixtures.with(reading).ok(A, "1").ok(B, "2").ok(D, "{'n': 'x'}")
                    .derive();

            assertEquals(status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE,
                    StatusDetails.invalidData(List.of(C, D), "oracles.oracle_d.n", JsonValue.of("x"))),
                    derivation.status());
        }

        @Test
        void allOraclesReadyAndDerivationOkIsReady() {
            Derivation derivation = allReady(CAPABILITY).derive();

            assertEquals(ProjectionStatus.READY, derivation.status());
            assertEquals(Facts.of("cap|oracle_b=2", "cap|oracle_a=1", "cap|oracle_d=4", "cap|oracle_c=3"),
                    derivation.projection().orElseThrow().body());
        }

        @Test
        void optionalReaderReturningNullReadsAsEmptyButStaysReady() {
            FakeProjection reading = CAPABILITY.deriving(input -> Facts.of(String.valueOf(input.readOptional(C,
                    p -> null).isPresent())));

            Derivation derivation = allReady(reading).derive();

            assertEquals(ProjectionStatus.READY, derivation.status());
            assertEquals(Facts.of("false"), derivation.projection().orElseThrow().body());
        }

        @Test
        void capabilityWithoutOraclesIsReady() {
            assertEquals(ProjectionStatus.READY, SnapshotFixtures.with(FakeProjection.of("plain")).derive().status());
        }
    }

    @Nested
    class PublishedProjection {

        @Test
        void projectionCarriesCapabilityTokenAndVersions() {
            Derivation derivation = allReady(CAPABILITY).token("dash-1").derive();

            assertEquals(new Projection(CAP, "dash-1", 1, 1, Facts.of("cap|oracle_b=2", "cap|oracle_a=1",
                    "cap|oracle_d=4", "cap|oracle_c=3")), derivation.projection().orElseThrow());
            assertEquals(CAP, derivation.capability());
        }

        @Test
        void projectionCarriesThePinnedProjectionVersion() {
            assertEquals(2, allReady(CAPABILITY).projectionVersion(2).derive().projection().orElseThrow()
                    .projectionVersion());
        }

        @Test
        void fingerprintIsTheParityFingerprintOfTheBodysFacts() {
            FakeProjection facts = FakeProjection.of("cap").deriving(input -> Facts.of("b", "a"));

            Derivation derivation = SnapshotFixtures.with(facts).derive();

            assertEquals(Optional.of("911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2"),
                    derivation.fingerprint());
        }

        @Test
        void partialProjectionHasAFingerprintToo() {
            Derivation derivation = SnapshotFixtures.with(CAPABILITY).ok(A, "1").ok(B, "2").derive();

            assertEquals(Optional.of(ParityFingerprint.of(List.of("cap|oracle_b=2", "cap|oracle_a=1"))),
                    derivation.fingerprint());
        }

        @Test
        void elapsedTimeComesFromTheInjectedTicker() {
            Iterator<Long> ticks = List.of(1_000L, 1_250L, 5_000L, 5_400L).iterator();
            LongSupplier ticker = ticks::next;
            Snapshot snapshot = allReady(CAPABILITY).snapshot();
            Projections projections = new Projections(ProjectionCatalog.of(List.of(CAPABILITY,
                    FakeProjection.of("gone").requires(OracleKey.of("oracle_z")))), ticker);

            assertEquals(Duration.ofNanos(250), projections.derive(CAP, snapshot).value().elapsed());
            assertEquals(Duration.ofNanos(400), projections.derive(Capability.of("gone"), snapshot).value()
                    .elapsed());
        }

        @Test
        void elapsedTimeIsNeverNegative() {
            Iterator<Long> ticks = List.of(9_000L, 1_000L).iterator();
            Projections projections = new Projections(ProjectionCatalog.of(List.of(CAPABILITY)), ticks::next);

            assertEquals(Duration.ZERO, projections.derive(CAP, allReady(CAPABILITY).snapshot()).value().elapsed());
        }
    }

    @Nested
    class Engine {
        private final FakeProjection thrower = FakeProjection.of("thrower").requires(A).deriving(input -> {
            throw new IllegalStateException("boom");
        });
        private final FakeProjection invalid = FakeProjection.of("invalid").requires(A)
                .deriving(input -> Facts.of(input.required(A).string()));
        private final FakeProjection partial = FakeProjection.of("partial").requires(A).optional(C);
        private final FakeProjection ready = FakeProjection.of("ready").requires(A);
        private final FakeProjection unavailable = FakeProjection.of("unavailable").requires(B);
        private final ProjectionCatalog catalog = ProjectionCatalog.of(List.of(thrower, invalid, partial, ready,
                unavailable));
        private final Projections projections = new Projections(catalog);

        private Snapshot snapshot() {
            return SnapshotFixtures.with(catalog).ok(A, "1").snapshot();
        }

        @Test
        void oneCapabilityFailingNeverAffectsTheOthers() {
            Map<Capability, Derivation> derived = projections.deriveAll(snapshot(), catalog.capabilities()).value();

            assertEquals(List.of(Capability.of("thrower"), Capability.of("invalid"), Capability.of("partial"),
                    Capability.of("ready"), Capability.of("unavailable")), new ArrayList<>(derived.keySet()));
            assertEquals(status(ProjectionState.FAILED, ProjectionReason.PROJECTION_DERIVATION_FAILED,
                    StatusDetails.error("java.lang.IllegalStateException: boom")),
                    derived.get(Capability.of("thrower")).status());
            assertEquals(status(ProjectionState.FAILED, ProjectionReason.INVALID_PROJECTION_DATA,
                    StatusDetails.invalidData(List.of(A), "oracles.oracle_a", JsonValue.of(1))),
                    derived.get(Capability.of("invalid")).status());
            assertEquals(status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE,
                    StatusDetails.oracles(List.of(C))), derived.get(Capability.of("partial")).status());
            assertEquals(ProjectionStatus.READY, derived.get(Capability.of("ready")).status());
            assertEquals(Facts.of("ready|oracle_a=1"), derived.get(Capability.of("ready")).projection()
                    .orElseThrow().body());
            assertEquals(status(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                    StatusDetails.oracles(List.of(B))), derived.get(Capability.of("unavailable")).status());
        }

        @Test
        void capabilitiesAreDerivedInTheGivenOrderAndEachOnce() {
            AtomicInteger calls = new AtomicInteger();
            FakeProjection counted = FakeProjection.of("counted").deriving(input -> {
                calls.incrementAndGet();
                return Facts.of();
            });
            ProjectionCatalog both = ProjectionCatalog.of(List.of(ready, counted));
            Snapshot snapshot = SnapshotFixtures.with(both).ok(A, "1").snapshot();

            Map<Capability, Derivation> derived = new Projections(both).deriveAll(snapshot, List.of(
                    Capability.of("counted"), Capability.of("ready"), Capability.of("counted"))).value();

            assertEquals(List.of(Capability.of("counted"), Capability.of("ready")), new ArrayList<>(derived.keySet()));
            assertEquals(1, calls.get());
        }

        @Test
        void bundlePublishesReadyAndPartialProjectionsAndListsEveryStatus() {
            Snapshot snapshot = snapshot();

            Snapshot bundle = projections.deriveInto(snapshot, catalog.capabilities()).value();

            assertEquals(List.of(Capability.of("partial"), Capability.of("ready")),
                    List.copyOf(bundle.projections().keySet()));
            assertEquals(List.of(Capability.of("invalid"), Capability.of("partial"), Capability.of("ready"),
                    Capability.of("thrower"), Capability.of("unavailable")),
                    List.copyOf(bundle.projectionStatuses().keySet()));
            assertEquals(Map.of(Capability.of("partial"), ParityFingerprint.of(List.of("partial|oracle_a=1")),
                    Capability.of("ready"), ParityFingerprint.of(List.of("ready|oracle_a=1"))), bundle.fingerprints());
            assertEquals(snapshot.oracles(), bundle.oracles());
            assertEquals(snapshot.oracleStatuses(), bundle.oracleStatuses());
            assertEquals(snapshot.metadata(), bundle.metadata());
        }

        @Test
        void bundleOfSomeDerivationsAddsOnlyThose() {
            Snapshot snapshot = snapshot();
            Derivation readyOne = projections.derive(Capability.of("ready"), snapshot).value();

            Snapshot bundle = Projections.bundle(snapshot, List.of(readyOne));

            assertEquals(Map.of(Capability.of("ready"), ProjectionStatus.READY), bundle.projectionStatuses());
            assertEquals(Map.of(Capability.of("ready"), readyOne.projection().orElseThrow()), bundle.projections());
            assertEquals(Map.of(Capability.of("ready"), readyOne.fingerprint().orElseThrow()), bundle.fingerprints());
        }

        @Test
        void unknownCapabilityIsRejected() {
            Outcome<Derivation> outcome = projections.derive(Capability.of("weather"), snapshot());

            assertFalse(outcome.isAccepted());
            assertEquals(RequestReason.UNKNOWN_CAPABILITY, outcome.rejection().reasonCode());
            assertEquals(TestJson.object("{'field': 'capability', 'value': 'weather'}"), outcome.rejection().details());
            assertEquals("no projection is registered for capability 'weather'", outcome.rejection().message());
        }

        @Test
        void unknownCapabilityAmongOthersRejectsTheWholeDerivation() {
            Outcome<Map<Capability, Derivation>> outcome = projections.deriveAll(snapshot(),
                    List.of(Capability.of("ready"), Capability.of("weather")));
            Outcome<Snapshot> bundle = projections.deriveInto(snapshot(), List.of(Capability.of("weather")));

            assertEquals(RequestReason.UNKNOWN_CAPABILITY, outcome.rejection().reasonCode());
            assertEquals(JsonValue.of("weather"), outcome.rejection().details().getOrNull("value"));
            assertEquals(RequestReason.UNKNOWN_CAPABILITY, bundle.rejection().reasonCode());
        }

        @Test
        void engineExposesItsCatalogAndNeedsItsCollaborators() {
            assertSame(catalog, projections.catalog());
            assertThrows(NullPointerException.class, () -> new Projections(null));
            assertThrows(NullPointerException.class, () -> new Projections(catalog, null));
        }
    }

    @Nested
    class Input {
        private final java.util.concurrent.atomic.AtomicReference<ProjectionInput> seen =
                new java.util.concurrent.atomic.AtomicReference<>();

        private FakeProjection capturing(FakeProjection projection) {
            return projection.deriving(input -> {
                seen.set(input);
                return Facts.of();
            });
        }

        @Test
        void inputExposesTheSnapshotsContextForTheCapability() {
            FakeProjection withParameters = capturing(CAPABILITY.withParameters(requested ->
                    TestJson.object("{'threshold': 5}")));

            allReady(withParameters).token("dash-9").projectionVersion(2).scope(
                    org.dashboard.snapshot.domain.contract.Scope.container(12))
                    .parameters("{'timezone': 'America/New_York', 'generated_at': '2026-01-02T03:04:05Z'}").derive();

            ProjectionInput input = seen.get();
            assertEquals(CAP, input.capability());
            assertEquals("dash-9", input.requestToken());
            assertEquals(2, input.projectionVersion());
            assertEquals(org.dashboard.snapshot.domain.contract.Scope.container(12), input.scope());
            assertEquals(java.time.Instant.parse("2026-01-02T03:04:05Z"), input.generatedAt());
            assertEquals(java.time.ZoneId.of("America/New_York"), input.timezone());
            assertEquals(TestJson.object("{'threshold': 5}"), input.parameters());
        }

        @Test
        void requiredPayloadIsReadWithItsOraclePath() {
            FakeProjection reading = CAPABILITY.deriving(input -> Facts.of(input.required(A).path() + "="
                    + input.required(A).field("x").count()));

            assertEquals(Facts.of("oracles.oracle_a=7"), allReady(reading).ok(A, "{'x': 7}").derive().projection()
                    .orElseThrow().body());
        }

        @Test
        void optionalReadinessIsTrackedPerOracle() {
            FakeProjection reading = CAPABILITY.deriving(input -> {
                List<String> facts = new ArrayList<>();
                facts.add("c=" + input.optionalReady(C));
                facts.add("d=" + input.optionalReady(D));
                facts.add("a=" + input.optionalReady(A));
                input.readOptional(C, p -> p.string());
                facts.add("c-after=" + input.optionalReady(C));
                facts.add("unready=" + input.unreadyOptionalOracles());
                return new Facts(facts);
            });

            Derivation derivation = SnapshotFixtures.with(reading).ok(A, "1").ok(B, "2").ok(C, "3").derive();

            assertEquals(Facts.of("c=true", "d=false", "a=false", "c-after=false",
                    "unready=[oracle_c, oracle_d]"), derivation.projection().orElseThrow().body());
        }

        @Test
        void unreadyOptionalOracleIsNeverRead() {
            AtomicInteger reads = new AtomicInteger();
            FakeProjection reading = CAPABILITY.deriving(input -> {
                input.readOptional(D, p -> reads.incrementAndGet());
                return Facts.of();
            });

            allReady(reading).error(D, "x").derive();

            assertEquals(0, reads.get());
        }

        @Test
        void readingAnUndeclaredOptionalOracleIsRefused() {
            FakeProjection sneaky = CAPABILITY.deriving(input -> Facts.of(input.readOptional(A, Payload::raw)
                    .toString()));

            assertEquals(Optional.of("java.lang.IllegalArgumentException: oracle_a is not an optional oracle of cap"),
                    allReady(sneaky).derive().status().details().orElseThrow().error());
        }

        @Test
        void oracleStatusIsTheSnapshotsForDeclaredOracles() {
            capturing(CAPABILITY);
            allReady(capturing(CAPABILITY)).error(D, "boom").derive();
            ProjectionInput input = seen.get();

            assertEquals(Optional.of(new org.dashboard.snapshot.domain.contract.OracleStatus.Ready(false, 0, Map.of())),
                    input.oracleStatus(A));
            assertEquals("failed", input.oracleStatus(D).orElseThrow().status());
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> input.oracleStatus(OracleKey.of("oracle_z")));
            assertEquals("oracle_z is not an oracle of cap", thrown.getMessage());
        }

        @Test
        void oracleStatusIsEmptyForAnOracleNeitherSuppliedNorExpected() {
            FakeProjection other = FakeProjection.of("other");
            FakeProjection cap = capturing(CAPABILITY);
            ProjectionCatalog catalog = ProjectionCatalog.of(List.of(other, cap));
            Snapshot snapshot = SnapshotFixtures.assembler(catalog).assemble(
                    org.dashboard.snapshot.domain.contract.DashboardContext.section(42, 7), Optional.of("t"),
                    Map.of(A, OracleResult.ok(JsonValue.of(1)), B, OracleResult.ok(JsonValue.of(2))),
                    org.dashboard.snapshot.domain.assembly.AssemblyOptions.of(
                            org.dashboard.snapshot.domain.contract.Scope.course(), List.of(Capability.of("other"))))
                    .value();

            Derivation derivation = new Projections(catalog).derive(CAP, snapshot).value();

            assertEquals(Optional.empty(), seen.get().oracleStatus(C));
            assertEquals(status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE,
                    StatusDetails.oracles(List.of(C, D))), derivation.status());
        }
    }

    @Test
    void derivationIsPublishedExactlyWhenItHasAProjectionAndAFingerprint() {
        Projection projection = new Projection(CAP, "t", 1, 1, Facts.of());
        StatusDetails details = StatusDetails.oracles(List.of(A));
        ProjectionStatus failed = status(ProjectionState.FAILED, ProjectionReason.REQUIRED_ORACLE_FAILED, details);

        assertThrows(IllegalArgumentException.class, () -> new Derivation(CAP, ProjectionStatus.READY,
                Optional.empty(), Optional.empty(), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Derivation(CAP, ProjectionStatus.READY,
                Optional.of(projection), Optional.empty(), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Derivation(CAP, failed, Optional.of(projection),
                Optional.of("f"), Duration.ZERO));
        assertThrows(NullPointerException.class, () -> new Derivation(null, failed, Optional.empty(),
                Optional.empty(), Duration.ZERO));
        assertThrows(NullPointerException.class, () -> new Derivation(CAP, failed, Optional.empty(),
                Optional.empty(), null));
        assertTrue(new Derivation(CAP, failed, Optional.empty(), Optional.empty(), Duration.ZERO).projection()
                .isEmpty());
    }

    @Test
    void exceptionsCarryWhatWasWrong() {
        InvalidParameters parameters = new InvalidParameters("inactivity_days", JsonValue.of(0), "1..365");
        InvalidProjectionData data = new InvalidProjectionData(A, "oracles.oracle_a.x", JsonValue.of(2), "bad");

        assertEquals("inactivity_days", parameters.field());
        assertEquals(JsonValue.of(0), parameters.value());
        assertEquals("1..365", parameters.getMessage());
        assertEquals(A, data.oracle());
        assertEquals("oracles.oracle_a.x", data.path());
        assertEquals(JsonValue.of(2), data.value());
        assertEquals("oracles.oracle_a.x: bad", data.getMessage());
        assertThrows(NullPointerException.class, () -> new InvalidParameters(null, JsonValue.of(0), "m"));
        assertThrows(NullPointerException.class, () -> new InvalidParameters("f", null, "m"));
        assertThrows(NullPointerException.class, () -> new InvalidProjectionData(null, "p", JsonValue.of(1), "m"));
        assertThrows(NullPointerException.class, () -> new InvalidProjectionData(A, null, JsonValue.of(1), "m"));
        assertThrows(NullPointerException.class, () -> new InvalidProjectionData(A, "p", null, "m"));
    }
}
