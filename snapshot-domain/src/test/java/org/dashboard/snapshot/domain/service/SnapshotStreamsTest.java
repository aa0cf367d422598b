package org.dashboard.snapshot.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.dashboard.snapshot.domain.service.PortFakes.everything;
import static org.dashboard.snapshot.domain.service.PortFakes.only;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.dashboard.snapshot.domain.assembly.AssemblyOptions;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleLoad;
import org.dashboard.snapshot.domain.port.OracleSource;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.projection.Projections;
import org.dashboard.snapshot.domain.service.PortFakes.InMemoryCache;
import org.dashboard.snapshot.domain.service.PortFakes.RecordingTelemetry;
import org.dashboard.snapshot.domain.service.PortFakes.ScriptedSource;
import org.dashboard.snapshot.domain.service.StreamEvent.Ended;
import org.dashboard.snapshot.domain.service.StreamFakes.Held;
import org.dashboard.snapshot.domain.service.StreamFakes.HeldSource;
import org.dashboard.snapshot.domain.service.StreamFakes.Recorder;
import org.dashboard.snapshot.domain.service.StreamFakes.ThreadPerTask;
import org.junit.jupiter.api.Test;

class SnapshotStreamsTest {
    private static final OracleKey BINS = OracleKey.PROGRESS_BINS;
    private static final OracleKey SCOPE = OracleKey.SCOPE_RESOURCES;
    private static final OracleKey SCHEDULE = OracleKey.SCHEDULE_POSITION;
    private static final OracleKey ROWS = OracleKey.PROGRESS_PROFICIENCY;
    private static final OracleKey INFO = OracleKey.STUDENT_INFO;
    private static final OracleKey GRADES = OracleKey.GRADES;

    private static final Capability PROGRESS = Capability.of("progress");
    private static final Capability GRADES_VIEW = Capability.of("grades_view");

    /** Catalog order: support, progress, grades_view (not alphabetical, not the order of any request below). */
    private static final ProjectionCatalog CATALOG = ProjectionCatalog.of(List.of(
            FakeProjection.of("support").requires(ROWS, INFO),
            FakeProjection.of("progress").requires(BINS, SCOPE).optional(SCHEDULE),
            FakeProjection.of("grades_view").requires(GRADES)));

    private static final DashboardContext SECTION = DashboardContext.section(42, 7);

    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final InMemoryCache cache = new InMemoryCache();
    private final ThreadPerTask executor = new ThreadPerTask();

    private static ScopeRequest request(String token, Capability... capabilities) {
        return new ScopeRequest(SECTION, Optional.of(token), AssemblyOptions.of(Scope.course(),
                List.of(capabilities)), ScopeRequest.CURRENT_DATA);
    }

    private static OracleCacheKey key(OracleKey oracle) {
        return new OracleCacheKey(oracle, 0, 42, Scope.course(), ScopeRequest.CURRENT_DATA);
    }

    private DataSnapshot service(OracleSource source) {
        return new DataSnapshot(SnapshotFixtures.assembler(CATALOG), new Projections(CATALOG, PortFakes.ticker(10)),
                source, cache, telemetry, Map.of(), PortFakes.ticker(100));
    }

    private SnapshotStreams streams(OracleSource source) {
        return new SnapshotStreams(service(source), executor, PortFakes.ticker(100));
    }

    /** Grades for section 42's course, asked by user 8 (the other requests are user 7's). */
    private static ScopeRequest otherUsersRequest(String token) {
        return new ScopeRequest(DashboardContext.section(42, 8), Optional.of(token),
                AssemblyOptions.of(Scope.course(), List.of(GRADES_VIEW)), ScopeRequest.CURRENT_DATA);
    }

    private static Recorder subscribe(SnapshotStreams streams, ScopeRequest request) {
        Recorder recorder = Recorder.unbounded();
        streams.open(request).value().subscribe(recorder);
        return recorder;
    }

    @Test
    void eachCapabilityArrivesAsSoonAsItsOwnOraclesHaveSettled() {
        HeldSource source = new HeldSource();
        SnapshotStreams streams = streams(source);
        Recorder recorder = subscribe(streams, request("tok-1"));
        Held load = source.load("tok-1");

        load.settle(ROWS, everything().get(ROWS)).settle(INFO, everything().get(INFO));
        assertEquals(List.of("oracle oracle_instructor_progress_proficiency ready",
                "oracle oracle_instructor_student_info ready",
                "projection support ready"), recorder.lines());

        load.settle(only(BINS, SCOPE));
        assertEquals(4 + 1, recorder.lines().size(), "progress still waits for its optional schedule: "
                + recorder.lines());
        load.settle(SCHEDULE, everything().get(SCHEDULE));
        assertEquals(List.of("oracle oracle_instructor_progress_bins ready",
                "oracle oracle_instructor_scope_resources ready",
                "oracle oracle_instructor_schedule_position ready",
                "projection progress ready"), recorder.lines().subList(3, 7));
        assertFalse(recorder.completed, "grades_view has not settled");

        load.settle(GRADES, OracleResult.error(JsonValue.of("timeout")));
        load.finish();
        recorder.awaitTerminated();
        assertEquals(List.of("oracle oracle_instructor_grades failed",
                "projection grades_view failed projection_timeout",
                "snapshot"), recorder.lines().subList(7, 10));
        assertTrue(recorder.completed);
    }

    @Test
    void theFinalBundleEqualsGetOrBuildsForTheSameResults() {
        HeldSource source = new HeldSource();
        Recorder recorder = subscribe(streams(source), request("tok-1"));
        Held load = source.load("tok-1");
        load.settle(only(GRADES)).settle(only(ROWS, INFO, BINS)).settle(only(SCOPE));
        load.finish(); // schedule never reported: unavailable, progress partial
        recorder.awaitTerminated();

        Map<OracleKey, OracleResult> reported = only(GRADES, ROWS, INFO, BINS, SCOPE);
        cache.entries.clear();
        Snapshot expected = service(ScriptedSource.serving(reported)).getOrBuild(request("tok-1")).value();
        assertEquals(expected, recorder.bundle().bundle());
        assertEquals("projection progress partial dependency_unavailable", recorder.lines().get(
                recorder.lines().size() - 2));
    }

    @Test
    void capabilitiesCompletedTogetherArriveInCatalogOrderWhateverTheRequestedOrder() {
        SnapshotStreams streams = streams(ScriptedSource.serving(everything()));
        Recorder recorder = subscribe(streams, request("tok-1", GRADES_VIEW, Capability.of("support"), PROGRESS));
        recorder.awaitTerminated();

        assertEquals(List.of(
                "oracle oracle_instructor_grades ready",
                "oracle oracle_instructor_progress_bins ready",
                "oracle oracle_instructor_progress_proficiency ready",
                "oracle oracle_instructor_schedule_position ready",
                "oracle oracle_instructor_scope_resources ready",
                "oracle oracle_instructor_student_info ready",
                "projection support ready",
                "projection progress ready",
                "projection grades_view ready",
                "snapshot"), recorder.lines());
    }

    @Test
    void cacheHitsSettleAtOnceAndTheCoordinatorIsAskedOnlyForTheRest() {
        cache.with(key(ROWS), everything().get(ROWS)).with(key(INFO), everything().get(INFO));
        HeldSource source = new HeldSource();
        Recorder recorder = subscribe(streams(source), request("tok-1"));
        Held load = source.load("tok-1");

        assertEquals(List.of("oracle oracle_instructor_progress_proficiency ready",
                "oracle oracle_instructor_student_info ready",
                "projection support ready"), recorder.lines());
        assertEquals(new OracleLoad(SECTION, Scope.course(), "tok-1", new TreeSet<>(List.of(BINS, GRADES, SCOPE)),
                new TreeSet<>(List.of(SCHEDULE))), load.request);
        load.settle(only(BINS, GRADES, SCOPE, SCHEDULE)).finish();
        recorder.awaitTerminated();
        assertEquals(Map.of(key(BINS), everything().get(BINS), key(GRADES), everything().get(GRADES),
                key(SCOPE), everything().get(SCOPE), key(SCHEDULE), everything().get(SCHEDULE)), cache.puts);
    }

    @Test
    void anOracleTheCoordinatorNeverReportsIsUnavailableAtTheEnd() {
        Recorder recorder = subscribe(streams(ScriptedSource.serving(only(BINS, SCOPE, SCHEDULE))),
                request("tok-1", PROGRESS, GRADES_VIEW));
        recorder.awaitTerminated();

        assertEquals(List.of(
                "oracle oracle_instructor_progress_bins ready",
                "oracle oracle_instructor_schedule_position ready",
                "oracle oracle_instructor_scope_resources ready",
                "projection progress ready",
                "oracle oracle_instructor_grades unavailable",
                "projection grades_view unavailable missing_oracle_payload",
                "snapshot"), recorder.lines());
    }

    @Test
    void aCoordinatorThatThrowsSettlesWhatItHasNotReportedAsCoordinatorFailed() {
        OracleSource throwing = new OracleSource() {
            @Override
            public Map<OracleKey, OracleResult> load(OracleLoad request) {
                throw new AssertionError("loadEach is used");
            }

            @Override
            public void loadEach(OracleLoad request,
                                 Consumer<SortedMap<OracleKey, OracleResult>> settled) {
                settled.accept(new TreeMap<>(only(GRADES)));
                throw new IllegalStateException("coordinator down");
            }
        };
        Recorder recorder = subscribe(streams(throwing), request("tok-1", GRADES_VIEW, Capability.of("support")));
        recorder.awaitTerminated();

        assertEquals(List.of(
                "oracle oracle_instructor_grades ready",
                "projection grades_view ready",
                "oracle oracle_instructor_progress_proficiency failed",
                "oracle oracle_instructor_student_info failed",
                "projection support failed required_oracle_failed",
                "snapshot"), recorder.lines());
        Snapshot bundle = recorder.bundle().bundle();
        JsonValue.JsonObject reason = (JsonValue.JsonObject) ((OracleStatus.Failed) bundle.oracleStatuses()
                .get(INFO)).reason();
        assertEquals(JsonValue.of("coordinator_failed"), reason.getOrNull("code"));
        assertEquals(JsonValue.of("coordinator down"), reason.getOrNull("message"));
    }

    @Test
    void aNewerRequestForTheSameScopeEndsTheOlderStreamAndIsServedByItsLoad() {
        HeldSource source = new HeldSource();
        SnapshotStreams streams = streams(source);
        Recorder older = subscribe(streams, request("tok-1", GRADES_VIEW));
        Held olderLoad = source.load("tok-1");

        Recorder newer = subscribe(streams, request("tok-2", GRADES_VIEW));
        telemetry.awaitJoins(1);
        assertEquals(List.of(1), telemetry.joined, "the newer build waits for the grades load in flight");
        older.awaitTerminated();
        assertEquals(List.of("ended request_superseded"), older.lines());
        Ended ended = (Ended) older.events.get(0);
        assertEquals(RequestReason.REQUEST_SUPERSEDED, ended.rejection().reasonCode());
        assertEquals("{\"field\":\"request_token\",\"superseded_by\":\"tok-2\",\"value\":\"tok-1\"}",
                JsonText.write(ended.rejection().details()));
        assertTrue(older.completed);

        olderLoad.settle(only(GRADES)).finish();
        newer.awaitTerminated();
        assertEquals(List.of("oracle oracle_instructor_grades ready", "projection grades_view ready", "snapshot"),
                newer.lines(), "the older build's load serves the newer stream");
        executor.awaitEnded(0);
        executor.awaitEnded(1);
        assertEquals(List.of("ended request_superseded"), older.lines(), "the superseded stream says nothing more");
        assertEquals(Map.of(key(GRADES), everything().get(GRADES)), cache.puts, "the late result warms the cache");
        assertEquals(List.of("tok-1"), source.tokens(), "one load for both requests");
        assertEquals(0, streams.running());
    }

    @Test
    void aNewerRequestWhoseLoaderIsCancelledLoadsTheOracleItself() {
        HeldSource source = new HeldSource();
        DataSnapshot service = service(source);
        SnapshotStreams streams = new SnapshotStreams(service, executor, PortFakes.ticker(100));
        Recorder first = subscribe(streams, request("tok-1", GRADES_VIEW));
        Held firstLoad = source.load("tok-1");
        Recorder otherUser = subscribe(streams, otherUsersRequest("tok-2"));
        telemetry.awaitJoins(1);

        first.subscription.cancel();
        StreamFakes.await(firstLoad.interrupted, "the first load's interrupt");
        Held secondLoad = source.load("tok-2");
        assertEquals(Set.of(GRADES), secondLoad.request.keys(), "the abandoned key is loaded again, by the joiner");
        secondLoad.settle(only(GRADES)).finish();
        otherUser.awaitTerminated();
        assertEquals(List.of("oracle oracle_instructor_grades ready", "projection grades_view ready", "snapshot"),
                otherUser.lines(), "the first request's cancellation is not the joiner's answer");
        assertEquals(0, service.oraclesInFlight());
    }

    @Test
    void anotherUserSharesTheLoadAndAnotherScopeLoadsItsOwn() {
        HeldSource source = new HeldSource();
        SnapshotStreams streams = streams(source);
        Recorder first = subscribe(streams, request("tok-1", GRADES_VIEW));
        Held firstLoad = source.load("tok-1");
        Recorder otherUser = subscribe(streams, otherUsersRequest("tok-2"));
        telemetry.awaitJoins(1);
        Recorder otherScope = subscribe(streams, new ScopeRequest(SECTION, Optional.of("tok-3"),
                AssemblyOptions.of(Scope.container(5), List.of(GRADES_VIEW)), ScopeRequest.CURRENT_DATA));
        Held otherScopeLoad = source.load("tok-3");
        firstLoad.settle(only(GRADES)).finish();
        otherScopeLoad.settle(only(GRADES)).finish();
        for (Recorder recorder : List.of(first, otherUser, otherScope)) {
            recorder.awaitTerminated();
            assertEquals(List.of("oracle oracle_instructor_grades ready", "projection grades_view ready",
                    "snapshot"), recorder.lines());
        }
        assertEquals(List.of("tok-1", "tok-3"), source.tokens(), "the other user is not superseded and shares the"
                + " section's load; the other scope has its own");
    }

    @Test
    void cancellingTheSubscriptionInterruptsTheLoadAndEndsTheBuild() {
        HeldSource source = new HeldSource();
        SnapshotStreams streams = streams(source);
        Recorder recorder = subscribe(streams, request("tok-1"));
        Held load = source.load("tok-1");
        load.settle(only(ROWS, INFO));
        assertEquals(1, streams.running());

        recorder.subscription.cancel();
        StreamFakes.await(load.interrupted, "the interrupt of the load");
        executor.awaitEnded(0);
        assertEquals(0, streams.running());
        load.settle(only(GRADES));
        assertEquals(List.of("oracle oracle_instructor_progress_proficiency ready",
                "oracle oracle_instructor_student_info ready", "projection support ready"), recorder.lines());
        assertFalse(recorder.completed);
        assertEquals(Map.of(key(ROWS), everything().get(ROWS), key(INFO), everything().get(INFO),
                key(GRADES), everything().get(GRADES)), cache.puts, "what settles is still cached");
        assertEquals(List.of(), telemetry.assembled, "a cancelled build records no assembly");
    }

    @Test
    void eventsWaitForDemand() {
        SnapshotStreams streams = streams(ScriptedSource.serving(everything()));
        Recorder recorder = new Recorder(1);
        streams.open(request("tok-1", GRADES_VIEW)).value().subscribe(recorder);
        executor.awaitEnded(0);
        assertEquals(List.of("oracle oracle_instructor_grades ready"), recorder.lines());

        recorder.subscription.request(1);
        assertEquals(List.of("oracle oracle_instructor_grades ready", "projection grades_view ready"),
                recorder.lines());
        assertFalse(recorder.completed);
        recorder.subscription.request(5);
        assertEquals(3, recorder.lines().size());
        assertTrue(recorder.completed);
    }

    @Test
    void aNonPositiveRequestIsAnError() {
        SnapshotStreams streams = streams(ScriptedSource.serving(everything()));
        Recorder recorder = new Recorder(0);
        streams.open(request("tok-1", GRADES_VIEW)).value().subscribe(recorder);
        recorder.subscription.request(0);
        recorder.awaitTerminated();
        assertInstanceOf(IllegalArgumentException.class, recorder.error);
        assertEquals(List.of(), recorder.lines());
    }

    @Test
    void aStreamHasOneSubscriber() {
        SnapshotStreams streams = streams(ScriptedSource.serving(everything()));
        Flow.Publisher<StreamEvent> publisher = streams.open(request("tok-1", GRADES_VIEW)).value();
        Recorder first = Recorder.unbounded();
        publisher.subscribe(first);
        Recorder second = Recorder.unbounded();
        publisher.subscribe(second);

        second.awaitTerminated();
        assertInstanceOf(IllegalStateException.class, second.error);
        first.awaitTerminated();
        assertEquals(3, first.lines().size());
    }

    @Test
    void aRefusedRequestStartsNothing() {
        HeldSource source = new HeldSource();
        SnapshotStreams streams = streams(source);

        Outcome<Flow.Publisher<StreamEvent>> unknown = streams.open(new ScopeRequest(SECTION, Optional.of("tok-1"),
                AssemblyOptions.of(Scope.course(), List.of(Capability.of("nowhere"))), ScopeRequest.CURRENT_DATA));
        assertEquals(RequestReason.UNKNOWN_CAPABILITY, unknown.rejection().reasonCode());
        Outcome<Flow.Publisher<StreamEvent>> badVersion = streams.open(new ScopeRequest(SECTION,
                Optional.of("tok-1"), AssemblyOptions.of(Scope.course(), List.of()).withProjectionVersion(99),
                ScopeRequest.CURRENT_DATA));
        assertEquals(AssemblyReason.UNSUPPORTED_PROJECTION_VERSION, badVersion.rejection().reasonCode());
        assertEquals(0, streams.running());
        assertEquals(List.of(), cache.gets, "nothing was read");
    }

    @Test
    void anUnknownSectionIsRefusedBeforeAnythingLoads() {
        OracleSource nothingServed = new OracleSource() {
            @Override
            public Map<OracleKey, OracleResult> load(OracleLoad request) {
                throw new AssertionError("nothing may load");
            }

            @Override
            public boolean servesSection(long sectionId) {
                return false;
            }
        };
        Outcome<Flow.Publisher<StreamEvent>> refused = streams(nothingServed).open(request("tok-1"));
        assertEquals(RequestReason.UNKNOWN_SECTION, refused.rejection().reasonCode());
        assertEquals("{\"field\":\"section_id\",\"value\":42}", JsonText.write(refused.rejection().details()));
        assertEquals(List.of(), cache.gets);
    }

    @Test
    void aFinishedBuildRecordsItsAssemblyAndEveryDerivation() {
        Recorder recorder = subscribe(streams(ScriptedSource.serving(everything())), request("tok-1"));
        recorder.awaitTerminated();
        assertEquals(1, telemetry.assembled.size());
        assertEquals(Optional.empty(), telemetry.assembled.get(0).failure());
        assertEquals(List.of("support", "progress", "grades_view"),
                telemetry.derived.stream().map(d -> d.capability().key()).toList());
    }
}
