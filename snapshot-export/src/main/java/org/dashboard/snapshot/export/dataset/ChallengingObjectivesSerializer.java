package org.dashboard.snapshot.export.dataset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.objectives.ChallengingObjectivesBody;
import org.dashboard.snapshot.projections.objectives.ChallengingObjectivesProjection;
import org.dashboard.snapshot.projections.objectives.ObjectiveRow;

/**
 * {@code challenging_learning_objectives.csv} ({@code label,objective,sub_objective,proficiency}): a pre-order
 * walk of the rows (an explicit stack, so any depth is safe), keeping only rows whose label is "Low". An objective
 * renders {@code LO <numbering>} (empty when it has no numbering), its title, "", its label; a sub-objective
 * {@code <numbering>}, its parent's title, its title, its label.
 */
final class ChallengingObjectivesSerializer implements DatasetSerializer {
    static final List<String> COLUMNS = List.of("label", "objective", "sub_objective", "proficiency");
    static final String LOW = "Low";

    @Override
    public CsvTable serialize(Snapshot bundle, ExportRequest request) {
        ChallengingObjectivesBody objectives = Bodies.of(bundle, ChallengingObjectivesProjection.CAPABILITY,
                ChallengingObjectivesBody.class);
        List<List<String>> rows = new ArrayList<>();
        Deque<ObjectiveRow> stack = new ArrayDeque<>();
        pushInOrder(stack, objectives.rows());
        while (!stack.isEmpty()) {
            ObjectiveRow row = stack.pop();
            if (LOW.equals(row.proficiencyLabel())) {
                rows.add(render(row));
            }
            pushInOrder(stack, row.children());
        }
        return CsvTable.of(COLUMNS, rows);
    }

    private static List<String> render(ObjectiveRow row) {
        if (ObjectiveRow.OBJECTIVE.equals(row.rowType())) {
            String label = row.numbering() == null ? "" : "LO " + row.numbering();
            return List.of(label, Bodies.text(row.title()), "", row.proficiencyLabel());
        }
        return List.of(Bodies.text(row.numbering()), Bodies.text(row.parentTitle()), Bodies.text(row.title()),
                row.proficiencyLabel());
    }

    /** Pushes the rows so that the first is popped first. */
    private static void pushInOrder(Deque<ObjectiveRow> stack, List<ObjectiveRow> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            stack.push(rows.get(i));
        }
    }
}
