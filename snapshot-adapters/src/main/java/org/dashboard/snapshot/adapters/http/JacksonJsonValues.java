package org.dashboard.snapshot.adapters.http;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * Reads upstream JSON into the domain's {@link JsonValue} through a Jackson tree. Strict: one value per document,
 * duplicate member names refused, numbers kept exact (integers as integers, decimals as their written
 * {@code BigDecimal}), Jackson's default stream limits on nesting and lengths.
 */
public final class JacksonJsonValues {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JacksonJsonValues() {
    }

    /**
     * Parses one JSON document.
     *
     * @throws IOException if the text is not exactly one well-formed JSON value
     */
    public static JsonValue parse(String text) throws IOException {
        JsonNode node = MAPPER.readTree(text);
        if (node == null || node.isMissingNode()) {
            throw new EOFException("the body holds no JSON value");
        }
        return of(node);
    }

    /**
     * Converts a Jackson tree.
     *
     * @throws IllegalArgumentException for node types JSON text cannot produce (binary, POJO, missing)
     */
    public static JsonValue of(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    members.put(member.getKey(), of(member.getValue()));
                }
                return new JsonValue.JsonObject(members);
            }
            case ARRAY: {
                List<JsonValue> elements = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    elements.add(of(element));
                }
                return new JsonValue.JsonArray(elements);
            }
            case STRING:
                return JsonValue.of(node.textValue());
            case NUMBER:
                return node.isIntegralNumber() ? JsonValue.JsonNumber.of(node.bigIntegerValue())
                        : new JsonValue.JsonNumber(node.decimalValue(), false);
            case BOOLEAN:
                return JsonValue.of(node.booleanValue());
            case NULL:
                return JsonValue.nullValue();
            default:
                throw new IllegalArgumentException("no JSON value for a Jackson " + node.getNodeType() + " node");
        }
    }
}
