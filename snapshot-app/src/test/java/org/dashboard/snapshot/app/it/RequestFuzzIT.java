package org.dashboard.snapshot.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.sample.SampleSections;

/**
 * Fuzzes the REST API of the packaged jar (started with the {@code dev} profile, authorization off) with mutated
 * valid request bodies: fields dropped, duplicated, retyped and enlarged, one to three at a time, against the
 * projection-only POST, the export POST and the section export POST. Every answer is 2xx, or 4xx
 * {@code application/problem+json} with a {@code reason_code}; never 5xx. A valid body answers byte for byte the
 * same whatever the order of its fields. Fixed seeds, so every build tries the same bodies.
 */
class RequestFuzzIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static PackagedJar jar;
    private static List<Target> targets;

    /** An endpoint and a valid body for it. */
    record Target(String path, ObjectNode body) {
    }

    enum Kind { DROP, DUPLICATE, RETYPE, ENLARGE }

    /** One mutation: what to do, at which of the body's values (modulo their count), with which replacement. */
    record Mutation(Kind kind, int at, int choice) {
    }

    @BeforeContainer
    static void start() throws IOException {
        jar = PackagedJar.start("-Dquarkus.profile=dev");
        targets = List.of(
                new Target("/api/v1/snapshots", snapshotBody()),
                new Target("/api/v1/exports", exportBody()),
                new Target("/api/v1/sections/1001/exports", sectionExportBody()));
    }

    @AfterContainer
    static void stop() throws InterruptedException {
        if (jar != null) {
            jar.close();
        }
    }

    @Property(tries = 2400, seed = "20261128", shrinking = ShrinkingMode.OFF)
    void mutatedBodiesAreAnsweredWithSuccessOrAProblemNeverAServerError(
            @ForAll("targets") int target, @ForAll("mutations") List<Mutation> mutations) throws Exception {
        Target chosen = targets.get(target);
        ObjectNode body = chosen.body().deepCopy();
        Slot duplicate = null;
        for (Mutation mutation : mutations) {
            if (mutation.kind() == Kind.DUPLICATE) {
                duplicate = memberToDuplicate(body, mutation.at());
            } else {
                mutate(body, mutation);
            }
        }
        String text = duplicate == null ? MAPPER.writeValueAsString(body) : writeDuplicating(body, duplicate);
        HttpResponse<byte[]> response = post(chosen.path(), text);
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String context = chosen.path() + " " + mutations + " -> " + status + " " + type;
        assertTrue(status < 500, context + "\n" + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        if (status >= 400) {
            assertEquals("application/problem+json", type, context);
            JsonNode problem = MAPPER.readTree(response.body());
            assertEquals(status, problem.path("status").asInt(), context);
            assertTrue(problem.path("reason_code").isTextual(), context);
            assertTrue(problem.path("details").isObject(), context);
        } else {
            assertEquals(200, status, context);
            assertTrue(type.equals("application/json") || type.equals("application/zip"), context);
        }
    }

    @Property(tries = 60, seed = "20261129", shrinking = ShrinkingMode.OFF)
    void aValidBodyAnswersTheSameWhateverTheOrderOfItsFields(@ForAll("targets") int target, @ForAll long seed)
            throws Exception {
        Target chosen = targets.get(target);
        HttpResponse<byte[]> ordered = post(chosen.path(), MAPPER.writeValueAsString(chosen.body()));
        HttpResponse<byte[]> shuffled = post(chosen.path(),
                MAPPER.writeValueAsString(shuffle(chosen.body(), new Random(seed))));

        assertEquals(200, ordered.statusCode());
        assertEquals(200, shuffled.statusCode());
        assertArrayEquals(ordered.body(), shuffled.body(), chosen.path());
    }

    @Provide
    Arbitrary<Integer> targets() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 1_000))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    private static HttpResponse<byte[]> post(String path, String body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(jar.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---- valid bodies: a generated 12-student section, as the caller's oracle results ----

    private static ObjectNode snapshotBody() throws IOException {
        ObjectNode body = NODES.objectNode();
        body.set("context", MAPPER.readTree("{\"dashboard_context_type\": \"section\", \"dashboard_context_id\": 77, "
                + "\"user_id\": 7}"));
        body.set("scope", MAPPER.readTree("{\"container_type\": \"course\"}"));
        body.put("request_token", "fuzz-1");
        ObjectNode results = body.putObject("oracle_results");
        for (Map.Entry<OracleKey, org.dashboard.snapshot.domain.json.JsonValue> oracle
                : SampleSections.generate(77, 12, 5).oracles(Scope.course()).entrySet()) {
            ObjectNode envelope = results.putObject(oracle.getKey().value());
            envelope.put("status", "ok");
            envelope.put("oracle_version", 1);
            envelope.set("payload", MAPPER.readTree(JsonText.write(oracle.getValue())));
        }
        body.set("parameters", parameters());
        body.put("projection_version", 1);
        return body;
    }

    private static JsonNode parameters() throws IOException {
        return MAPPER.readTree("{\"timezone\": \"America/New_York\", \"generated_at\": \"2026-02-04T16:25:18Z\", "
                + "\"progress\": {\"completion_threshold\": 80}, \"student_support\": {\"inactivity_days\": 7}, "
                + "\"assessments\": {\"completion_threshold_pct\": 50}, \"ai_context\": {\"max_chars\": 2000}}");
    }

    private static JsonNode exportBlock() throws IOException {
        return MAPPER.readTree("{\"profile\": \"default\", \"course_name\": \"Biology\", \"course_section\": \"B-2\", "
                + "\"dashboard_scope_label\": \"Entire course\", \"include_manifest\": true, \"allow_partial\": true}");
    }

    private static ObjectNode exportBody() throws IOException {
        ObjectNode body = snapshotBody();
        body.set("export", exportBlock());
        return body;
    }

    private static ObjectNode sectionExportBody() throws IOException {
        ObjectNode body = NODES.objectNode();
        body.set("scope", MAPPER.readTree("{\"container_type\": \"course\"}"));
        body.put("request_token", "fuzz-2");
        body.set("parameters", parameters());
        body.set("capabilities", MAPPER.readTree("[\"summary\", \"progress\", \"student_support\"]"));
        body.set("export", exportBlock());
        return body;
    }

    // ---- mutations ----

    /** A place in the tree: the container and the member name or element index of a value in it. */
    private record Slot(JsonNode container, String name, int index) {
        JsonNode value() {
            return name != null ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) container).set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) container).remove(name);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    private static List<Slot> slots(JsonNode node) {
        List<Slot> slots = new ArrayList<>();
        collect(node, slots);
        return slots;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                slots.add(new Slot(node, name, -1));
                collect(node.get(name), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    private static void mutate(ObjectNode body, Mutation mutation) {
        List<Slot> slots = slots(body);
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = slots.get(mutation.at() % slots.size());
        switch (mutation.kind()) {
            case DROP:
                slot.remove();
                break;
            case RETYPE:
                slot.set(retyped(slot.value(), mutation.choice()));
                break;
            case ENLARGE:
                slot.set(enlarged(slot.value(), mutation.choice()));
                break;
            default:
                throw new IllegalArgumentException(mutation.kind().name());
        }
    }

    private static JsonNode retyped(JsonNode value, int choice) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.nullNode(), NODES.booleanNode(true),
                NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1.5),
                NODES.numberNode(new BigInteger("1000000000000000000000000000000")), NODES.textNode(""),
                NODES.textNode("text"), NODES.arrayNode(), NODES.objectNode(),
                NODES.arrayNode().add(1).add("a"), NODES.objectNode().put("k", 1)));
        others.removeIf(other -> other.getNodeType() == value.getNodeType());
        return others.get(choice % others.size());
    }

    private static JsonNode enlarged(JsonNode value, int choice) {
        if (value.isTextual()) {
            String unit = value.asText().isEmpty() ? "x" : value.asText();
            int length = choice % 32 == 0 ? (1 << 20) + 1 : Math.min(unit.length() * 500, 1 << 16);
            StringBuilder larger = new StringBuilder(length + unit.length());
            while (larger.length() < length) {
                larger.append(unit);
            }
            larger.setLength(length);
            return NODES.textNode(larger.toString());
        }
        if (value.isNumber()) {
            return NODES.numberNode(BigInteger.TEN.pow(20 + choice % 60).add(BigInteger.valueOf(value.asLong())));
        }
        if (value.isArray()) {
            ArrayNode larger = NODES.arrayNode();
            for (int i = 0; i < 400; i++) {
                larger.add(value.isEmpty() ? NODES.numberNode(i) : value.get(i % value.size()).deepCopy());
            }
            return larger;
        }
        if (value.isObject()) {
            ObjectNode larger = ((ObjectNode) value).deepCopy();
            for (int i = 0; i < 50; i++) {
                larger.put("extra_" + i, i);
            }
            return larger;
        }
        JsonNode deep = value;
        for (int i = 0; i < 40 + choice % 40; i++) {
            deep = NODES.arrayNode().add(deep);
        }
        return deep;
    }

    /** An object member to write twice. */
    private static Slot memberToDuplicate(ObjectNode body, int at) {
        List<Slot> members = new ArrayList<>(slots(body));
        members.removeIf(slot -> slot.name() == null);
        return members.isEmpty() ? null : members.get(at % members.size());
    }

    /** The body as JSON text with one member written twice (the second time with the same value). */
    private static String writeDuplicating(JsonNode node, Slot duplicate) throws IOException {
        StringBuilder out = new StringBuilder();
        write(node, duplicate, out);
        return out.toString();
    }

    private static void write(JsonNode node, Slot duplicate, StringBuilder out) throws IOException {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                int copies = duplicate.container() == node && duplicate.name().equals(name) ? 2 : 1;
                for (int copy = 0; copy < copies; copy++) {
                    out.append(first ? "" : ",").append(MAPPER.writeValueAsString(name)).append(':');
                    write(node.get(name), duplicate, out);
                    first = false;
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), duplicate, out);
            }
            out.append(']');
        } else {
            out.append(MAPPER.writeValueAsString(node));
        }
    }

    private static JsonNode shuffle(JsonNode node, Random random) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode shuffled = NODES.objectNode();
            for (String name : names) {
                shuffled.set(name, shuffle(node.get(name), random));
            }
            return shuffled;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(shuffle(element, random)));
            return copy;
        }
        return node;
    }
}
