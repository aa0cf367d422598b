package org.dashboard.snapshot.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.sample.SampleSection;
import org.dashboard.snapshot.domain.sample.SampleSections;
import org.dashboard.snapshot.export.wire.SnapshotJson;

/** Request bodies made from the built-in sample sections, for the load test and the soak run. */
public final class SampleRequests {
    /** The instant the sample data describes: every request's {@code generated_at}. */
    public static final String GENERATED_AT = SampleSection.AS_OF.toString();

    private SampleRequests() {
    }

    /**
     * The projection-only snapshot body of a sample section and scope, members in body order: {@code context}
     * (user 1), {@code scope}, {@code parameters} ({@code generated_at} only) and {@code oracle_results} (every
     * oracle of the section for the scope, as an ok envelope). The map is a fresh, modifiable copy, so a caller may
     * add members (an export block).
     */
    public static Map<String, JsonValue> projectionBody(long sectionId, Scope scope) {
        SampleSection section = SampleSections.standard(sectionId);
        Map<String, JsonValue> results = new TreeMap<>();
        for (Map.Entry<OracleKey, JsonValue> oracle : section.oracles(scope).entrySet()) {
            results.put(oracle.getKey().value(), new JsonValue.JsonObject(Map.of("status", JsonValue.of("ok"),
                    "payload", oracle.getValue())));
        }
        Map<String, JsonValue> body = new LinkedHashMap<>();
        body.put("context", new JsonValue.JsonObject(Map.of("dashboard_context_type", JsonValue.of("section"),
                "dashboard_context_id", JsonValue.of(sectionId), "user_id", JsonValue.of(1))));
        body.put("scope", scope(scope));
        body.put("parameters", new JsonValue.JsonObject(Map.of("generated_at", JsonValue.of(GENERATED_AT))));
        body.put("oracle_results", new JsonValue.JsonObject(results));
        return body;
    }

    /** A scope as the request body writes it: {@code {"container_type": ..., "container_id": ...}}. */
    public static JsonValue scope(Scope scope) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("container_type", JsonValue.of(scope.containerType()));
        scope.containerId().ifPresent(id -> members.put("container_id", JsonValue.of(id)));
        return new JsonValue.JsonObject(members);
    }

    /** A body's JSON bytes, members in the map's order. */
    public static byte[] write(Map<String, JsonValue> body) {
        return new SnapshotJson().writeOrdered(new JsonValue.JsonObject(body));
    }
}
