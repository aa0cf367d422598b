package org.dashboard.snapshot.projections.objectives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of challenging_objectives over random objective graphs (cycles, shared and missing children). */
class ChallengingObjectivesProperties {
    private static final List<String> LABELS = List.of("Low", " low", "LOW ", "Medium", "medium", "High", "HIGH",
            "Not enough data", "not enough DATA", "Lowest");

    record Res(long id, Long index, List<Long> children) {
    }

    record Obj(long id, Map<String, Integer> distribution) {
    }

    record Model(List<Res> resources, List<Obj> objectives) {
        String json(Random shuffle) {
            List<Res> res = new ArrayList<>(resources);
            List<Obj> objs = new ArrayList<>(objectives);
            if (shuffle != null) {
                Collections.shuffle(res, shuffle);
                Collections.shuffle(objs, shuffle);
            }
            List<String> resourceJson = new ArrayList<>();
            for (Res r : res) {
                List<Long> children = new ArrayList<>(r.children());
                if (shuffle != null) {
                    Collections.shuffle(children, shuffle);
                }
                resourceJson.add(ObjectivesJson.resource(r.id(), "R" + r.id(), r.index(),
                        children.stream().mapToLong(Long::longValue).toArray()));
            }
            List<String> rowJson = new ArrayList<>();
            for (Obj o : objs) {
                List<Map.Entry<String, Integer>> entries = new ArrayList<>(o.distribution().entrySet());
                if (shuffle != null) {
                    Collections.shuffle(entries, shuffle);
                }
                List<String> members = new ArrayList<>();
                entries.forEach(e -> members.add(ObjectivesJson.quote(e.getKey()) + ": " + e.getValue()));
                rowJson.add(ObjectivesJson.objective(o.id(), "O" + o.id(), "{" + String.join(", ", members) + "}"));
            }
            return ObjectivesJson.payload(rowJson, resourceJson);
        }

        /** The challenging ids computed independently: summed normalized counts, the mode Low on ties. */
        Set<Long> challenging() {
            Set<Long> out = new TreeSet<>();
            for (Obj o : objectives) {
                int[] counts = new int[4];
                o.distribution().forEach((label, count) -> {
                    String key = label.trim().toLowerCase(Locale.ROOT);
                    int level = List.of("low", "medium", "high", "not enough data").indexOf(key);
                    if (level >= 0) {
                        counts[level] += count;
                    }
                });
                int max = Math.max(Math.max(counts[0], counts[1]), Math.max(counts[2], counts[3]));
                if (max > 0 && counts[0] == max) {
                    out.add(o.id());
                }
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Model> models() {
        Arbitrary<Res> resource = Combinators.combine(
                Arbitraries.longs().between(1, 30),
                Arbitraries.longs().between(-1, 3).injectNull(0.3),
                Arbitraries.longs().between(1, 34).list().ofMaxSize(4)).as(Res::new);
        Arbitrary<Obj> objective = Combinators.combine(
                Arbitraries.longs().between(1, 34),
                Arbitraries.maps(Arbitraries.of(LABELS), Arbitraries.integers().between(0, 3)).ofMaxSize(4))
                .as(Obj::new);
        Arbitrary<List<Res>> resources = resource.list().ofMaxSize(25).uniqueElements(Res::id);
        Arbitrary<List<Obj>> objectives = objective.list().ofMaxSize(25).uniqueElements(Obj::id);
        return Combinators.combine(resources, objectives).as(Model::new);
    }

    @Property(tries = 300)
    void theInputOrderDoesNotMatter(@ForAll("models") Model model, @ForAll long seed) {
        ChallengingObjectivesBody ordered = ObjectivesJson.derive(model.json(null));
        ChallengingObjectivesBody shuffled = ObjectivesJson.derive(model.json(new Random(seed)));
        assertEquals(ordered, shuffled);
        assertEquals(ordered.parityFacts(), shuffled.parityFacts());
    }

    @Property(tries = 200)
    void derivationIsDeterministic(@ForAll("models") Model model) {
        String json = model.json(null);
        ChallengingObjectivesBody first = ObjectivesJson.derive(json);
        assertEquals(first, ObjectivesJson.derive(json));
        assertEquals(first.parityFacts(), ObjectivesJson.derive(json).parityFacts());
    }

    @Property(tries = 300)
    void everyChallengingObjectiveIsShownExactlyOnceAndCounted(@ForAll("models") Model model) {
        ChallengingObjectivesBody body = ObjectivesJson.derive(model.json(null));
        List<ObjectiveRow> all = new ArrayList<>();
        walk(body.rows(), all);
        Set<Long> seen = new HashSet<>();
        Set<Long> low = new TreeSet<>();
        for (ObjectiveRow row : all) {
            assertTrue(seen.add(row.objectiveId()), "shown twice: " + row.objectiveId());
            if ("Low".equals(row.proficiencyLabel())) {
                low.add(row.objectiveId());
            }
        }
        assertEquals(model.challenging(), low);
        assertEquals(low.size(), body.rowCount());
        assertEquals(4 * low.size(), body.parityFacts().size());
        assertEquals(low.isEmpty() ? 0 : 1, body.state().equals("populated") ? 1 : 0);
        assertEquals(!model.objectives().isEmpty(), body.hasObjectives());
    }

    @Property(tries = 300)
    void contextRowsAreAncestorsOfAChallengingRow(@ForAll("models") Model model) {
        ChallengingObjectivesBody body = ObjectivesJson.derive(model.json(null));
        List<ObjectiveRow> all = new ArrayList<>();
        walk(body.rows(), all);
        for (ObjectiveRow row : all) {
            if (!"Low".equals(row.proficiencyLabel())) {
                assertTrue(!row.children().isEmpty(), "a context row without children: " + row.objectiveId());
            }
        }
    }

    @Property(tries = 300)
    void numberingRowTypeAndParentsAreConsistent(@ForAll("models") Model model) {
        ChallengingObjectivesBody body = ObjectivesJson.derive(model.json(null));
        int lastRoot = 0;
        long lastUnreachable = 0;
        boolean unreachableSeen = false;
        for (ObjectiveRow top : body.rows()) {
            assertEquals(ObjectiveRow.OBJECTIVE, top.rowType());
            assertNull(top.parentObjectiveId());
            assertNull(top.parentTitle());
            if (top.numbering() == null) {
                unreachableSeen = true;
                assertTrue(top.objectiveId() > lastUnreachable);
                lastUnreachable = top.objectiveId();
                assertEquals(List.of(), top.children());
            } else {
                assertTrue(!unreachableSeen, "a numbered row after an unreachable one");
                int number = Integer.parseInt(top.numbering());
                assertTrue(number > lastRoot);
                lastRoot = number;
                checkChildren(top);
            }
        }
    }

    private static void checkChildren(ObjectiveRow parent) {
        int last = 0;
        for (ObjectiveRow child : parent.children()) {
            assertEquals(ObjectiveRow.SUBOBJECTIVE, child.rowType());
            assertEquals(parent.objectiveId(), child.parentObjectiveId());
            assertEquals(parent.title(), child.parentTitle());
            String prefix = parent.numbering() + ".";
            assertTrue(child.numbering().startsWith(prefix), child.numbering());
            int index = Integer.parseInt(child.numbering().substring(prefix.length()));
            assertTrue(index > last);
            last = index;
            checkChildren(child);
        }
    }

    @Property(tries = 200)
    void distributionsListLevelsInOrderAndAreEmptyWhenAllZero(@ForAll("models") Model model) {
        ChallengingObjectivesBody body = ObjectivesJson.derive(model.json(null));
        List<ObjectiveRow> all = new ArrayList<>();
        walk(body.rows(), all);
        Map<Long, Obj> byId = new HashMap<>();
        model.objectives().forEach(o -> byId.put(o.id(), o));
        List<String> levels = List.of("Low", "Medium", "High", "Not enough data");
        for (ObjectiveRow row : all) {
            List<String> keys = new ArrayList<>(row.proficiencyDistribution().keySet());
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort((a, b) -> levels.indexOf(a) - levels.indexOf(b));
            assertEquals(sorted, keys);
            long total = row.proficiencyDistribution().values().stream().mapToLong(Long::longValue).sum();
            assertTrue(keys.isEmpty() || total > 0);
            if (!byId.containsKey(row.objectiveId())) {
                assertNull(row.proficiencyLabel());
            }
        }
    }

    private static void walk(List<ObjectiveRow> rows, List<ObjectiveRow> out) {
        for (ObjectiveRow row : rows) {
            out.add(row);
            walk(row.children(), out);
        }
    }

}
