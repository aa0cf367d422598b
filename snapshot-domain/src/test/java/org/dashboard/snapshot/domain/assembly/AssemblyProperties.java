package org.dashboard.snapshot.domain.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.projection.Projections;

class AssemblyProperties {
    private static final List<OracleKey> KEYS = List.of(OracleKey.PROGRESS_BINS, OracleKey.PROGRESS_PROFICIENCY,
            OracleKey.STUDENT_INFO, OracleKey.SCOPE_RESOURCES, OracleKey.GRADES, OracleKey.OBJECTIVES_PROFICIENCY,
            OracleKey.RECOMMENDATION, OracleKey.SCHEDULE_POSITION, OracleKey.of("oracle_extra"),
            OracleKey.of("oracle_other"));
    private static final DashboardContext CONTEXT = DashboardContext.section(42, 7);

    private final Assembler assembler = Requests.assembler();
    private final Projections projections = new Projections(Requests.CATALOG);

    private Snapshot bundle(Map<OracleKey, OracleResult> results) {
        Snapshot snapshot = assembler.assemble(CONTEXT, Optional.of("tok"), results,
                AssemblyOptions.of(Scope.container(1001), List.of())).value();
        return projections.deriveInto(snapshot, Requests.CATALOG.capabilities()).value();
    }

    @Property(tries = 150)
    void permutingTheOrderOfOracleResultsNeverChangesTheSnapshot(
            @ForAll("results") Map<OracleKey, OracleResult> results, @ForAll Random random) {
        List<OracleKey> order = new ArrayList<>(results.keySet());
        Collections.shuffle(order, random);
        Map<OracleKey, OracleResult> permuted = new LinkedHashMap<>();
        for (OracleKey key : order) {
            permuted.put(key, results.get(key));
        }

        assertEquals(bundle(results), bundle(permuted));
    }

    @Property(tries = 150)
    void assemblingTwiceGivesEqualSnapshots(@ForAll("results") Map<OracleKey, OracleResult> results) {
        Snapshot first = bundle(results);
        Snapshot second = bundle(results);

        assertEquals(first, second);
        assertEquals(first.fingerprints(), second.fingerprints());
        assertEquals(first.metadata().configSignature(), second.metadata().configSignature());
    }

    @Property(tries = 200)
    void mergeKeepsEveryKeyAndTheIncomingResultAlwaysWins(
            @ForAll("results") Map<OracleKey, OracleResult> existing,
            @ForAll("results") Map<OracleKey, OracleResult> incoming) {
        Map<OracleKey, OracleResult> merged = Assembler.merge(existing, incoming);

        Set<OracleKey> union = new HashSet<>(existing.keySet());
        union.addAll(incoming.keySet());
        assertEquals(union, merged.keySet());
        for (OracleKey key : merged.keySet()) {
            OracleResult expected = incoming.containsKey(key) ? incoming.get(key) : existing.get(key);
            assertSame(expected, merged.get(key));
        }
    }

    @Property(tries = 100)
    void mergingWithNothingChangesNothing(@ForAll("results") Map<OracleKey, OracleResult> results) {
        assertEquals(results, Assembler.merge(results, Map.of()));
        assertEquals(results, Assembler.merge(Map.of(), results));
        assertEquals(results, Assembler.merge(results, results));
    }

    @Provide
    Arbitrary<Map<OracleKey, OracleResult>> results() {
        return Arbitraries.maps(Arbitraries.of(KEYS), result()).ofMaxSize(KEYS.size());
    }

    private static Arbitrary<OracleResult> result() {
        Arbitrary<JsonValue> payload = Arbitraries.oneOf(
                Arbitraries.integers().between(-3, 300).map(i -> JsonValue.of((long) i)),
                Arbitraries.strings().alpha().ofMaxLength(6).map(JsonValue::of),
                Arbitraries.just(JsonValue.nullValue()),
                Arbitraries.integers().between(0, 9).map(i -> new JsonValue.JsonObject(Map.of("total_students",
                        JsonValue.of((long) i), "items", new JsonValue.JsonArray(List.of(JsonValue.of((long) i)))))));
        Arbitrary<Map<String, JsonValue>> metadata = Arbitraries.maps(
                Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3),
                Arbitraries.oneOf(Arbitraries.integers().between(0, 9).map(i -> (JsonValue) JsonValue.of((long) i)),
                        Arbitraries.of(true, false).map(b -> (JsonValue) JsonValue.of(b)))).ofMaxSize(3);
        Arbitrary<JsonValue> reason = Arbitraries.of(JsonValue.of("timeout"), JsonValue.of("boom"),
                new JsonValue.JsonObject(Map.of("code", JsonValue.of("timeout"))), JsonValue.nullValue());
        Arbitrary<OracleResult> ok = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.of(true, false), payload, metadata)
                .as((version, stale, body, meta) -> new OracleResult.Ok(version, stale, body, meta));
        Arbitrary<OracleResult> error = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.of(true, false), reason, metadata)
                .as((version, stale, why, meta) -> new OracleResult.Error(version, stale, why, meta));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, ok), net.jqwik.api.Tuple.of(1, error));
    }
}
