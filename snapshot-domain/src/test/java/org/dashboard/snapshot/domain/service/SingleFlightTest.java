package org.dashboard.snapshot.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.dashboard.snapshot.domain.service.PortFakes.everything;
import static org.dashboard.snapshot.domain.service.PortFakes.ok;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.dashboard.snapshot.domain.assembly.AssemblyOptions;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleLoad;
import org.dashboard.snapshot.domain.port.OracleSource;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.projection.Projections;
import org.dashboard.snapshot.domain.service.PortFakes.InMemoryCache;
import org.dashboard.snapshot.domain.service.PortFakes.RecordingTelemetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Single flight and the request-token rule of get_or_build: identical concurrent requests load each oracle once, a
 * cancelled loader hands nothing on, and an older request's result never overwrites a newer one's in the cache.
 */
class SingleFlightTest {
    private static final OracleKey BINS = OracleKey.PROGRESS_BINS;
    private static final OracleKey SCOPE = OracleKey.SCOPE_RESOURCES;
    private static final OracleKey SCHEDULE = OracleKey.SCHEDULE_POSITION;
    private static final OracleKey GRADES = OracleKey.GRADES;

    private static final Capability PROGRESS = Capability.of("progress");
    private static final Capability GRADES_VIEW = Capability.of("grades_view");

    private static final ProjectionCatalog CATALOG = ProjectionCatalog.of(List.of(
            FakeProjection.of("progress").requires(BINS, SCOPE).optional(SCHEDULE),
            FakeProjection.of("grades_view").requires(GRADES)));

    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final InMemoryCache cache = new InMemoryCache();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS), "every request thread ended");
    }

    private static JsonValue payload(OracleResult result) {
        return ((OracleResult.Ok) result).payload();
    }

    private static ScopeRequest request(String token, long userId, Capability... capabilities) {
        return new ScopeRequest(DashboardContext.section(42, userId), Optional.of(token),
                AssemblyOptions.of(Scope.course(), List.of(capabilities)), ScopeRequest.CURRENT_DATA);
    }

    private static OracleCacheKey key(OracleKey oracle) {
        return new OracleCacheKey(oracle, 0, 42, Scope.course(), ScopeRequest.CURRENT_DATA);
    }

    private DataSnapshot service(OracleSource source) {
        return new DataSnapshot(SnapshotFixtures.assembler(CATALOG), new Projections(CATALOG, PortFakes.ticker(10)),
                source, cache, telemetry, Map.of(), PortFakes.ticker(100));
    }

    private Future<Outcome<Snapshot>> inThread(DataSnapshot service, ScopeRequest request) {
        return threads.submit(() -> service.getOrBuild(request));
    }

    /** Request tok-1 of user 7, started in a thread and held in its coordinator call. */
    private Future<Outcome<Snapshot>> loading(DataSnapshot service, GatedSource source, Capability capability) {
        Future<Outcome<Snapshot>> first = inThread(service, request("tok-1", 7, capability));
        source.awaitStarted("tok-1");
        return first;
    }

    private static Snapshot value(Future<Outcome<Snapshot>> built) throws Exception {
        return built.get(30, TimeUnit.SECONDS).value();
    }

    /**
     * A coordinator whose loads wait until released: each load is announced, then answers with {@code answer}'s
     * results for its keys. A load interrupted while it waits answers {@code cancelled} for every key and returns
     * with the interrupt status set (as the HTTP source does).
     */
    static final class GatedSource implements OracleSource {
        final List<OracleLoad> loads = new ArrayList<>();
        private final Map<String, CountDownLatch> started = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, CountDownLatch> released = new java.util.concurrent.ConcurrentHashMap<>();
        private final Function<OracleLoad, Map<OracleKey, OracleResult>> answer;

        GatedSource(Function<OracleLoad, Map<OracleKey, OracleResult>> answer) {
            this.answer = answer;
        }

        static GatedSource serving(Map<OracleKey, OracleResult> available) {
            return new GatedSource(PortFakes.answering(available));
        }

        @Override
        public Map<OracleKey, OracleResult> load(OracleLoad request) {
            synchronized (this) {
                loads.add(request);
            }
            latch(started, request.requestToken()).countDown();
            try {
                StreamFakes.await(latch(released, request.requestToken()), "the release of " + request.requestToken());
            } catch (AssertionError interruptedOrNeverReleased) {
                if (!Thread.currentThread().isInterrupted()) {
                    throw interruptedOrNeverReleased;
                }
                Map<OracleKey, OracleResult> cancelled = new TreeMap<>();
                for (OracleKey key : request.keys()) {
                    cancelled.put(key, OracleResult.error(JsonValue.of("cancelled")));
                }
                return cancelled;
            }
            return answer.apply(request);
        }

        void awaitStarted(String token) {
            StreamFakes.await(latch(started, token), "the load of " + token);
        }

        void release(String token) {
            latch(released, token).countDown();
        }

        synchronized List<OracleLoad> loads() {
            return List.copyOf(loads);
        }

        private static CountDownLatch latch(Map<String, CountDownLatch> latches, String token) {
            return latches.computeIfAbsent(token, t -> new CountDownLatch(1));
        }
    }

    @Test
    void identicalConcurrentRequestsLoadEachOracleOnce() throws Exception {
        GatedSource source = GatedSource.serving(everything());
        DataSnapshot service = service(source);
        Future<Outcome<Snapshot>> first = loading(service, source, PROGRESS);
        assertEquals(3, service.oraclesInFlight(), "bins, scope resources and the optional schedule");
        Future<Outcome<Snapshot>> second = inThread(service, request("tok-2", 7, PROGRESS));
        Future<Outcome<Snapshot>> third = inThread(service, request("tok-3", 7, PROGRESS));
        telemetry.awaitJoins(2);
        assertEquals(List.of(3, 3), telemetry.joined, "each later request joins all three loads");

        source.release("tok-1");
        Snapshot one = value(first);
        Snapshot two = value(second);
        Snapshot three = value(third);
        assertEquals(1, source.loads().size(), "one coordinator call for three requests");
        assertEquals(one.oracles(), two.oracles());
        assertEquals(one.oracles(), three.oracles());
        assertEquals(one.projectionStatuses(), two.projectionStatuses());
        assertEquals("tok-2", two.requestToken(), "every request keeps its own token");
        assertEquals("tok-3", three.requestToken());
        assertEquals(Set.of(key(BINS), key(SCOPE), key(SCHEDULE)), cache.puts.keySet(), "written back once, by the loader");
        assertEquals(3, cache.putArrivals.size());
        assertEquals(0, service.oraclesInFlight(), "nothing stays in flight");
    }

    @Test
    void anotherUsersRequestForTheSameSectionSharesTheLoadButNotMore() throws Exception {
        GatedSource source = GatedSource.serving(everything());
        DataSnapshot service = service(source);
        Future<Outcome<Snapshot>> first = loading(service, source, PROGRESS);
        Future<Outcome<Snapshot>> wider = inThread(service, request("tok-2", 8, PROGRESS, GRADES_VIEW));
        source.awaitStarted("tok-2");
        telemetry.awaitJoins(1);
        assertEquals(List.of(3), telemetry.joined);
        assertEquals(Set.of(GRADES), source.loads().get(1).keys(), "only the key nobody loads yet is asked for");
        assertEquals(Set.of(GRADES), source.loads().get(1).required());

        source.release("tok-2");
        source.release("tok-1");
        assertEquals(OracleStatus.Ready.class, value(first).oracleStatuses().get(BINS).getClass());
        Snapshot both = value(wider);
        for (OracleKey key : List.of(BINS, SCOPE, SCHEDULE, GRADES)) {
            assertEquals(payload(everything().get(key)), both.oracles().get(key), key.value());
        }
        assertEquals(2, source.loads().size());
    }

    @Test
    void aLoadersErrorAndAKeyItLeftOutReachTheJoinersAsTheyAre() throws Exception {
        OracleResult failed = OracleResult.error(JsonValue.of("timeout"));
        GatedSource source = new GatedSource(load -> {
            Map<OracleKey, OracleResult> out = new TreeMap<>();
            out.put(BINS, failed);
            out.put(SCOPE, everything().get(SCOPE)); // the schedule is left out
            return out;
        });
        DataSnapshot service = service(source);
        Future<Outcome<Snapshot>> first = loading(service, source, PROGRESS);
        Future<Outcome<Snapshot>> second = inThread(service, request("tok-2", 7, PROGRESS));
        telemetry.awaitJoins(1);
        source.release("tok-1");

        Snapshot one = value(first);
        Snapshot two = value(second);
        assertEquals(one.oracleStatuses(), two.oracleStatuses());
        assertEquals(OracleStatus.Unavailable.INSTANCE, two.oracleStatuses().get(SCHEDULE));
        assertEquals(OracleStatus.Failed.class, two.oracleStatuses().get(BINS).getClass());
        assertEquals(1, source.loads().size(), "an error is an answer too: nobody asks again");
        assertEquals(Set.of(key(SCOPE)), cache.puts.keySet(), "only the ok result is written back");
    }

    @Test
    void aCancelledLoaderAbandonsItsKeysAndTheJoinerLoadsThemItself() throws Exception {
        GatedSource source = GatedSource.serving(everything());
        DataSnapshot service = service(source);
        Future<Outcome<Snapshot>> first = loading(service, source, GRADES_VIEW);
        Future<Outcome<Snapshot>> second = inThread(service, request("tok-2", 7, GRADES_VIEW));
        telemetry.awaitJoins(1);

        first.cancel(true); // interrupts the loader: its load answers "cancelled" with the interrupt status set
        source.awaitStarted("tok-2");
        assertEquals(Set.of(GRADES), source.loads().get(1).keys(), "the abandoned key is asked for again");
        source.release("tok-2");
        Snapshot two = value(second);
        assertEquals(OracleStatus.Ready.class, two.oracleStatuses().get(GRADES).getClass(),
                "the loader's cancellation is not the joiner's answer");
        assertEquals(Set.of(key(GRADES)), cache.puts.keySet());
        assertEquals(0, service.oraclesInFlight());
    }

    @Test
    void aJoinerInterruptedWhileWaitingFailsTheKeysItWaitedFor() throws Exception {
        GatedSource source = GatedSource.serving(everything());
        DataSnapshot service = service(source);
        Future<Outcome<Snapshot>> first = loading(service, source, GRADES_VIEW);
        CompletableFuture<Snapshot> joiner = new CompletableFuture<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread waiting = new Thread(() -> {
            Snapshot built = service.getOrBuild(request("tok-2", 7, GRADES_VIEW)).value();
            stillInterrupted.set(Thread.currentThread().isInterrupted());
            joiner.complete(built);
        });
        waiting.start();
        telemetry.awaitJoins(1);
        waiting.interrupt();
        Snapshot two = joiner.get(30, TimeUnit.SECONDS);
        OracleStatus.Failed grades = (OracleStatus.Failed) two.oracleStatuses().get(GRADES);
        assertEquals("{\"code\":\"coordinator_failed\",\"message\":\"the load was cancelled\"}",
                org.dashboard.snapshot.domain.json.JsonText.write(grades.reason()));

        assertTrue(stillInterrupted.get(), "the joiner's thread keeps its interrupt status");

        source.release("tok-1");
        assertEquals(OracleStatus.Ready.class, value(first).oracleStatuses().get(GRADES).getClass(),
                "the loader is not disturbed by a joiner giving up");
        assertEquals(1, source.loads().size());
    }

    @Test
    void aStreamJoinerReceivesTheLoadersCoordinatorFailure() throws Exception {
        GatedSource source = new GatedSource(load -> {
            throw new IllegalStateException("coordinator down");
        });
        DataSnapshot service = service(source);
        ScopeRequest first = request("tok-1", 7, GRADES_VIEW);
        Future<?> leader = threads.submit(() -> service.loadEach(first, service.plan(first).value(), batch -> {
        }));
        source.awaitStarted("tok-1");
        ScopeRequest second = request("tok-2", 7, GRADES_VIEW);
        List<SortedMap<OracleKey, OracleResult>> reported = new CopyOnWriteArrayList<>();
        Future<?> joiner = threads.submit(() -> service.loadEach(second, service.plan(second).value(),
                reported::add));
        telemetry.awaitJoins(1);

        source.release("tok-1");
        leader.get(30, TimeUnit.SECONDS);
        joiner.get(30, TimeUnit.SECONDS);
        assertEquals(1, reported.size());
        OracleResult.Error failed = (OracleResult.Error) reported.get(0).get(GRADES);
        assertEquals("{\"code\":\"coordinator_failed\",\"message\":\"coordinator down\"}",
                org.dashboard.snapshot.domain.json.JsonText.write(failed.reason()));
        assertEquals(1, source.loads().size(), "the joiner does not ask again");
    }

    @Test
    void aStreamJoinerInterruptedWhileWaitingReturnsAtOnceWithItsInterruptStatus() throws Exception {
        GatedSource source = GatedSource.serving(everything());
        DataSnapshot service = service(source);
        Future<Outcome<Snapshot>> first = loading(service, source, GRADES_VIEW);
        ScopeRequest second = request("tok-2", 7, GRADES_VIEW);
        List<SortedMap<OracleKey, OracleResult>> reported = new CopyOnWriteArrayList<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread waiting = new Thread(() -> {
            service.loadEach(second, service.plan(second).value(), reported::add);
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        waiting.start();
        telemetry.awaitJoins(1);
        waiting.interrupt();
        waiting.join(30_000);
        assertTrue(!waiting.isAlive() && stillInterrupted.get(), "returned, interrupt status kept");
        assertEquals(List.of(), reported);

        source.release("tok-1");
        assertEquals(OracleStatus.Ready.class, value(first).oracleStatuses().get(GRADES).getClass());
        assertEquals(List.of(), reported, "nothing reaches a listener after its load returned");
        assertEquals(1, source.loads().size());
    }

    @Test
    void okResultsAreWrittenWithTheRequestsArrivalStamp() throws Exception {
        AtomicLong clock = new AtomicLong(100);
        DataSnapshot service = service(PortFakes.ScriptedSource.serving(everything()))
                .withArrivals(clock::incrementAndGet);
        service.getOrBuild(request("tok-1", 7, GRADES_VIEW));
        service.getOrBuild(request("tok-2", 7, PROGRESS));
        assertEquals(List.of(101L, 102L, 102L, 102L), cache.putArrivals,
                "one stamp per request, taken when it has something to load");
        service.getOrBuild(request("tok-3", 7, GRADES_VIEW));
        assertEquals(4, cache.putArrivals.size(), "a request served from the cache writes nothing");
    }

    @Test
    void anOlderRequestsLateResultNeverOverwritesANewerOne() throws Exception {
        // two instances share one cache (Redis in production); each loads for itself
        OracleResult older = ok("{'grades': ['older']}");
        OracleResult newer = ok("{'grades': ['newer']}");
        GatedSource slow = GatedSource.serving(Map.of(GRADES, older));
        AtomicLong clock = new AtomicLong();
        DataSnapshot one = service(slow).withArrivals(clock::incrementAndGet);
        DataSnapshot two = service(PortFakes.ScriptedSource.serving(Map.of(GRADES, newer)))
                .withArrivals(clock::incrementAndGet);

        Future<Outcome<Snapshot>> first = inThread(one, request("tok-1", 7, GRADES_VIEW));
        slow.awaitStarted("tok-1");
        two.getOrBuild(request("tok-2", 7, GRADES_VIEW));
        assertSame(newer, cache.entries.get(key(GRADES)));
        slow.release("tok-1");
        value(first);

        assertEquals(List.of(2L, 1L), cache.putArrivals, "the older request wrote last");
        assertSame(newer, cache.entries.get(key(GRADES)), "and the newer result stayed");
        assertEquals(payload(newer), two.getOrBuild(request("tok-3", 7, GRADES_VIEW)).value().oracles().get(GRADES),
                "the next request reads the newer result");
    }
}
