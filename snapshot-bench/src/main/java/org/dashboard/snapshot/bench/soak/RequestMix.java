package org.dashboard.snapshot.bench.soak;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dashboard.snapshot.bench.SampleRequests;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.sample.SampleSections;

/**
 * What the soak run sends, drawn from a seeded {@link Random}: valid get_or_build snapshot GETs, projection GETs
 * and exports of sample sections {@link #SECTIONS} at three scopes each (the course, the first unit, the last
 * module), and invalid requests that the service must refuse with a 4xx {@code application/problem+json} answer.
 * Each kind has a fixed share of the requests ({@link Kind#share}).
 *
 * <p>Snapshot GETs vary the scope, the completion threshold and the time zone; projection GETs ask for one of
 * the six capabilities with {@code allow_partial=true}. Exports are section exports
 * ({@code POST /api/v1/sections/{id}/exports}, two in three, with {@code allow_partial: true} so that oracles the
 * upstream failed leave datasets out, recorded in the manifest, instead of failing the export) and projection-only
 * exports ({@code POST /api/v1/exports} with every oracle result of sections 1001 or 1002 in the body, fail-closed).
 * Every valid request therefore has a 2xx answer whatever the upstream does, except a projection GET whose
 * capability lost a required oracle (422 with the projection's reason code).
 */
final class RequestMix {
    /** The sample sections asked for: 20, 200 and 2,000 students. */
    static final List<Long> SECTIONS = List.of(1001L, 1002L, 1003L);
    private static final List<String> CAPABILITIES = List.of("summary", "progress", "student_support",
            "challenging_objectives", "assessments", "ai_context");
    private static final List<String> TIME_ZONES = List.of("Etc/UTC", "America/New_York", "Europe/Berlin");
    private static final List<Integer> THRESHOLDS = List.of(100, 80, 50);

    /** The kinds of request and their shares. */
    enum Kind {
        SNAPSHOT("valid_snapshot_get", 0.40),
        PROJECTION("valid_projection_get", 0.25),
        EXPORT("valid_export", 0.15),
        INVALID("invalid", 0.20);

        final String label;
        final double share;

        Kind(String label, double share) {
            this.label = label;
            this.share = share;
        }

        boolean valid() {
            return this != INVALID;
        }
    }

    /**
     * One request to send.
     *
     * @param route the method and the path's template ({@code GET /api/v1/sections/{id}/snapshot}), for reports
     * @param body the JSON body of a POST; null for a GET
     */
    record Planned(Kind kind, String method, String route, String path, byte[] body) {
        boolean isExport() {
            return kind == Kind.EXPORT;
        }

        HttpRequest toHttp(String base, Duration timeout) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
            if (body == null) {
                return builder.GET().build();
            }
            return builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        }
    }

    private final Map<Long, List<Scope>> scopes = new LinkedHashMap<>();
    private final List<byte[]> projectionExports = new ArrayList<>();
    private final List<Planned> invalid = new ArrayList<>();
    private long sequence;

    RequestMix() {
        for (long section : SECTIONS) {
            List<Scope> all = SampleSections.standard(section).scopes();
            scopes.put(section, List.of(all.get(0), all.get(1), all.get(all.size() - 1)));
        }
        for (long section : List.of(1001L, 1002L)) {
            for (Scope scope : scopes.get(section)) {
                Map<String, JsonValue> body = SampleRequests.projectionBody(section, scope);
                body.put("export", exportBlock("default", false));
                projectionExports.add(SampleRequests.write(body));
            }
        }
        invalid.add(get("GET /api/v1/sections/{id}/snapshot (id 0)", "/api/v1/sections/0/snapshot"));
        invalid.add(get("GET /api/v1/sections/{id}/projections/progress (id not a number)",
                "/api/v1/sections/not-a-section/projections/progress"));
        invalid.add(get("GET /api/v1/sections/{id}/projections/{capability} (unknown capability)",
                "/api/v1/sections/1001/projections/grades_overview"));
        invalid.add(get("GET /api/v1/sections/{id}/snapshot (unknown capability)",
                "/api/v1/sections/1002/snapshot?capabilities=summary,attendance"));
        invalid.add(get("GET /api/v1/sections/{id}/snapshot (container scope without id)",
                "/api/v1/sections/1001/snapshot?container_type=container"));
        invalid.add(get("GET /api/v1/sections/{id}/snapshot (unknown scope type)",
                "/api/v1/sections/1003/snapshot?container_type=module&container_id=7"));
        invalid.add(get("GET /api/v1/sections/{id}/snapshot (completion threshold 55)",
                "/api/v1/sections/1002/snapshot?completion_threshold=55"));
        invalid.add(post("POST /api/v1/sections/{id}/exports (malformed JSON)", "/api/v1/sections/1001/exports",
                "{\"parameters\": {\"timezone\": "));
        invalid.add(post("POST /api/v1/exports (malformed JSON)", "/api/v1/exports", "{\"context\": [1, 2"));
        invalid.add(post("POST /api/v1/sections/{id}/exports (course scope with an id)",
                "/api/v1/sections/1002/exports", "{\"scope\": {\"container_type\": \"course\", \"container_id\": 5}}"));
        invalid.add(post("POST /api/v1/sections/{id}/exports (unknown section)", "/api/v1/sections/-5/exports",
                "{}"));
        invalid.add(post("POST /api/v1/sections/{id}/exports (unknown profile)", "/api/v1/sections/1001/exports",
                "{\"export\": {\"profile\": \"everything\"}}"));
    }

    /** The next request; called from one thread. */
    Planned next(Random random) {
        sequence++;
        double draw = random.nextDouble();
        if (draw < Kind.SNAPSHOT.share) {
            return snapshot(random);
        }
        draw -= Kind.SNAPSHOT.share;
        if (draw < Kind.PROJECTION.share) {
            return projection(random);
        }
        draw -= Kind.PROJECTION.share;
        if (draw < Kind.EXPORT.share) {
            return export(random);
        }
        return invalid.get(random.nextInt(invalid.size()));
    }

    private Planned snapshot(Random random) {
        long section = pick(random, SECTIONS);
        String query = scopeQuery(pick(random, scopes.get(section))) + "&generated_at=" + SampleRequests.GENERATED_AT
                + "&timezone=" + pick(random, TIME_ZONES) + "&completion_threshold=" + pick(random, THRESHOLDS)
                + "&request_token=soak-" + sequence;
        return new Planned(Kind.SNAPSHOT, "GET", "GET /api/v1/sections/{id}/snapshot",
                "/api/v1/sections/" + section + "/snapshot?" + query, null);
    }

    private Planned projection(Random random) {
        long section = pick(random, SECTIONS);
        String query = scopeQuery(pick(random, scopes.get(section))) + "&generated_at=" + SampleRequests.GENERATED_AT
                + "&allow_partial=true&request_token=soak-" + sequence;
        return new Planned(Kind.PROJECTION, "GET", "GET /api/v1/sections/{id}/projections/{capability}",
                "/api/v1/sections/" + section + "/projections/" + pick(random, CAPABILITIES) + "?" + query, null);
    }

    private Planned export(Random random) {
        if (random.nextInt(3) == 0) {
            return new Planned(Kind.EXPORT, "POST", "POST /api/v1/exports", "/api/v1/exports",
                    projectionExports.get(random.nextInt(projectionExports.size())));
        }
        long section = pick(random, SECTIONS);
        Map<String, JsonValue> body = new LinkedHashMap<>();
        body.put("scope", SampleRequests.scope(pick(random, scopes.get(section))));
        body.put("request_token", JsonValue.of("soak-" + sequence));
        body.put("parameters", new JsonValue.JsonObject(Map.of("generated_at",
                JsonValue.of(SampleRequests.GENERATED_AT), "timezone", JsonValue.of(pick(random, TIME_ZONES)))));
        body.put("export", exportBlock(random.nextBoolean() ? "default" : "with_optional_ai", true));
        return new Planned(Kind.EXPORT, "POST", "POST /api/v1/sections/{id}/exports",
                "/api/v1/sections/" + section + "/exports", SampleRequests.write(body));
    }

    private static JsonValue exportBlock(String profile, boolean allowPartial) {
        Map<String, JsonValue> export = new LinkedHashMap<>();
        export.put("profile", JsonValue.of(profile));
        export.put("course_section", JsonValue.of("Soak"));
        export.put("include_manifest", JsonValue.of(true));
        export.put("allow_partial", JsonValue.of(allowPartial));
        return new JsonValue.JsonObject(export);
    }

    private static String scopeQuery(Scope scope) {
        return "container_type=" + scope.containerType()
                + (scope.containerId().isPresent() ? "&container_id=" + scope.containerId().getAsLong() : "");
    }

    private static Planned get(String route, String path) {
        return new Planned(Kind.INVALID, "GET", route, path, null);
    }

    private static Planned post(String route, String path, String body) {
        return new Planned(Kind.INVALID, "POST", route, path, body.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
