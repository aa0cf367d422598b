package org.dashboard.snapshot.app.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleResultCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link OracleResultCache} does, whatever stores the entries: the in-memory fake, the Caffeine cache
 * and the Redis cache each run this suite. Every test works under a data version of its own, so a shared store
 * (one Redis, one application-wide Caffeine cache) needs no clearing between tests or runs.
 */
abstract class OracleResultCacheContract {
    /** The cache under test; the same instance for every call of one test. */
    protected abstract OracleResultCache cache();

    private String dataVersion;

    @BeforeEach
    void freshDataVersion() {
        dataVersion = "contract-" + UUID.randomUUID();
    }

    private OracleCacheKey key() {
        return new OracleCacheKey(OracleKey.PROGRESS_BINS, 1, 1001, Scope.course(), dataVersion);
    }

    static OracleResult.Ok nestedPayload() {
        JsonValue payload = TestJson.parse("{'bin_size': 10, 'total_students': 2,"
                + " 'by_container_bins': {'11': {'0': 0, '10': 0, '50': 1, '100': 1}},"
                + " 'rows': [{'student_id': 123456789012345678901234567890, 'score': 1.50, 'ratio': 0.35,"
                + " 'tiny': 0.000010, 'scaled': 1E+3, 'negative': -42, 'name': 'Zoë \\\"Q\\\" O\\u2019Hara',"
                + " 'active': true, 'dropped': false, 'note': null, 'tags': [], 'extra': {}}]}");
        return new OracleResult.Ok(2, true, payload, Map.of("source", JsonValue.of("warehouse"),
                "rows", JsonValue.of(1), "partial", JsonValue.of(false), "watermark", JsonValue.nullValue()));
    }

    @Test
    void missesAKeyNeverPut() {
        assertEquals(Optional.empty(), cache().get(key()));
    }

    @Test
    void returnsAnEqualOkResultWithItsNestedPayloadVersionStaleFlagAndMetadata() {
        OracleResult.Ok put = nestedPayload();
        cache().put(key(), put, 1);
        Optional<OracleResult> got = cache().get(key());
        assertEquals(Optional.of(put), got);
        JsonValue.JsonObject row = (JsonValue.JsonObject) ((JsonValue.JsonArray) ((JsonValue.JsonObject)
                ((OracleResult.Ok) got.orElseThrow()).payload()).getOrNull("rows")).elements().get(0);
        assertEquals(new BigDecimal("1.50"), ((JsonValue.JsonNumber) row.getOrNull("score")).value(),
                "1.50 keeps its scale");
        assertEquals(2, ((JsonValue.JsonNumber) row.getOrNull("score")).value().scale());
    }

    @Test
    void returnsAnEqualErrorResultWithAnObjectReason() {
        OracleResult.Error put = new OracleResult.Error(3, false,
                TestJson.parse("{'code': 'timeout', 'message': 'no answer in 2.50 s', 'attempts': [1, 2]}"),
                Map.of("upstream", JsonValue.of("grades")));
        cache().put(key(), put, 1);
        assertEquals(Optional.of(put), cache().get(key()));
    }

    @Test
    void returnsAnEqualErrorResultWithAStringReason() {
        OracleResult put = OracleResult.error(JsonValue.of("timeout"));
        cache().put(key(), put, 1);
        assertEquals(Optional.of(put), cache().get(key()));
    }

    @Test
    void aNewerRequestsPutReplacesTheEntry() {
        OracleResult first = OracleResult.ok(TestJson.parse("{'total_students': 1}"));
        OracleResult second = new OracleResult.Ok(1, true, TestJson.parse("{'total_students': 2}"), Map.of());
        cache().put(key(), first, 1_000);
        cache().put(key(), second, 1_001);
        assertEquals(Optional.of(second), cache().get(key()));
    }

    @Test
    void theSameRequestsPutReplacesTheEntry() {
        OracleResult first = OracleResult.ok(TestJson.parse("{'total_students': 1}"));
        OracleResult second = OracleResult.ok(TestJson.parse("{'total_students': 2}"));
        cache().put(key(), first, 1_000);
        cache().put(key(), second, 1_000);
        assertEquals(Optional.of(second), cache().get(key()));
    }

    @Test
    void anOlderRequestsLatePutNeverOverwritesANewerOnes() {
        OracleResult newer = OracleResult.ok(TestJson.parse("{'total_students': 2}"));
        OracleResult older = OracleResult.ok(TestJson.parse("{'total_students': 1}"));
        cache().put(key(), newer, 1_764_000_000_000_002L);
        cache().put(key(), older, 1_764_000_000_000_001L);
        assertEquals(Optional.of(newer), cache().get(key()));
    }

    @Test
    void theSameResultPutAgainByANewerRequestIsNewerFromThen() {
        OracleResult.Ok result = nestedPayload();
        OracleResult late = OracleResult.ok(TestJson.parse("{'total_students': 1}"));
        cache().put(key(), result, 5);
        cache().put(key(), result, 9);
        cache().put(key(), late, 7);
        assertEquals(Optional.of(result), cache().get(key()), "the put at 9 outranks the one at 7");
    }

    static Stream<Arguments> oneComponentChanged() {
        return Stream.of(
                Arguments.of("oracle", (UnaryOperator<OracleCacheKey>) k -> new OracleCacheKey(OracleKey.GRADES,
                        k.oracleVersion(), k.contextId(), k.scope(), k.dataVersion())),
                Arguments.of("oracle version", (UnaryOperator<OracleCacheKey>) k -> new OracleCacheKey(k.oracle(),
                        k.oracleVersion() + 1, k.contextId(), k.scope(), k.dataVersion())),
                Arguments.of("context id", (UnaryOperator<OracleCacheKey>) k -> new OracleCacheKey(k.oracle(),
                        k.oracleVersion(), k.contextId() + 1, k.scope(), k.dataVersion())),
                Arguments.of("scope course -> container", (UnaryOperator<OracleCacheKey>) k -> new OracleCacheKey(
                        k.oracle(), k.oracleVersion(), k.contextId(), Scope.container(11), k.dataVersion())),
                Arguments.of("data version", (UnaryOperator<OracleCacheKey>) k -> new OracleCacheKey(k.oracle(),
                        k.oracleVersion(), k.contextId(), k.scope(), k.dataVersion() + "-next")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneComponentChanged")
    void keysDifferingInOneComponentDoNotCollide(String component, UnaryOperator<OracleCacheKey> change) {
        OracleCacheKey base = key();
        OracleCacheKey other = change.apply(base);
        assertNotEquals(base, other, component);
        assertEquals(Optional.empty(), cache().get(other), "nothing put under the other key yet");

        OracleResult atBase = OracleResult.ok(TestJson.parse("{'at': 'base'}"));
        OracleResult atOther = OracleResult.ok(TestJson.parse("{'at': 'other'}"));
        cache().put(base, atBase, 1);
        assertEquals(Optional.empty(), cache().get(other), "a put under one key is not visible under the other");
        cache().put(other, atOther, 1);
        assertEquals(Optional.of(atBase), cache().get(base), component);
        assertEquals(Optional.of(atOther), cache().get(other), component);
    }

    @Test
    void containersOfTheSameScopeTypeDoNotCollide() {
        OracleCacheKey eleven = new OracleCacheKey(OracleKey.PROGRESS_BINS, 1, 1001, Scope.container(11),
                dataVersion);
        OracleCacheKey twelve = new OracleCacheKey(OracleKey.PROGRESS_BINS, 1, 1001, Scope.container(12),
                dataVersion);
        cache().put(eleven, OracleResult.ok(JsonValue.of(11)), 1);
        cache().put(twelve, OracleResult.ok(JsonValue.of(12)), 1);
        assertEquals(Optional.of(OracleResult.ok(JsonValue.of(11))), cache().get(eleven));
        assertEquals(Optional.of(OracleResult.ok(JsonValue.of(12))), cache().get(twelve));
    }
}
