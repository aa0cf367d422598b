package org.dashboard.snapshot.domain.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.junit.jupiter.api.Test;

/** A derivation key changes with everything the derivation reads, and with nothing else. */
class DerivationKeyTest {
    private static final OracleKey BINS = OracleKey.PROGRESS_BINS;
    private static final OracleKey SCHEDULE = OracleKey.SCHEDULE_POSITION;
    private static final FakeProjection PROGRESS = FakeProjection.of("progress").requires(BINS).optional(SCHEDULE);
    private static final JsonValue BINS_PAYLOAD = TestJson.parse("{'bins': 1}");
    private static final JsonValue SCHEDULE_PAYLOAD = TestJson.parse("{'has_schedule': false}");

    private static SnapshotFixtures fixtures() {
        return SnapshotFixtures.with(PROGRESS).ok(BINS, BINS_PAYLOAD).ok(SCHEDULE, SCHEDULE_PAYLOAD);
    }

    private static DerivationKey key(Snapshot snapshot) {
        return DerivationKey.of(PROGRESS, snapshot);
    }

    @Test
    void theSameInputsGiveEqualKeysWhateverTheRequestToken() {
        DerivationKey one = key(fixtures().token("a").snapshot());
        DerivationKey two = key(fixtures().token("b").snapshot());
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertEquals(one, one);
        assertEquals("DerivationKey[progress, v1, course, 2026-02-04T16:25:18Z]", one.toString());
    }

    @Test
    void everythingTheDerivationReadsChangesTheKey() {
        DerivationKey base = key(fixtures().snapshot());
        List<Snapshot> others = List.of(
                fixtures().parameters("{'timezone': 'America/New_York'}").snapshot(),
                fixtures().parameters("{'generated_at': '2026-01-01T00:00:00Z'}").snapshot(),
                fixtures().scope(Scope.container(101)).snapshot(),
                fixtures().projectionVersion(2).snapshot(),
                fixtures().ok(BINS, TestJson.parse("{'bins': 1}")).snapshot(), // equal value, another object
                fixtures().ok(SCHEDULE, TestJson.parse("{'has_schedule': false}")).snapshot(),
                fixtures().error(SCHEDULE, "timeout").snapshot(),
                SnapshotFixtures.with(PROGRESS).ok(BINS, BINS_PAYLOAD).snapshot());
        for (Snapshot other : others) {
            assertNotEquals(base, key(other), other.metadata().toString());
        }
        assertNotEquals(base, DerivationKey.of(FakeProjection.of("other").requires(BINS).optional(SCHEDULE),
                fixtures().snapshot()));
        assertNotEquals(base, DerivationKey.of(FakeProjection.of("progress").requires(BINS), fixtures().snapshot()));
        assertNotEquals(base, (Object) "progress");
    }
}
