package org.dashboard.snapshot.projections.objectives;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.projection.Payload;

/** Test helper: objectives proficiency payloads as JSON text. */
final class ObjectivesJson {
    static final String SCOPE = "{'course_title': 'Gardening', 'items': []}";

    private ObjectivesJson() {
    }

    /** An objective_rows entry; {@code distribution} is a JSON object literal or null. */
    static String objective(long id, String title, String distribution) {
        return "{'objective_id': " + id + ", 'title': " + quote(title) + ", 'proficiency_distribution': "
                + distribution + "}";
    }

    /** An objective_resources entry; {@code index} may be null. */
    static String resource(long id, String title, Long index, long... children) {
        String kids = Arrays.stream(children).mapToObj(Long::toString).collect(Collectors.joining(", "));
        return "{'resource_id': " + id + ", 'title': " + quote(title) + ", 'children': [" + kids
                + "], 'numbering_index': " + index + ", 'numbering_level': 1}";
    }

    static String payload(List<String> rows, List<String> resources) {
        return "{'objective_rows': [" + String.join(", ", rows) + "], 'objective_resources': ["
                + String.join(", ", resources) + "]}";
    }

    static ChallengingObjectivesBody derive(List<String> rows, List<String> resources) {
        return derive(payload(rows, resources));
    }

    static ChallengingObjectivesBody derive(String payload) {
        return ChallengingObjectivesProjection.fromPayload(Payload.of(OracleKey.OBJECTIVES_PROFICIENCY,
                TestJson.parse(payload)));
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A distribution map in the given order (label, count, label, count...). */
    static Map<String, Long> dist(Object... labelsAndCounts) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            out.put((String) labelsAndCounts[i], ((Number) labelsAndCounts[i + 1]).longValue());
        }
        return out;
    }
}
