package org.dashboard.snapshot.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dashboard.snapshot.domain.assembly.AssemblyOptions;
import org.dashboard.snapshot.domain.assembly.SnapshotRequest;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.port.DerivationMemo;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.domain.projection.DerivationKey;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.projection.Projections;
import org.dashboard.snapshot.domain.service.PortFakes.InMemoryCache;
import org.dashboard.snapshot.domain.service.PortFakes.RecordingTelemetry;
import org.dashboard.snapshot.domain.service.PortFakes.ScriptedSource;
import org.junit.jupiter.api.Test;

/** get_or_build reuses remembered derivations for equal keys, and only then. */
class DerivationMemoTest {
    private static final OracleKey BINS = OracleKey.PROGRESS_BINS;
    private static final OracleKey SCHEDULE = OracleKey.SCHEDULE_POSITION;
    private static final OracleKey GRADES = OracleKey.GRADES;
    private static final Capability PROGRESS = Capability.of("progress");
    private static final Capability GRADES_VIEW = Capability.of("grades_view");
    private static final DashboardContext SECTION = DashboardContext.section(42, 7);

    private final Map<Capability, AtomicInteger> derivations = new HashMap<>();
    private final ProjectionCatalog catalog = ProjectionCatalog.of(List.of(
            counted(FakeProjection.of("progress").requires(BINS).optional(SCHEDULE)),
            counted(FakeProjection.of("grades_view").requires(GRADES))));
    private final RecordingMemo memo = new RecordingMemo();
    private final InMemoryCache cache = new InMemoryCache();
    private final Map<OracleKey, OracleResult> upstream = new LinkedHashMap<>(Map.of(
            BINS, OracleResult.ok(TestJson.parse("{'bins': 1}")),
            SCHEDULE, OracleResult.ok(TestJson.parse("{'has_schedule': false}")),
            GRADES, OracleResult.ok(TestJson.parse("{'grades': []}"))));

    private FakeProjection counted(FakeProjection projection) {
        Capability capability = projection.capability();
        derivations.put(capability, new AtomicInteger());
        return projection.deriving(input -> {
            derivations.get(capability).incrementAndGet();
            return projection.derive(input);
        });
    }

    private DataSnapshot service() {
        return new DataSnapshot(SnapshotFixtures.assembler(catalog), new Projections(catalog, PortFakes.ticker(10)),
                new ScriptedSource(load -> {
                    Map<OracleKey, OracleResult> out = new LinkedHashMap<>();
                    load.keys().stream().filter(upstream::containsKey).forEach(key -> out.put(key, upstream.get(key)));
                    return out;
                }), cache, new RecordingTelemetry(), Map.of(), PortFakes.ticker(100)).withMemo(memo);
    }

    private static ScopeRequest request(String token, String parameters) {
        return new ScopeRequest(SECTION, Optional.of(token), AssemblyOptions.of(Scope.course(),
                List.of()).withParameters((JsonValue.JsonObject) TestJson.parse(parameters)), ScopeRequest.CURRENT_DATA);
    }

    private int derived(Capability capability) {
        return derivations.get(capability).get();
    }

    @Test
    void aRepeatedRequestOverTheSameCachedResultsDerivesNothingAgain() {
        Snapshot first = service().getOrBuild(request("tok-1", "{}")).value();
        Snapshot second = service().getOrBuild(request("tok-2", "{}")).value();

        assertEquals(1, derived(PROGRESS));
        assertEquals(1, derived(GRADES_VIEW));
        assertEquals(first.projectionStatuses(), second.projectionStatuses());
        assertEquals(first.fingerprints(), second.fingerprints());
        assertEquals("tok-2", second.projections().get(PROGRESS).requestToken());
        assertEquals("tok-2", second.projections().get(GRADES_VIEW).requestToken());
        assertSame(first.projections().get(PROGRESS).body(), second.projections().get(PROGRESS).body());
        assertEquals(List.of(PROGRESS, GRADES_VIEW, PROGRESS, GRADES_VIEW), memo.gets);
        assertEquals(List.of(PROGRESS, GRADES_VIEW), memo.puts);
    }

    @Test
    void otherParametersGeneratedAtOrPayloadsDeriveAgain() {
        service().getOrBuild(request("tok-1", "{}"));
        service().getOrBuild(request("tok-2", "{'generated_at': '2026-01-01T00:00:00Z'}"));
        assertEquals(2, derived(PROGRESS));
        service().getOrBuild(request("tok-3", "{'timezone': 'America/New_York'}"));
        assertEquals(3, derived(PROGRESS));
        assertEquals(3, derived(GRADES_VIEW)); // generated_at and the time zone are part of every key

        // an equal payload that is another object (a new upstream answer) is another key
        upstream.put(SCHEDULE, OracleResult.ok(TestJson.parse("{'has_schedule': false}")));
        service().getOrBuild(request("tok-4", "{}"));
        assertEquals(4, derived(PROGRESS));
        assertEquals(3, derived(GRADES_VIEW));
    }

    @Test
    void unpublishedDerivationsAreNotRemembered() {
        upstream.remove(GRADES);
        Snapshot bundle = service().getOrBuild(request("tok-1", "{}")).value();
        assertEquals(ProjectionState.UNAVAILABLE, bundle.projectionStatuses().get(GRADES_VIEW).state());
        assertEquals(List.of(PROGRESS), memo.puts);
    }

    @Test
    void theProjectionOnlyPathNeverUsesTheMemo() {
        Map<OracleKey, OracleResult> results = new LinkedHashMap<>(upstream);
        SnapshotRequest request = new SnapshotRequest(SECTION, Optional.of("tok-1"), results,
                AssemblyOptions.of(Scope.course(), List.of()), false);
        service().project(request);
        service().project(request);
        assertEquals(2, derived(PROGRESS));
        assertEquals(List.of(), memo.gets);
        assertEquals(List.of(), memo.puts);
    }

    @Test
    void aFailingMemoOnlyCostsDerivations() {
        memo.fail = true;
        Snapshot first = service().getOrBuild(request("tok-1", "{}")).value();
        Snapshot second = service().getOrBuild(request("tok-1", "{}")).value();
        assertEquals(2, derived(PROGRESS));
        assertEquals(first, second);
    }

    @Test
    void keysCompareEverythingTheDerivationReads() {
        DataSnapshot service = service();
        Snapshot bundle = service.getOrBuild(request("tok-1", "{}")).value();
        Projections engine = service.projections();
        DerivationKey key = engine.keyOf(PROGRESS, bundle).orElseThrow();
        assertEquals(key, engine.keyOf(PROGRESS, bundle).orElseThrow());
        assertEquals(key.hashCode(), engine.keyOf(PROGRESS, bundle).orElseThrow().hashCode());
        assertNotEquals(key, engine.keyOf(GRADES_VIEW, bundle).orElseThrow());
        assertEquals(Optional.empty(), engine.keyOf(Capability.of("nope"), bundle));
        assertNotEquals(key, null);
        assertEquals(PROGRESS, key.capability());
    }

    /** A map-backed memo recording the capabilities asked for and remembered. */
    static final class RecordingMemo implements DerivationMemo {
        final Map<DerivationKey, Derivation> entries = new HashMap<>();
        final List<Capability> gets = new ArrayList<>();
        final List<Capability> puts = new ArrayList<>();
        boolean fail;

        @Override
        public Optional<Derivation> get(DerivationKey key) {
            gets.add(key.capability());
            if (fail) {
                throw new IllegalStateException("memo down");
            }
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public void put(DerivationKey key, Derivation derivation) {
            puts.add(key.capability());
            if (fail) {
                throw new IllegalStateException("memo down");
            }
            entries.put(key, derivation);
        }
    }
}
