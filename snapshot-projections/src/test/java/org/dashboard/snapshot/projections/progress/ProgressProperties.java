package org.dashboard.snapshot.projections.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.json.JsonValue.JsonArray;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.projections.progress.ProgressBody.SeriesItem;

/** Determinism, order independence and invariants of the progress projection over generated sections. */
class ProgressProperties {

    /** One scope item: its id, type id (null, 1, 2 or 3) and its 11 bin counts, or null when it has no bins. */
    record ItemCase(long id, Integer typeId, List<Integer> bins) {
    }

    /** A generated section: class size, scope items, threshold. */
    record Section(int totalStudents, List<ItemCase> items, int threshold) {
    }

    @Provide
    Arbitrary<Section> sections() {
        return Arbitraries.integers().between(0, 120).flatMap(total -> {
            Arbitrary<Integer> count = Arbitraries.integers().between(0, total / 11);
            Arbitrary<List<Integer>> bins = count.list().ofSize(11).injectNull(0.3);
            Arbitrary<Integer> type = Arbitraries.of(1, 2, 3).injectNull(0.1);
            Arbitrary<List<Long>> ids = Arbitraries.longs().between(1, 60).set().ofMaxSize(8)
                    .map(ArrayList::new);
            Arbitrary<List<ItemCase>> items = ids.flatMap(list -> Combinators.combine(
                    type.list().ofSize(list.size()), bins.list().ofSize(list.size()))
                    .as((types, binLists) -> {
                        List<ItemCase> out = new ArrayList<>();
                        for (int i = 0; i < list.size(); i++) {
                            out.add(new ItemCase(list.get(i), types.get(i), binLists.get(i)));
                        }
                        return out;
                    }));
            Arbitrary<Integer> threshold = Arbitraries.integers().between(1, 10).map(t -> t * 10);
            return Combinators.combine(items, threshold).as((i, t) -> new Section(total, i, t));
        });
    }

    private static JsonValue scopePayload(Section section) {
        List<JsonValue> items = new ArrayList<>();
        for (ItemCase item : section.items()) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            members.put("resource_id", JsonValue.of(item.id()));
            members.put("resource_type_id",
                    item.typeId() == null ? JsonValue.nullValue() : JsonValue.of(item.typeId()));
            members.put("title", JsonValue.of("Item " + item.id()));
            items.add(new JsonObject(members));
        }
        Map<String, JsonValue> scope = new LinkedHashMap<>();
        scope.put("course_title", JsonValue.of("Course"));
        scope.put("items", new JsonArray(items));
        return new JsonObject(scope);
    }

    /** The bins payload; with a random source, map entries and bin keys are shuffled. */
    private static JsonValue binsPayload(Section section, Random shuffle) {
        List<ItemCase> withBins = new ArrayList<>();
        for (ItemCase item : section.items()) {
            if (item.bins() != null) {
                withBins.add(item);
            }
        }
        if (shuffle != null) {
            Collections.shuffle(withBins, shuffle);
        }
        Map<String, JsonValue> map = new LinkedHashMap<>();
        for (ItemCase item : withBins) {
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i <= 10; i++) {
                keys.add(i);
            }
            if (shuffle != null) {
                Collections.shuffle(keys, shuffle);
            }
            Map<String, JsonValue> bins = new LinkedHashMap<>();
            for (int key : keys) {
                bins.put(Integer.toString(key * 10), JsonValue.of(item.bins().get(key)));
            }
            map.put(Long.toString(item.id()), new JsonObject(bins));
        }
        Map<String, JsonValue> payload = new LinkedHashMap<>();
        payload.put("bin_size", JsonValue.of(10));
        payload.put("total_students", JsonValue.of(section.totalStudents()));
        payload.put("by_resource_bins", new JsonObject(map));
        return new JsonObject(payload);
    }

    private static ProgressBody derive(Section section, Random shuffle) {
        return ProgressFixtures.body(SnapshotFixtures.with(new ProgressProjection())
                .ok(OracleKey.PROGRESS_BINS, binsPayload(section, shuffle))
                .ok(OracleKey.SCOPE_RESOURCES, scopePayload(section))
                .ok(OracleKey.SCHEDULE_POSITION, ProgressFixtures.NO_SCHEDULE)
                .parameters("{'progress': {'completion_threshold': " + section.threshold() + "}}")
                .derive());
    }

    @Property(tries = 150)
    void derivationIsDeterministic(@ForAll("sections") Section section) {
        ProgressBody first = derive(section, null);
        ProgressBody second = derive(section, null);

        assertEquals(first, second);
        assertEquals(first.parityFacts(), second.parityFacts());
    }

    @Property(tries = 150)
    void binOrderDoesNotMatter(@ForAll("sections") Section section, @ForAll Random random) {
        assertEquals(derive(section, null), derive(section, random));
    }

    @Property(tries = 200)
    void consistentBinsGiveCountsWithinTheClassAndPercentsWithin0To100(@ForAll("sections") Section section) {
        ProgressBody body = derive(section, null);

        assertEquals(section.totalStudents(), body.classSize());
        for (SeriesItem item : body.series()) {
            assertTrue(item.count() >= 0 && item.count() <= body.classSize(), () -> "count " + item);
            assertTrue(item.percent() >= 0.0 && item.percent() <= 100.0, () -> "percent " + item);
        }
    }

    @Property(tries = 150)
    void seriesFollowsTheScopeAndItemsWithBins(@ForAll("sections") Section section) {
        boolean anyHasBins = section.items().stream().anyMatch(item -> item.bins() != null);
        List<Long> expected = new ArrayList<>();
        for (ItemCase item : section.items()) {
            if (!anyHasBins || item.bins() != null) {
                expected.add(item.id());
            }
        }

        assertEquals(expected, derive(section, null).series().stream().map(SeriesItem::resourceId).toList());
    }

    @Property(tries = 150)
    void aHigherThresholdNeverCountsMoreStudents(@ForAll("sections") Section section) {
        ProgressBody body = derive(section, null);
        if (section.threshold() < 100) {
            ProgressBody higher = derive(new Section(section.totalStudents(), section.items(),
                    section.threshold() + 10), null);
            for (int i = 0; i < body.series().size(); i++) {
                assertTrue(higher.series().get(i).count() <= body.series().get(i).count());
            }
        }
    }

    @Property(tries = 150)
    void countIsTheSumOfTheBinsAtOrAboveTheThreshold(@ForAll("sections") Section section) {
        Map<Long, Long> expected = new LinkedHashMap<>();
        for (ItemCase item : section.items()) {
            long sum = 0;
            if (item.bins() != null) {
                for (int i = section.threshold() / 10; i <= 10; i++) {
                    sum += item.bins().get(i);
                }
            }
            expected.put(item.id(), sum);
        }

        for (SeriesItem item : derive(section, null).series()) {
            assertEquals(expected.get(item.resourceId()), item.count());
        }
    }
}
