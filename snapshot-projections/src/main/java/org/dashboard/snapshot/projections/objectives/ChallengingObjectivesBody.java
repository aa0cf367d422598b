package org.dashboard.snapshot.projections.objectives;

import java.util.List;
import java.util.Objects;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.projections.common.Facts;

/**
 * The body of the {@code challenging_objectives} projection (DOMAIN.md 3.8):
 * {@code {state, has_objectives, row_count, rows}}.
 *
 * @param state "populated" (at least one challenging objective), "empty_low_proficiency" (some objective row
 *        has a Low, Medium or High count above zero but none is challenging) or "no_data"
 * @param hasObjectives the payload has at least one objective row
 * @param rowCount the number of challenging objectives
 * @param rows the top-level rows: the numbered tree first, then unreachable challenging objectives
 */
public record ChallengingObjectivesBody(String state, boolean hasObjectives, int rowCount, List<ObjectiveRow> rows)
        implements ProjectionBody {
    /** At least one challenging objective. */
    public static final String POPULATED = "populated";
    /** Proficiency data exists but no objective is challenging. */
    public static final String EMPTY_LOW_PROFICIENCY = "empty_low_proficiency";
    /** No Low, Medium or High count above zero anywhere. */
    public static final String NO_DATA = "no_data";

    public ChallengingObjectivesBody {
        Objects.requireNonNull(state, "state");
        rows = List.copyOf(rows);
    }

    /**
     * What the CSV renders: the rows walked in pre-order, keeping rows whose label is "Low"; for the i-th kept
     * row {@code label}, {@code objective}, {@code sub_objective} and {@code proficiency}.
     */
    @Override
    public List<String> parityFacts() {
        Facts facts = Facts.of(ChallengingObjectivesProjection.CAPABILITY.key());
        int i = 0;
        for (ObjectiveRow row : ChallengingObjectivesProjection.challengingRows(this)) {
            boolean topLevel = ObjectiveRow.OBJECTIVE.equals(row.rowType());
            if (topLevel) {
                facts.add(row.numbering() == null ? "" : "LO " + row.numbering(), i, "label");
                facts.add(row.title(), i, "objective");
                facts.add("", i, "sub_objective");
            } else {
                facts.add(row.numbering(), i, "label");
                facts.add(row.parentTitle(), i, "objective");
                facts.add(row.title(), i, "sub_objective");
            }
            facts.add(row.proficiencyLabel(), i, "proficiency");
            i++;
        }
        return facts.list();
    }
}
