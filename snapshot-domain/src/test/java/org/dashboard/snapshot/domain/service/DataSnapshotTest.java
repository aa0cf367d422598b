package org.dashboard.snapshot.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.dashboard.snapshot.domain.service.PortFakes.everything;
import static org.dashboard.snapshot.domain.service.PortFakes.ok;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dashboard.snapshot.domain.assembly.Assembler;
import org.dashboard.snapshot.domain.assembly.AssemblyOptions;
import org.dashboard.snapshot.domain.assembly.SnapshotRequest;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleReason;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleLoad;
import org.dashboard.snapshot.domain.port.OracleResultCache;
import org.dashboard.snapshot.domain.port.OracleSource;
import org.dashboard.snapshot.domain.port.ScopeAuthorizer;
import org.dashboard.snapshot.domain.port.SnapshotTelemetry;
import org.dashboard.snapshot.domain.port.TelemetryScope;
import org.dashboard.snapshot.domain.projection.ParityFingerprint;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.projection.Projections;
import org.dashboard.snapshot.domain.service.PortFakes.Assembled;
import org.dashboard.snapshot.domain.service.PortFakes.Derived;
import org.dashboard.snapshot.domain.service.PortFakes.InMemoryCache;
import org.dashboard.snapshot.domain.service.PortFakes.RecordingTelemetry;
import org.dashboard.snapshot.domain.service.PortFakes.ScriptedSource;
import org.dashboard.snapshot.domain.service.PortFakes.Untouchable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DataSnapshotTest {
    private static final OracleKey BINS = OracleKey.PROGRESS_BINS;
    private static final OracleKey SCOPE = OracleKey.SCOPE_RESOURCES;
    private static final OracleKey SCHEDULE = OracleKey.SCHEDULE_POSITION;
    private static final OracleKey ROWS = OracleKey.PROGRESS_PROFICIENCY;
    private static final OracleKey INFO = OracleKey.STUDENT_INFO;
    private static final OracleKey GRADES = OracleKey.GRADES;

    private static final Capability PROGRESS = Capability.of("progress");
    private static final Capability SUPPORT = Capability.of("support");
    private static final Capability GRADES_VIEW = Capability.of("grades_view");

    private static final ProjectionCatalog CATALOG = ProjectionCatalog.of(List.of(
            FakeProjection.of("progress").requires(BINS, SCOPE).optional(SCHEDULE),
            FakeProjection.of("support").requires(ROWS, INFO),
            FakeProjection.of("grades_view").requires(GRADES)));

    private static final DashboardContext SECTION = DashboardContext.section(42, 7);
    private static final TelemetryScope COURSE_TAGS = new TelemetryScope("section", "course");

    private static OracleCacheKey key(OracleKey oracle) {
        return new OracleCacheKey(oracle, 0, 42, Scope.course(), ScopeRequest.CURRENT_DATA);
    }

    private static ScopeRequest request(Capability... capabilities) {
        return new ScopeRequest(SECTION, Optional.of("tok-1"), AssemblyOptions.of(Scope.course(),
                List.of(capabilities)), ScopeRequest.CURRENT_DATA);
    }

    private static OracleLoad load(List<OracleKey> required, List<OracleKey> optional) {
        return new OracleLoad(SECTION, Scope.course(), "tok-1", new TreeSet<>(required), new TreeSet<>(optional));
    }

    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final InMemoryCache cache = new InMemoryCache();

    private DataSnapshot service(OracleSource source, OracleResultCache cache) {
        return service(source, cache, Map.of());
    }

    private DataSnapshot service(OracleSource source, OracleResultCache cache, Map<OracleKey, Integer> versions) {
        return new DataSnapshot(SnapshotFixtures.assembler(CATALOG), new Projections(CATALOG, PortFakes.ticker(10)),
                source, cache, telemetry, versions, PortFakes.ticker(100));
    }

    /** A source that loads with {@code loads} and tells which sections it serves with {@code serves}. */
    private static OracleSource withDirectory(OracleSource loads, java.util.function.LongPredicate serves) {
        return new OracleSource() {
            @Override
            public Map<OracleKey, OracleResult> load(OracleLoad request) {
                return loads.load(request);
            }

            @Override
            public boolean servesSection(long sectionId) {
                return serves.test(sectionId);
            }
        };
    }

    private DataSnapshot authorized(OracleSource source, OracleResultCache cache, ScopeAuthorizer authorizer) {
        return new DataSnapshot(SnapshotFixtures.assembler(CATALOG), new Projections(CATALOG, PortFakes.ticker(10)),
                source, cache, telemetry, authorizer, Map.of(), PortFakes.ticker(100));
    }

    private static ProjectionStatus status(ProjectionState state, ProjectionReason reason, OracleKey... oracles) {
        return ProjectionStatus.of(state, reason, StatusDetails.oracles(List.of(oracles)));
    }

    @Nested
    class GetOrBuild {

        @Test
        void allRequiredOraclesCachedAskTheCoordinatorOnlyForTheOptionalOnes() {
            for (OracleKey required : List.of(BINS, SCOPE, ROWS, INFO, GRADES)) {
                cache.with(key(required), everything().get(required));
            }
            ScriptedSource source = ScriptedSource.serving(everything());

            Snapshot bundle = service(source, cache).getOrBuild(request()).value();

            assertEquals(List.of(load(List.of(), List.of(SCHEDULE))), source.loads);
            assertEquals(List.of(key(GRADES), key(BINS), key(ROWS), key(SCOPE), key(INFO)), cache.gets);
            assertEquals(Map.of(key(SCHEDULE), everything().get(SCHEDULE)), cache.puts);
            assertEquals(Map.of(PROGRESS, ProjectionStatus.READY, SUPPORT, ProjectionStatus.READY, GRADES_VIEW,
                    ProjectionStatus.READY), bundle.projectionStatuses());
        }

        @Test
        void allRequiredCachedAndNoOptionalOraclesLeavesTheCoordinatorAlone() {
            cache.with(key(GRADES), ok("{'grades': []}"));
            ScriptedSource source = ScriptedSource.serving(Map.of());

            Snapshot bundle = service(source, cache).getOrBuild(request(GRADES_VIEW)).value();

            assertEquals(List.of(), source.loads);
            assertEquals(Map.of(), cache.puts);
            assertEquals(Map.of(GRADES, TestJson.parse("{'grades': []}")), bundle.oracles());
            assertEquals(Map.of(GRADES_VIEW, ProjectionStatus.READY), bundle.projectionStatuses());
        }

        @Test
        void allMissesAreLoadedFromTheCoordinatorAndWrittenBack() {
            ScriptedSource source = ScriptedSource.serving(everything());

            Snapshot bundle = service(source, cache).getOrBuild(request()).value();

            assertEquals(List.of(load(List.of(BINS, SCOPE, ROWS, INFO, GRADES), List.of(SCHEDULE))), source.loads);
            Map<OracleCacheKey, OracleResult> expectedPuts = new LinkedHashMap<>();
            everything().forEach((oracle, result) -> expectedPuts.put(key(oracle), result));
            assertEquals(expectedPuts, cache.puts);
            assertEquals(List.of(BINS, GRADES, INFO, ROWS, SCHEDULE, SCOPE).size(), bundle.oracles().size());
            assertEquals(Map.of(PROGRESS, ProjectionStatus.READY, SUPPORT, ProjectionStatus.READY, GRADES_VIEW,
                    ProjectionStatus.READY), bundle.projectionStatuses());
        }

        @Test
        void aCachedErrorIsAMiss() {
            cache.with(key(GRADES), OracleResult.error(JsonValue.of("timeout")));
            ScriptedSource source = ScriptedSource.serving(everything());

            Snapshot bundle = service(source, cache).getOrBuild(request(GRADES_VIEW)).value();

            assertEquals(List.of(load(List.of(GRADES), List.of())), source.loads);
            assertEquals(ProjectionStatus.READY, bundle.projectionStatuses().get(GRADES_VIEW));
            assertEquals(Map.of(key(GRADES), everything().get(GRADES)), cache.puts);
        }

        @Test
        void aCacheAnsweringNullIsAMiss() {
            OracleResultCache nullCache = new OracleResultCache() {
                @Override
                public Optional<OracleResult> get(OracleCacheKey key) {
                    return null;
                }

                @Override
                public void put(OracleCacheKey key, OracleResult result, long arrival) {
                }
            };
            ScriptedSource source = ScriptedSource.serving(everything());

            Snapshot bundle = service(source, nullCache).getOrBuild(request(GRADES_VIEW)).value();

            assertEquals(List.of(load(List.of(GRADES), List.of())), source.loads);
            assertEquals(ProjectionStatus.READY, bundle.projectionStatuses().get(GRADES_VIEW));
            assertEquals(List.of(), telemetry.cacheFailures);
        }

        @Test
        void aCacheThatThrowsIsTreatedAsMissesAndRecorded() {
            cache.with(key(GRADES), ok("{'grades': []}"));
            cache.failGet = true;
            cache.failPut = true;
            ScriptedSource source = ScriptedSource.serving(everything());

            Outcome<Snapshot> outcome = service(source, cache).getOrBuild(request(PROGRESS, GRADES_VIEW));

            assertEquals(List.of(load(List.of(BINS, SCOPE, GRADES), List.of(SCHEDULE))), source.loads);
            assertEquals(List.of("get", "get", "get", "put", "put", "put", "put"), telemetry.cacheFailures);
            assertEquals(Map.of(PROGRESS, ProjectionStatus.READY, GRADES_VIEW, ProjectionStatus.READY),
                    outcome.value().projectionStatuses());
        }

        @Test
        void aCacheThatThrowsOnlyOnPutStillServesItsHits() {
            cache.with(key(GRADES), ok("{'grades': [1]}"));
            cache.failPut = true;
            ScriptedSource source = ScriptedSource.serving(everything());

            Snapshot bundle = service(source, cache).getOrBuild(request(PROGRESS, GRADES_VIEW)).value();

            assertEquals(TestJson.parse("{'grades': [1]}"), bundle.oracles().get(GRADES));
            assertEquals(List.of("put", "put", "put"), telemetry.cacheFailures);
        }

        @Test
        void anErrorEnvelopeFromTheCoordinatorFailsOnlyItsCapabilityAndIsNotCached() {
            Map<OracleKey, OracleResult> results = everything();
            results.put(GRADES, new OracleResult.Error(1, false, JsonValue.of("boom"), Map.of()));
            ScriptedSource source = ScriptedSource.serving(results);

            Snapshot bundle = service(source, cache).getOrBuild(request()).value();

            assertEquals(new OracleStatus.Failed(false, 1, Map.of(), JsonValue.of("boom"), OracleReason.ORACLE_ERROR),
                    bundle.oracleStatuses().get(GRADES));
            assertEquals(status(ProjectionState.FAILED, ProjectionReason.REQUIRED_ORACLE_FAILED, GRADES),
                    bundle.projectionStatuses().get(GRADES_VIEW));
            assertEquals(ProjectionStatus.READY, bundle.projectionStatuses().get(PROGRESS));
            assertEquals(ProjectionStatus.READY, bundle.projectionStatuses().get(SUPPORT));
            assertFalse(cache.puts.containsKey(key(GRADES)));
            assertEquals(5, cache.puts.size());
        }

        @Test
        void aCoordinatorThatThrowsFailsEveryOracleItWasAskedFor() {
            cache.with(key(BINS), everything().get(BINS)).with(key(SCOPE), everything().get(SCOPE));
            ScriptedSource source = new ScriptedSource(load -> {
                throw new IllegalStateException("upstream down");
            });

            Snapshot bundle = service(source, cache).getOrBuild(request(PROGRESS, GRADES_VIEW)).value();

            JsonValue reason = TestJson.parse("{'code': 'coordinator_failed', 'message': 'upstream down'}");
            OracleStatus failed = new OracleStatus.Failed(false, 0, Map.of(), reason, OracleReason.ORACLE_ERROR);
            assertEquals(Map.of(GRADES, failed, SCHEDULE, failed, BINS, new OracleStatus.Ready(false, 0, Map.of()),
                    SCOPE, new OracleStatus.Ready(false, 0, Map.of())), bundle.oracleStatuses());
            assertEquals(status(ProjectionState.FAILED, ProjectionReason.REQUIRED_ORACLE_FAILED, GRADES),
                    bundle.projectionStatuses().get(GRADES_VIEW));
            assertEquals(status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE, SCHEDULE),
                    bundle.projectionStatuses().get(PROGRESS));
            assertEquals(Map.of(), cache.puts);
        }

        @Test
        void aCoordinatorThatThrowsWithoutAMessageIsStillAnOracleError() {
            ScriptedSource source = new ScriptedSource(load -> {
                throw new IllegalStateException();
            });

            Snapshot bundle = service(source, cache).getOrBuild(request(GRADES_VIEW)).value();

            assertEquals(new OracleStatus.Failed(false, 0, Map.of(),
                    TestJson.parse("{'code': 'coordinator_failed', 'message': 'null'}"), OracleReason.ORACLE_ERROR),
                    bundle.oracleStatuses().get(GRADES));
        }

        @Test
        void aCoordinatorAnsweringNullLeavesEveryAskedOracleUnavailable() {
            ScriptedSource source = new ScriptedSource(load -> null);

            Snapshot bundle = service(source, cache).getOrBuild(request(GRADES_VIEW)).value();

            assertEquals(Map.of(GRADES, OracleStatus.Unavailable.INSTANCE), bundle.oracleStatuses());
            assertEquals(status(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD, GRADES),
                    bundle.projectionStatuses().get(GRADES_VIEW));
        }

        @Test
        void resultsAreWrittenBackUnderTheirVersionContextScopeAndDataVersion() {
            OracleResult versioned = new OracleResult.Ok(3, false, TestJson.parse("{'grades': []}"), Map.of());
            ScriptedSource source = ScriptedSource.serving(Map.of(GRADES, versioned));
            ScopeRequest request = new ScopeRequest(SECTION, Optional.of("tok-1"),
                    AssemblyOptions.of(Scope.container(1001), List.of(GRADES_VIEW)), "v7");

            service(source, cache, Map.of(GRADES, 3)).getOrBuild(request).value();

            OracleCacheKey expected = new OracleCacheKey(GRADES, 3, 42, Scope.container(1001), "v7");
            assertEquals(List.of(expected), cache.gets);
            assertEquals(Map.of(expected, versioned), cache.puts);
        }

        @Test
        void aWrittenBackResultIsAHitForTheNextRequest() {
            ScriptedSource source = ScriptedSource.serving(everything());
            DataSnapshot service = service(source, cache);

            service.getOrBuild(request(GRADES_VIEW)).value();
            Snapshot second = service.getOrBuild(request(GRADES_VIEW)).value();

            assertEquals(1, source.loads.size());
            assertEquals(ProjectionStatus.READY, second.projectionStatuses().get(GRADES_VIEW));
        }

        @Test
        void cacheIsReadUnderTheConfiguredOracleVersion() {
            cache.with(new OracleCacheKey(GRADES, 2, 42, Scope.course(), "current"), ok("{'grades': [2]}"))
                    .with(key(GRADES), ok("{'grades': [0]}"));

            Snapshot bundle = service(ScriptedSource.serving(Map.of()), cache, Map.of(GRADES, 2))
                    .getOrBuild(request(GRADES_VIEW)).value();

            assertEquals(TestJson.parse("{'grades': [2]}"), bundle.oracles().get(GRADES));
        }

        @Test
        void runtimeResultsOverrideCachedOnesForTheSameKey() {
            cache.with(key(BINS), ok("'cached'")).with(key(SCOPE), ok("'cached'"));
            Map<OracleKey, OracleResult> fresh = Map.of(BINS, ok("'fresh'"), SCHEDULE, ok("'schedule'"));
            ScriptedSource source = new ScriptedSource(load -> fresh);

            Snapshot bundle = service(source, cache).getOrBuild(request(PROGRESS)).value();

            assertEquals(JsonValue.of("fresh"), bundle.oracles().get(BINS));
            assertEquals(JsonValue.of("cached"), bundle.oracles().get(SCOPE));
        }

        @Test
        void partialFailedAndUnavailableProjectionsStandSideBySide() {
            Map<OracleKey, OracleResult> results = everything();
            results.put(SCHEDULE, OracleResult.error(JsonValue.of("timeout")));
            results.put(GRADES, OracleResult.error(TestJson.parse("{'code': 'timeout'}")));
            results.remove(ROWS);
            ScriptedSource source = ScriptedSource.serving(results);

            Snapshot bundle = service(source, cache).getOrBuild(request()).value();

            assertEquals(Map.of(
                    PROGRESS, status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE, SCHEDULE),
                    SUPPORT, status(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD, ROWS),
                    GRADES_VIEW, status(ProjectionState.FAILED, ProjectionReason.PROJECTION_TIMEOUT, GRADES)),
                    bundle.projectionStatuses());
            assertEquals(List.of(PROGRESS), List.copyOf(bundle.projections().keySet()));
            assertEquals(List.of(PROGRESS), List.copyOf(bundle.fingerprints().keySet()));
            assertEquals(OracleStatus.Unavailable.INSTANCE, bundle.oracleStatuses().get(ROWS));
        }

        @Test
        void telemetryRecordsOneAssemblyAndOneDerivationPerCapability() {
            Map<OracleKey, OracleResult> results = everything();
            results.remove(ROWS);
            ScriptedSource source = ScriptedSource.serving(results);
            ScopeRequest request = new ScopeRequest(SECTION, Optional.empty(), AssemblyOptions.of(Scope.container(5),
                    List.of(GRADES_VIEW, SUPPORT)), "current");

            service(source, cache).getOrBuild(request).value();

            TelemetryScope tags = new TelemetryScope("section", "container");
            assertEquals(List.of(new Assembled(tags, Optional.empty(), Duration.ofNanos(100))), telemetry.assembled);
            assertEquals(List.of(
                    new Derived(tags, GRADES_VIEW, ProjectionStatus.READY, Duration.ofNanos(10)),
                    new Derived(tags, SUPPORT, status(ProjectionState.UNAVAILABLE,
                            ProjectionReason.MISSING_ORACLE_PAYLOAD, ROWS), Duration.ofNanos(10))),
                    telemetry.derived);
        }

        @Test
        void aSectionTheSourceDoesNotServeIsRejectedBeforeAnythingIsLoaded() {
            Untouchable ports = new Untouchable();
            OracleSource elsewhere = withDirectory(ports, sectionId -> sectionId != 42);

            Outcome<Snapshot> outcome = service(elsewhere, ports).getOrBuild(request(PROGRESS));

            assertEquals(org.dashboard.snapshot.domain.contract.RequestReason.UNKNOWN_SECTION,
                    outcome.rejection().reasonCode());
            assertEquals(TestJson.parse("{'field': 'section_id', 'value': 42}"), outcome.rejection().details());
            assertEquals(List.of(), telemetry.assembled);
        }

        @Test
        void aSectionTheCallerMayNotReadIsRefusedBeforeAnythingIsLoadedEvenWhenUnknown() {
            Untouchable ports = new Untouchable();
            List<DashboardContext> asked = new ArrayList<>();
            ScopeAuthorizer nobody = context -> {
                asked.add(context);
                return false;
            };
            OracleSource unknownSection = withDirectory(ports, sectionId -> {
                throw new AssertionError("an unauthorized caller must not learn whether the section exists");
            });

            Outcome<Snapshot> outcome = authorized(unknownSection, ports, nobody).getOrBuild(request(PROGRESS));

            assertEquals(org.dashboard.snapshot.domain.contract.RequestReason.UNAUTHORIZED_SCOPE,
                    outcome.rejection().reasonCode());
            assertEquals(TestJson.parse("{'field': 'section_id', 'value': 42}"), outcome.rejection().details());
            assertEquals("the caller may not read section 42", outcome.rejection().message());
            assertEquals(List.of(SECTION), asked);
            assertEquals(List.of(), telemetry.assembled);
        }

        @Test
        void anAuthorizerThatThrowsRefusesTheSection() {
            Untouchable ports = new Untouchable();
            ScopeAuthorizer broken = context -> {
                throw new IllegalStateException("no request context");
            };

            Outcome<Snapshot> outcome = authorized(ports, ports, broken).getOrBuild(request(PROGRESS));

            assertEquals(org.dashboard.snapshot.domain.contract.RequestReason.UNAUTHORIZED_SCOPE,
                    outcome.rejection().reasonCode());
        }

        @Test
        void aGrantedSectionIsBuiltAsWithoutAuthorization() {
            ScopeAuthorizer onlySection42 = context -> context.contextId() == 42 && context.userId() == 7;

            Snapshot bundle = authorized(ScriptedSource.serving(everything()), cache, onlySection42)
                    .getOrBuild(request(GRADES_VIEW)).value();

            assertEquals(ProjectionStatus.READY, bundle.projectionStatuses().get(GRADES_VIEW));
        }

        @Test
        void theProjectionOnlyPathNeverAsksTheAuthorizer() {
            ScopeAuthorizer untouchable = context -> {
                throw new AssertionError("the projection-only path reads no stored data");
            };
            DataSnapshot service = authorized(new Untouchable(), new Untouchable(), untouchable);

            assertTrue(service.project(new SnapshotRequest(SECTION, Optional.of("tok-1"),
                    Map.of(), AssemblyOptions.of(Scope.course(), List.of(GRADES_VIEW)), false)).isAccepted());
        }

        @Test
        void aSourceThatCannotTellWhetherItServesTheSectionIsAskedAnyway() {
            OracleSource source = withDirectory(ScriptedSource.serving(everything()), sectionId -> {
                throw new IllegalStateException("directory down");
            });

            Snapshot bundle = service(source, cache).getOrBuild(request(GRADES_VIEW)).value();

            assertEquals(ProjectionStatus.READY, bundle.projectionStatuses().get(GRADES_VIEW));
        }

        @Test
        void theIncrementalPlanOfARejectedRequestIsRecordedAsGetOrBuildRecordsIt() {
            Untouchable ports = new Untouchable();
            DataSnapshot service = service(ports, ports);
            ScopeRequest request = new ScopeRequest(SECTION, Optional.empty(), AssemblyOptions.of(Scope.course(),
                    List.of()).withProjectionVersion(3), "current");

            assertEquals(AssemblyReason.UNSUPPORTED_PROJECTION_VERSION,
                    service.plan(request).rejection().reasonCode());
            assertEquals(List.of(new Assembled(COURSE_TAGS, Optional.of(AssemblyReason.UNSUPPORTED_PROJECTION_VERSION),
                    Duration.ofNanos(100))), telemetry.assembled);
        }

        @Test
        void rejectedRequestIsRecordedAndTouchesNoPort() {
            Untouchable ports = new Untouchable();
            DataSnapshot service = service(ports, ports);
            ScopeRequest request = new ScopeRequest(SECTION, Optional.empty(), AssemblyOptions.of(Scope.course(),
                    List.of()).withProjectionVersion(3), "current");

            Outcome<Snapshot> outcome = service.getOrBuild(request);

            assertEquals(AssemblyReason.UNSUPPORTED_PROJECTION_VERSION, outcome.rejection().reasonCode());
            assertEquals(List.of(new Assembled(COURSE_TAGS, Optional.of(AssemblyReason.UNSUPPORTED_PROJECTION_VERSION),
                    Duration.ofNanos(100))), telemetry.assembled);
            assertEquals(List.of(), telemetry.derived);
        }

        @Test
        void mintedTokenIsWhatTheCoordinatorIsAskedWith() {
            ScriptedSource source = ScriptedSource.serving(everything());

            Snapshot bundle = service(source, cache).getOrBuild(ScopeRequest.of(SECTION,
                    AssemblyOptions.of(Scope.course(), List.of(GRADES_VIEW)))).value();

            assertEquals("minted-token", bundle.requestToken());
            assertEquals("minted-token", source.loads.get(0).requestToken());
            assertEquals("minted-token", bundle.projections().get(GRADES_VIEW).requestToken());
        }
    }

    @Nested
    class ProjectionOnly {

        private SnapshotRequest request(Map<OracleKey, OracleResult> results, Capability... capabilities) {
            return new SnapshotRequest(SECTION, Optional.of("tok-1"), results, AssemblyOptions.of(Scope.course(),
                    List.of(capabilities)), false);
        }

        @Test
        void projectAssemblesAndDerivesWithoutTouchingSourceOrCache() {
            Untouchable ports = new Untouchable();

            Snapshot bundle = service(ports, ports).project(request(everything())).value();

            assertEquals(Map.of(PROGRESS, ProjectionStatus.READY, SUPPORT, ProjectionStatus.READY, GRADES_VIEW,
                    ProjectionStatus.READY), bundle.projectionStatuses());
            assertEquals(6, bundle.oracles().size());
            assertEquals(List.of(new Assembled(COURSE_TAGS, Optional.empty(), Duration.ofNanos(100))),
                    telemetry.assembled);
            assertEquals(List.of(PROGRESS, SUPPORT, GRADES_VIEW), telemetry.derived.stream().map(Derived::capability)
                    .toList());
        }

        @Test
        void projectIsTheSameAsAssemblingAndDerivingDirectly() {
            Untouchable ports = new Untouchable();

            Snapshot bundle = service(ports, ports).project(request(everything(), SUPPORT)).value();

            Assembler assembler = SnapshotFixtures.assembler(CATALOG);
            Snapshot direct = new Projections(CATALOG).deriveInto(assembler.assemble(SECTION, Optional.of("tok-1"),
                    everything(), AssemblyOptions.of(Scope.course(), List.of(SUPPORT))).value(), List.of(SUPPORT))
                    .value();
            assertEquals(direct, bundle);
        }

        @Test
        void rejectedProjectOnlyRequestIsRecorded() {
            Untouchable ports = new Untouchable();
            SnapshotRequest request = new SnapshotRequest(SECTION, Optional.empty(), Map.of(),
                    AssemblyOptions.of(Scope.course(), List.of()).withContextScope(Scope.container(3)), false);

            Outcome<Snapshot> outcome = service(ports, ports).project(request);

            assertEquals(AssemblyReason.SCOPE_CONTEXT_MISMATCH, outcome.rejection().reasonCode());
            assertEquals(List.of(new Assembled(COURSE_TAGS, Optional.of(AssemblyReason.SCOPE_CONTEXT_MISMATCH),
                    Duration.ofNanos(100))), telemetry.assembled);
        }
    }

    @Nested
    class GetProjection {
        private final Untouchable ports = new Untouchable();
        private final DataSnapshot service = service(ports, ports);

        private Snapshot bundle(Map<OracleKey, OracleResult> results, Capability... capabilities) {
            return service.project(new SnapshotRequest(SECTION, Optional.of("tok-1"), results,
                    AssemblyOptions.of(Scope.course(), List.of(capabilities)), false)).value();
        }

        @Test
        void readyProjectionIsServedWithItsStatusAndFingerprint() {
            Snapshot bundle = bundle(everything());

            CapabilityView view = service.getProjection(bundle, GRADES_VIEW, false).value();

            assertEquals(new CapabilityView(GRADES_VIEW, ProjectionStatus.READY, bundle.projections().get(GRADES_VIEW),
                    ParityFingerprint.of(List.of("grades_view|oracle_instructor_grades={\"grades\":[]}"))), view);
        }

        @Test
        void partialProjectionIsServedWhenPartialIsAllowed() {
            Map<OracleKey, OracleResult> results = everything();
            results.remove(SCHEDULE);
            Snapshot bundle = bundle(results);

            CapabilityView view = service.getProjection(bundle, PROGRESS, true).value();

            assertEquals(status(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE, SCHEDULE),
                    view.status());
            assertSame(bundle.projections().get(PROGRESS), view.projection());
            assertEquals(bundle.fingerprints().get(PROGRESS), view.fingerprint());
        }

        @Test
        void partialProjectionIsRefusedWhenPartialIsNotAllowed() {
            Map<OracleKey, OracleResult> results = everything();
            results.remove(SCHEDULE);

            Rejection rejection = service.getProjection(bundle(results), PROGRESS, false).rejection();

            assertEquals(ProjectionReason.DEPENDENCY_UNAVAILABLE, rejection.reasonCode());
            assertEquals(TestJson.object("{'capability': 'progress', 'status': 'partial', 'allow_partial': false}"),
                    rejection.details());
            assertEquals("progress is partial; ask with allow_partial=true to receive it", rejection.message());
        }

        @Test
        void failedProjectionIsRefusedWithItsReason() {
            Map<OracleKey, OracleResult> results = everything();
            results.put(GRADES, OracleResult.error(JsonValue.of("boom")));

            Rejection rejection = service.getProjection(bundle(results), GRADES_VIEW, true).rejection();

            assertEquals(ProjectionReason.REQUIRED_ORACLE_FAILED, rejection.reasonCode());
            assertEquals(TestJson.object("{'capability': 'grades_view', 'status': 'failed', 'allow_partial': true}"),
                    rejection.details());
            assertEquals("grades_view is failed (required_oracle_failed)", rejection.message());
        }

        @Test
        void unavailableProjectionIsRefusedWithItsReason() {
            Map<OracleKey, OracleResult> results = everything();
            results.remove(INFO);

            Rejection rejection = service.getProjection(bundle(results), SUPPORT, false).rejection();

            assertEquals(ProjectionReason.MISSING_ORACLE_PAYLOAD, rejection.reasonCode());
            assertEquals(TestJson.object("{'capability': 'support', 'status': 'unavailable',"
                    + " 'allow_partial': false}"), rejection.details());
            assertEquals("support is unavailable (missing_oracle_payload)", rejection.message());
        }

        @Test
        void capabilityNotDerivedInTheBundleIsDerivedFromItsOracles() {
            Snapshot bundle = bundle(everything(), GRADES_VIEW);

            CapabilityView view = service.getProjection(bundle, SUPPORT, false).value();

            assertEquals(SUPPORT, view.capability());
            assertEquals(ProjectionStatus.READY, view.status());
            assertEquals(new FakeProjection.Facts(List.of("support|oracle_instructor_progress_proficiency=[]",
                    "support|oracle_instructor_student_info=[]")), view.projection().body());
            assertEquals("tok-1", view.projection().requestToken());
            assertEquals(ParityFingerprint.of(view.projection().body().parityFacts()), view.fingerprint());
        }

        @Test
        void capabilityNotDerivedWhoseOraclesAreMissingIsUnavailable() {
            Snapshot bundle = bundle(Map.of(GRADES, everything().get(GRADES)), GRADES_VIEW);

            Rejection rejection = service.getProjection(bundle, SUPPORT, true).rejection();

            assertEquals(ProjectionReason.MISSING_ORACLE_PAYLOAD, rejection.reasonCode());
        }

        @Test
        void publishedStatusWithoutItsProjectionIsDerivedAgain() {
            Snapshot bundle = bundle(everything(), GRADES_VIEW);
            Snapshot stripped = bundle.withProjections(Map.of(), bundle.projectionStatuses(), Map.of());

            CapabilityView view = service.getProjection(stripped, GRADES_VIEW, false).value();

            assertEquals(bundle.projections().get(GRADES_VIEW), view.projection());
            assertEquals(bundle.fingerprints().get(GRADES_VIEW), view.fingerprint());
        }

        @Test
        void unknownCapabilityIsRejected() {
            Rejection rejection = service.getProjection(bundle(everything()), Capability.of("weather"), true)
                    .rejection();

            assertEquals(RequestReason.UNKNOWN_CAPABILITY, rejection.reasonCode());
            assertEquals(TestJson.object("{'field': 'capability', 'value': 'weather'}"), rejection.details());
        }

        @Test
        void unknownCapabilityRejectionNamesTheKey() {
            Rejection rejection = DataSnapshot.unknownCapability("Weather!");

            assertEquals(RequestReason.UNKNOWN_CAPABILITY, rejection.reasonCode());
            assertEquals(TestJson.object("{'field': 'capability', 'value': 'Weather!'}"), rejection.details());
            assertEquals("unknown capability 'Weather!'", rejection.message());
        }
    }

    @Test
    void capabilityTheEngineDoesNotServeIsRejectedAfterAssembly() {
        Projections narrower = new Projections(ProjectionCatalog.of(List.of(FakeProjection.of("progress")
                .requires(BINS, SCOPE).optional(SCHEDULE))));
        DataSnapshot service = new DataSnapshot(SnapshotFixtures.assembler(CATALOG), narrower,
                ScriptedSource.serving(everything()), cache, telemetry, Map.of(), PortFakes.ticker(100));

        Outcome<Snapshot> outcome = service.getOrBuild(request(PROGRESS, GRADES_VIEW));

        assertEquals(RequestReason.UNKNOWN_CAPABILITY, outcome.rejection().reasonCode());
        assertEquals(TestJson.object("{'field': 'capability', 'value': 'grades_view'}"),
                outcome.rejection().details());
        assertEquals(1, telemetry.assembled.size());
        assertEquals(List.of(), telemetry.derived);
    }

    @Test
    void serviceExposesItsAssemblerAndEngine() {
        Assembler assembler = SnapshotFixtures.assembler(CATALOG);
        Projections projections = new Projections(CATALOG);

        DataSnapshot service = new DataSnapshot(assembler, projections, new Untouchable(), new Untouchable(),
                SnapshotTelemetry.NONE, Map.of(), System::nanoTime);

        assertSame(assembler, service.assembler());
        assertSame(projections, service.projections());
    }

    @Test
    void serviceNeedsEveryCollaborator() {
        Assembler a = SnapshotFixtures.assembler(CATALOG);
        Projections p = new Projections(CATALOG);
        Untouchable u = new Untouchable();
        SnapshotTelemetry t = SnapshotTelemetry.NONE;

        assertThrows(NullPointerException.class, () -> new DataSnapshot(null, p, u, u, t, Map.of(), () -> 0));
        assertThrows(NullPointerException.class, () -> new DataSnapshot(a, null, u, u, t, Map.of(), () -> 0));
        assertThrows(NullPointerException.class, () -> new DataSnapshot(a, p, null, u, t, Map.of(), () -> 0));
        assertThrows(NullPointerException.class, () -> new DataSnapshot(a, p, u, null, t, Map.of(), () -> 0));
        assertThrows(NullPointerException.class, () -> new DataSnapshot(a, p, u, u, null, Map.of(), () -> 0));
        assertThrows(NullPointerException.class, () -> new DataSnapshot(a, p, u, u, t, null, () -> 0));
        assertThrows(NullPointerException.class, () -> new DataSnapshot(a, p, u, u, t, Map.of(), null));
        assertThrows(NullPointerException.class, () -> new DataSnapshot(a, p, u, u, t, null, Map.of(), () -> 0));
    }

    @Test
    void scopeRequestDefaultsToTheCurrentDataAndNoToken() {
        AssemblyOptions options = AssemblyOptions.of(Scope.course(), List.of());

        assertEquals(new ScopeRequest(SECTION, Optional.empty(), options, "current"), ScopeRequest.of(SECTION,
                options));
        assertThrows(NullPointerException.class, () -> new ScopeRequest(null, Optional.empty(), options, "c"));
        assertThrows(NullPointerException.class, () -> new ScopeRequest(SECTION, null, options, "c"));
        assertThrows(NullPointerException.class, () -> new ScopeRequest(SECTION, Optional.empty(), null, "c"));
        assertThrows(NullPointerException.class, () -> new ScopeRequest(SECTION, Optional.empty(), options, null));
    }

    @Test
    void capabilityViewNeedsEveryPart() {
        var projection = new org.dashboard.snapshot.domain.contract.Projection(PROGRESS, "t", 1, 1,
                FakeProjection.Facts.of());

        assertThrows(NullPointerException.class, () -> new CapabilityView(null, ProjectionStatus.READY, projection,
                "f"));
        assertThrows(NullPointerException.class, () -> new CapabilityView(PROGRESS, null, projection, "f"));
        assertThrows(NullPointerException.class, () -> new CapabilityView(PROGRESS, ProjectionStatus.READY, null,
                "f"));
        assertThrows(NullPointerException.class, () -> new CapabilityView(PROGRESS, ProjectionStatus.READY,
                projection, null));
    }

    @Test
    void noTelemetryAcceptsEveryCallSilently() {
        SnapshotTelemetry.NONE.assembled(TelemetryScope.UNKNOWN, Optional.empty(), Duration.ZERO);
        SnapshotTelemetry.NONE.derived(TelemetryScope.UNKNOWN, PROGRESS, ProjectionStatus.READY, Duration.ZERO);
        SnapshotTelemetry.NONE.exported(TelemetryScope.UNKNOWN, "default", Optional.empty(), Duration.ZERO);
        SnapshotTelemetry.NONE.cacheFailed("get");

        assertEquals(new TelemetryScope("unknown", "unknown"), TelemetryScope.UNKNOWN);
        assertEquals(JsonObject.EMPTY, JsonObject.EMPTY);
    }
}
