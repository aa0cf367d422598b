package org.dashboard.snapshot.projections.aicontext;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.projections.common.Facts;

/**
 * The body of the {@code ai_context} projection (DOMAIN.md 3.6, 3.8): {@code {facts, text, truncated}}.
 *
 * @param facts the facts in their documented order ({@link AiContextFacts#KEYS}); values are strings,
 *        {@code Long} counts, {@code Double} metrics, lists of strings, or null
 * @param text the plain-text rendering of the facts, at most {@code max_chars} characters
 * @param truncated true when the text was cut to fit {@code max_chars}
 */
public record AiContextBody(Map<String, Object> facts, String text, boolean truncated) implements ProjectionBody {
    public AiContextBody {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        Objects.requireNonNull(text, "text");
    }

    /**
     * What {@code ai_context.csv} ({@code field,value}) renders: one fact per facts entry, in order,
     * {@code ai_context|<key>=<csv value>} (see {@link #csvValue}).
     */
    @Override
    public List<String> parityFacts() {
        Facts out = Facts.of(AiContextProjection.CAPABILITY.key());
        for (Map.Entry<String, Object> fact : facts.entrySet()) {
            out.add(csvValue(fact.getValue()), fact.getKey());
        }
        return out.list();
    }

    /**
     * The CSV cell of a facts value: a string as is, null as the empty string, a {@code Double} metric in the
     * metric format ({@link Facts#metric}), an integer count as a plain integer, a list joined with {@code "; "}.
     */
    public static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double metric) {
            return Facts.metric(metric);
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : AiContextFacts.LIST_SEPARATOR).append(list.get(i));
            }
            return out.toString();
        }
        return value.toString();
    }
}
