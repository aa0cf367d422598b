package org.dashboard.snapshot.export.dataset;

import java.util.ArrayList;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;

/**
 * {@code ai_context.csv} ({@code field,value}): one row per canonical fact of the {@code ai_context} projection,
 * in the projection's order. A fact {@code ai_context|<field>=<value>} renders as {@code <field>,<value>} (a field
 * of several keys keeps their {@code |} separators). The ai_context projection's facts are, by design, its
 * PII-free {@code facts} map, so the CSV carries exactly what the prompt summary carries and parses back 1:1.
 */
final class AiContextSerializer implements DatasetSerializer {
    static final List<String> COLUMNS = List.of("field", "value");
    static final Capability AI_CONTEXT = Capability.of("ai_context");
    private static final String PREFIX = AI_CONTEXT.key() + "|";

    @Override
    public CsvTable serialize(Snapshot bundle, ExportRequest request) {
        ProjectionBody body = Bodies.of(bundle, AI_CONTEXT, ProjectionBody.class);
        List<List<String>> rows = new ArrayList<>();
        for (String fact : body.parityFacts()) {
            int equals = fact.indexOf('=');
            if (!fact.startsWith(PREFIX) || equals < 0) {
                throw new IllegalStateException("not an ai_context fact: '" + fact + "'");
            }
            rows.add(List.of(fact.substring(PREFIX.length(), equals), fact.substring(equals + 1)));
        }
        return CsvTable.of(COLUMNS, rows);
    }
}
