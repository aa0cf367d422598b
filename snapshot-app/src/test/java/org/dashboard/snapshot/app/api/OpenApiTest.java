package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ReasonCode;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /q/openapi} describes every endpoint the resources serve and every reason code
 * the domain can refuse with, each under the HTTP status {@link Problems#status} gives it. A new endpoint or a new
 * reason code without documentation fails here.
 */
@QuarkusTest
public class OpenApiTest {
    /** Export codes that only ever appear in {@code manifest.json}, never as a refusal. */
    private static final Set<ExportReason> MANIFEST_ONLY = EnumSet.of(ExportReason.DATASET_POLICY_EXCLUDED,
            ExportReason.DATASET_NO_DATA);
    private static final List<Class<?>> RESOURCES = List.of(SnapshotResource.class, SnapshotStreamResource.class,
            ExportResource.class);

    private JsonNode document;

    @BeforeEach
    void fetchTheDocument() throws Exception {
        byte[] body = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asByteArray();
        document = new ObjectMapper().readTree(body);
    }

    @Test
    void listsEveryEndpointOfTheResourcesAndNothingElse() {
        Map<String, Set<String>> served = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path path = method.getAnnotation(Path.class);
                    served.computeIfAbsent(root + (path == null ? "" : path.value()), p -> new TreeSet<>())
                            .add(verb.toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, Set<String>> documented = new TreeMap<>();
        document.get("paths").properties().forEach(path -> {
            Set<String> verbs = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(verbs::add);
            verbs.remove("parameters");
            documented.put(path.getKey(), verbs);
        });
        assertEquals(6, served.size(), "the five endpoints of ARCHITECTURE.md and the snapshot stream: " + served);
        assertEquals(served, documented);
    }

    @Test
    void theProblemSchemaEnumeratesEveryReasonCodeOfTheDomain() {
        Set<String> documented = enumValues(ref("#/components/schemas/Problem").at("/properties/reason_code"));
        Set<String> missing = new TreeSet<>();
        for (ReasonCode code : domainCodes()) {
            if (!documented.contains(code.code())) {
                missing.add(code.code());
            }
        }
        assertEquals(Set.of(), missing, "reason codes missing from the Problem schema");
    }

    @Test
    void everyRefusalCodeIsDocumentedUnderItsStatus() {
        Map<String, Set<String>> codesByStatus = new TreeMap<>();
        document.get("paths").forEach(path -> path.forEach(operation -> {
            JsonNode responses = operation.get("responses");
            if (responses == null) {
                return;
            }
            responses.properties().forEach(response -> {
                JsonNode problem = resolve(response.getValue()).at("/content/application~1problem+json/schema");
                if (!problem.isMissingNode()) {
                    codesByStatus.computeIfAbsent(response.getKey(), s -> new TreeSet<>())
                            .addAll(reasonCodes(problem));
                }
            });
        }));
        List<String> undocumented = new ArrayList<>();
        for (ReasonCode code : domainCodes()) {
            if (code instanceof ExportReason export && MANIFEST_ONLY.contains(export)) {
                continue;
            }
            String status = Integer.toString(Problems.status(code));
            if (!codesByStatus.getOrDefault(status, Set.of()).contains(code.code())) {
                undocumented.add(code.code() + " (" + status + ")");
            }
        }
        assertEquals(List.of(), undocumented, "refusal codes not documented under their status: " + codesByStatus);
    }

    @Test
    void everyErrorResponseIsAProblemAndEveryReferenceResolves() {
        document.get("paths").forEach(path -> path.forEach(operation -> {
            JsonNode responses = operation.get("responses");
            if (responses == null) {
                return;
            }
            responses.properties().forEach(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    JsonNode content = resolve(response.getValue()).get("content");
                    assertEquals(List.of(Problems.MEDIA_TYPE), fieldNames(content), response.getKey());
                }
            });
        }));
        List<String> dangling = new ArrayList<>();
        collectDangling(document, dangling);
        assertEquals(List.of(), dangling);
    }

    @Test
    void theExportAnswersAZipWithItsFileName() {
        for (String path : List.of("~1api~1v1~1exports", "~1api~1v1~1sections~1{section_id}~1exports")) {
            JsonNode ok = resolve(document.at("/paths/" + path + "/post/responses/200"));
            assertFalse(ok.at("/content/application~1zip").isMissingNode(), path);
            assertFalse(ok.at("/headers/Content-Disposition").isMissingNode(), path);
        }
    }

    private static List<ReasonCode> domainCodes() {
        List<ReasonCode> codes = new ArrayList<>();
        codes.addAll(List.of(AssemblyReason.values()));
        codes.addAll(List.of(RequestReason.values()));
        codes.addAll(List.of(ProjectionReason.values()));
        codes.addAll(List.of(ExportReason.values()));
        return codes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The reason codes a problem schema allows: {@code reason_code} enums through refs, allOf, anyOf, oneOf. */
    private Set<String> reasonCodes(JsonNode schema) {
        Set<String> codes = new TreeSet<>();
        JsonNode resolved = resolve(schema);
        JsonNode reason = resolved.at("/properties/reason_code");
        if (!reason.isMissingNode()) {
            codes.addAll(enumValues(reason));
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            if (resolved.has(combinator)) {
                resolved.get(combinator).forEach(part -> codes.addAll(reasonCodes(part)));
            }
        }
        return codes;
    }

    /** Enum values of a schema, through refs and anyOf/oneOf. */
    private Set<String> enumValues(JsonNode schema) {
        Set<String> values = new TreeSet<>();
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            resolved.get("enum").forEach(value -> values.add(value.asText()));
        }
        if (resolved.has("const")) {
            values.add(resolved.get("const").asText());
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (resolved.has(combinator)) {
                resolved.get(combinator).forEach(part -> values.addAll(enumValues(part)));
            }
        }
        return values;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = ref(current.get("$ref").asText());
        }
        return current;
    }

    private JsonNode ref(String reference) {
        assertTrue(reference.startsWith("#/"), reference);
        JsonNode target = document.at(reference.substring(1));
        assertFalse(target.isMissingNode(), "dangling $ref " + reference);
        return target;
    }

    private void collectDangling(JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            JsonNode reference = node.get("$ref");
            if (reference != null && (!reference.asText().startsWith("#/")
                    || document.at(reference.asText().substring(1)).isMissingNode())) {
                dangling.add(reference.asText());
            }
        }
        node.forEach(child -> collectDangling(child, dangling));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
