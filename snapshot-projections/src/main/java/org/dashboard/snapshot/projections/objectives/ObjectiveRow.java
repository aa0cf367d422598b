package org.dashboard.snapshot.projections.objectives;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the challenging objectives tree (DOMAIN.md 3.4, 3.8): a challenging objective, or an ancestor
 * shown as context.
 *
 * @param objectiveId the objective (resource) id
 * @param parentObjectiveId the parent row's objective id, null for a top-level row
 * @param title the objective_rows title, else the objective_resources title, else null
 * @param parentTitle the parent row's title, null for a top-level row
 * @param rowType "objective" at depth 0, "subobjective" at any depth >= 1
 * @param numbering the tree numbering ("2.1"), null for an objective unreachable from a root
 * @param proficiencyLabel the distribution's mode, null when the objective has no proficiency row of its own
 * @param proficiencyDistribution normalized label to count, in level order (Low, Medium, High, Not enough
 *        data); empty when the row has no counts or all are zero
 * @param children the child rows in numbering order
 */
public record ObjectiveRow(long objectiveId, Long parentObjectiveId, String title, String parentTitle,
                           String rowType, String numbering, String proficiencyLabel,
                           Map<String, Long> proficiencyDistribution, List<ObjectiveRow> children) {
    /** {@code row_type} of a top-level row. */
    public static final String OBJECTIVE = "objective";
    /** {@code row_type} of a row at depth >= 1. */
    public static final String SUBOBJECTIVE = "subobjective";

    public ObjectiveRow {
        Objects.requireNonNull(rowType, "rowType");
        proficiencyDistribution = Collections.unmodifiableMap(new LinkedHashMap<>(proficiencyDistribution));
        children = List.copyOf(children);
    }
}
