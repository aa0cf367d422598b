package org.dashboard.snapshot.export.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * The wire form of snapshots and projections: compact UTF-8 JSON, snake_case, deterministic (the same snapshot
 * always gives the same bytes).
 */
public final class SnapshotJson {
    private final ObjectMapper mapper;
    private final ObjectWriter withOracles;
    private final SnapshotJson fresh;

    public SnapshotJson() {
        this(RenderedBodies.NONE);
    }

    /** The writer, keeping rendered projection bodies in {@code bodies} (the bytes are the same either way). */
    public SnapshotJson(RenderedBodies bodies) {
        this.mapper = mapper(bodies);
        SimpleModule includeOracles = new SimpleModule("snapshot-json-with-oracles");
        includeOracles.addSerializer(Snapshot.class, new SnapshotJsonModule.SnapshotSerializer(true));
        this.withOracles = mapper(bodies).registerModule(includeOracles).writer();
        this.fresh = bodies == RenderedBodies.NONE ? this : new SnapshotJson(RenderedBodies.NONE);
    }

    /**
     * This writer without kept bodies, for bundles whose bodies are never served twice (the projection-only
     * path): keeping them would only fill the store.
     */
    public SnapshotJson fresh() {
        return fresh;
    }

    /**
     * A mapper configured for the contract: snake_case record components in declaration order, the contract
     * serializers, no pretty printing, plain decimals.
     */
    public static ObjectMapper mapper() {
        return mapper(RenderedBodies.NONE);
    }

    private static ObjectMapper mapper(RenderedBodies bodies) {
        return configure(JsonMapper.builder()).build().registerModule(new SnapshotJsonModule(bodies));
    }

    /** Applies the contract's settings to a mapper builder (also used to customise a framework's mapper). */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** The bundle as JSON bytes; {@code oracles} holds payloads only when {@code includeOracles}. */
    public byte[] write(Snapshot snapshot, boolean includeOracles) {
        try {
            return includeOracles ? withOracles.writeValueAsBytes(snapshot) : mapper.writeValueAsBytes(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot could not be written as JSON", e);
        }
    }

    /** Any contract value (a projection, a status, a body) as JSON bytes. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value could not be written as JSON", e);
        }
    }

    /**
     * A JSON object with its top-level members in their given order (nested objects sorted by key), for bodies
     * whose field order is part of their shape, such as problem details.
     */
    public byte[] writeOrdered(JsonValue.JsonObject object) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
            generator.writeStartObject();
            for (java.util.Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                generator.writeFieldName(member.getKey());
                SnapshotJsonModule.JsonValueSerializer.write(member.getValue(), generator);
            }
            generator.writeEndObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a JSON object could not be written", e);
        }
        return out.toByteArray();
    }

    public ObjectMapper objectMapper() {
        return mapper;
    }
}
