package org.dashboard.snapshot.projections.objectives;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.Payload;
import org.dashboard.snapshot.domain.projection.ProjectionInput;
import org.dashboard.snapshot.projections.objectives.ObjectiveTree.Placement;
import org.dashboard.snapshot.projections.objectives.ObjectiveTree.Resource;

/**
 * The {@code challenging_objectives} capability (DOMAIN.md 3.4, 3.8, 3.9). Required oracles:
 * {@code oracle_instructor_objectives_proficiency} and {@code oracle_instructor_scope_resources}; no optional
 * oracles, no parameters.
 *
 * <p>An objective is challenging when the mode of its proficiency distribution is "Low". The rows are the
 * challenging objectives plus their ancestors (as context, with a null proficiency label when they have no
 * proficiency row of their own), as a tree in numbering order; challenging objectives that no root reaches
 * follow as top-level rows with a null numbering, ordered by objective id.
 *
 * <p>Reads from the objectives payload {@code objective_rows[].objective_id, title, proficiency_distribution}
 * and {@code objective_resources[].resource_id, title, children, numbering_index}, and validates exactly
 * those. The scope resources payload is required by the contract but not read. A duplicated
 * {@code objective_id} or {@code resource_id}: the last entry wins.
 */
public final class ChallengingObjectivesProjection implements CapabilityProjection {
    /** The capability key. */
    public static final Capability CAPABILITY = Capability.of("challenging_objectives");

    @Override
    public Capability capability() {
        return CAPABILITY;
    }

    @Override
    public List<OracleKey> requiredOracles() {
        return List.of(OracleKey.OBJECTIVES_PROFICIENCY, OracleKey.SCOPE_RESOURCES);
    }

    @Override
    public List<OracleKey> optionalOracles() {
        return List.of();
    }

    @Override
    public ChallengingObjectivesBody derive(ProjectionInput input) {
        return fromPayload(input.required(OracleKey.OBJECTIVES_PROFICIENCY));
    }

    /**
     * Derives the body from an {@code oracle_instructor_objectives_proficiency} payload (also usable by
     * {@code ai_context} inside {@code ProjectionInput.readOptional}).
     *
     * @throws org.dashboard.snapshot.domain.projection.InvalidProjectionData naming the path and value of
     *         the first invalid field read
     */
    public static ChallengingObjectivesBody fromPayload(Payload objectives) {
        objectives.requireObject();
        List<Payload> rowPayloads = objectives.field("objective_rows").optionalElements();
        Map<Long, Objective> objectiveRows = new HashMap<>();
        for (Payload row : rowPayloads) {
            long id = row.field("objective_id").id();
            String title = row.field("title").optionalString().orElse(null);
            ProficiencyDistribution distribution = ProficiencyDistribution.read(row.field("proficiency_distribution"));
            objectiveRows.put(id, new Objective(title, distribution));
        }
        Map<Long, Resource> resources = new HashMap<>();
        for (Payload resource : objectives.field("objective_resources").optionalElements()) {
            long id = resource.field("resource_id").id();
            String title = resource.field("title").optionalString().orElse(null);
            List<Long> children = new ArrayList<>();
            for (Payload child : resource.field("children").optionalElements()) {
                children.add(child.id());
            }
            Payload index = resource.field("numbering_index");
            Long numberingIndex = index.isNull() ? null : index.integer();
            resources.put(id, new Resource(id, title, children, numberingIndex));
        }
        return derive(!rowPayloads.isEmpty(), objectiveRows, resources);
    }

    /** The titles of the challenging objectives in row pre-order (null titles are left out), for ai_context. */
    public static List<String> challengingTitles(ChallengingObjectivesBody body) {
        List<String> titles = new ArrayList<>();
        for (ObjectiveRow row : challengingRows(body)) {
            if (row.title() != null) {
                titles.add(row.title());
            }
        }
        return Collections.unmodifiableList(titles);
    }

    /** The rows whose proficiency label is "Low", in pre-order. */
    static List<ObjectiveRow> challengingRows(ChallengingObjectivesBody body) {
        List<ObjectiveRow> out = new ArrayList<>();
        Deque<ObjectiveRow> stack = new ArrayDeque<>();
        pushReversed(stack, body.rows());
        while (!stack.isEmpty()) {
            ObjectiveRow row = stack.pop();
            if (ProficiencyDistribution.LOW.equals(row.proficiencyLabel())) {
                out.add(row);
            }
            pushReversed(stack, row.children());
        }
        return out;
    }

    private static void pushReversed(Deque<ObjectiveRow> stack, List<ObjectiveRow> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            stack.push(rows.get(i));
        }
    }

    private record Objective(String title, ProficiencyDistribution distribution) {
    }

    private static ChallengingObjectivesBody derive(boolean hasObjectives, Map<Long, Objective> objectiveRows,
                                                    Map<Long, Resource> resources) {
        List<Long> challenging = new ArrayList<>();
        boolean hasData = false;
        for (Map.Entry<Long, Objective> entry : objectiveRows.entrySet()) {
            ProficiencyDistribution distribution = entry.getValue().distribution();
            hasData |= distribution.hasData();
            if (distribution.isChallenging()) {
                challenging.add(entry.getKey());
            }
        }
        String state = !challenging.isEmpty() ? ChallengingObjectivesBody.POPULATED
                : hasData ? ChallengingObjectivesBody.EMPTY_LOW_PROFICIENCY : ChallengingObjectivesBody.NO_DATA;

        List<Placement> preOrder = ObjectiveTree.preOrder(resources);
        Map<Long, Placement> placed = new HashMap<>(preOrder.size() * 2);
        for (Placement placement : preOrder) {
            placed.put(placement.id(), placement);
        }
        Set<Long> shown = new HashSet<>();
        List<Long> unreachable = new ArrayList<>();
        for (Long id : challenging) {
            Placement placement = placed.get(id);
            if (placement == null) {
                unreachable.add(id);
                continue;
            }
            while (placement != null && shown.add(placement.id())) {
                placement = placement.parentId() == null ? null : placed.get(placement.parentId());
            }
        }

        Titles titles = new Titles(objectiveRows, resources);
        Map<Long, List<ObjectiveRow>> childRows = new HashMap<>();
        List<ObjectiveRow> topLevel = new ArrayList<>();
        for (int i = preOrder.size() - 1; i >= 0; i--) {
            Placement placement = preOrder.get(i);
            if (!shown.contains(placement.id())) {
                continue;
            }
            List<ObjectiveRow> children = childRows.remove(placement.id());
            if (children == null) {
                children = List.of();
            } else {
                Collections.reverse(children);
            }
            ObjectiveRow row = row(placement.id(), placement.parentId(), placement.depth(), placement.numbering(),
                    objectiveRows.get(placement.id()), titles, children);
            if (placement.parentId() == null) {
                topLevel.add(row);
            } else {
                childRows.computeIfAbsent(placement.parentId(), parent -> new ArrayList<>()).add(row);
            }
        }
        Collections.reverse(topLevel);
        Collections.sort(unreachable);
        for (Long id : unreachable) {
            topLevel.add(row(id, null, 0, null, objectiveRows.get(id), titles, List.of()));
        }
        return new ChallengingObjectivesBody(state, hasObjectives, challenging.size(), topLevel);
    }

    private static ObjectiveRow row(long id, Long parentId, int depth, String numbering, Objective objective,
                                    Titles titles, List<ObjectiveRow> children) {
        return new ObjectiveRow(id, parentId, titles.of(id), parentId == null ? null : titles.of(parentId),
                depth == 0 ? ObjectiveRow.OBJECTIVE : ObjectiveRow.SUBOBJECTIVE, numbering,
                objective == null ? null : objective.distribution().mode(),
                objective == null ? Map.of() : objective.distribution().asMap(), children);
    }

    /** Title: the objective row's title, else the objective resource's title (a blank title, after trimming, counts as none; titles are not trimmed). */
    private record Titles(Map<Long, Objective> objectiveRows, Map<Long, Resource> resources) {
        String of(long id) {
            Objective objective = objectiveRows.get(id);
            if (objective != null && isPresent(objective.title())) {
                return objective.title();
            }
            Resource resource = resources.get(id);
            return resource != null && isPresent(resource.title()) ? resource.title() : null;
        }

        private static boolean isPresent(String title) {
            return title != null && !title.trim().isEmpty();
        }
    }
}
