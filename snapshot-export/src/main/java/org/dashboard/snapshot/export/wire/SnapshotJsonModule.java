package org.dashboard.snapshot.export.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Projection;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.SnapshotMetadata;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * Jackson serializers for the snapshot contract (DOMAIN.md 2, 3.8): fixed-shape objects in their documented
 * field order, maps ordered by key, projection bodies (records) flattened after the projection header.
 * Register it on a mapper with snake_case naming (see {@link SnapshotJson#mapper()}).
 */
public final class SnapshotJsonModule extends SimpleModule {

    public SnapshotJsonModule() {
        this(RenderedBodies.NONE);
    }

    /** The module, keeping rendered projection bodies in {@code bodies}. */
    public SnapshotJsonModule(RenderedBodies bodies) {
        super("snapshot-json");
        addSerializer(JsonValue.class, new JsonValueSerializer());
        addSerializer(Scope.class, new ScopeSerializer());
        addSerializer(OracleStatus.class, new OracleStatusSerializer());
        addSerializer(ProjectionStatus.class, new ProjectionStatusSerializer());
        addSerializer(Projection.class, new ProjectionSerializer(bodies));
        addSerializer(SnapshotMetadata.class, new MetadataSerializer());
        addSerializer(Snapshot.class, new SnapshotSerializer(false));
    }

    /** Writes a {@link JsonValue} tree; object members sorted by key, numbers exactly as received. */
    static final class JsonValueSerializer extends JsonSerializer<JsonValue> {
        @Override
        public void serialize(JsonValue value, JsonGenerator out, SerializerProvider provider) throws IOException {
            write(value, out);
        }

        static void write(JsonValue value, JsonGenerator out) throws IOException {
            if (value instanceof JsonValue.JsonObject object) {
                out.writeStartObject();
                for (Map.Entry<String, JsonValue> member : new TreeMap<>(object.members()).entrySet()) {
                    out.writeFieldName(member.getKey());
                    write(member.getValue(), out);
                }
                out.writeEndObject();
            } else if (value instanceof JsonValue.JsonArray array) {
                out.writeStartArray();
                for (JsonValue element : array.elements()) {
                    write(element, out);
                }
                out.writeEndArray();
            } else if (value instanceof JsonValue.JsonString string) {
                out.writeString(string.value());
            } else if (value instanceof JsonValue.JsonNumber number) {
                if (number.integral()) {
                    out.writeNumber(number.value().toBigIntegerExact());
                } else {
                    out.writeNumber(number.value());
                }
            } else if (value instanceof JsonValue.JsonBoolean bool) {
                out.writeBoolean(bool.value());
            } else {
                out.writeNull();
            }
        }
    }

    /** {@code {"container_type": "course"}} or {@code {"container_type": "container", "container_id": 7}}. */
    static final class ScopeSerializer extends JsonSerializer<Scope> {
        @Override
        public void serialize(Scope scope, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField("container_type", scope.containerType());
            if (scope.containerId().isPresent()) {
                out.writeNumberField("container_id", scope.containerId().getAsLong());
            }
            out.writeEndObject();
        }
    }

    static final class OracleStatusSerializer extends JsonSerializer<OracleStatus> {
        @Override
        public void serialize(OracleStatus status, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeStartObject();
            out.writeStringField("status", status.status());
            if (status instanceof OracleStatus.Ready ready) {
                out.writeBooleanField("stale", ready.stale());
                out.writeNumberField("oracle_version", ready.oracleVersion());
                writeScalars("metadata", ready.metadata(), out);
            } else if (status instanceof OracleStatus.Failed failed) {
                out.writeBooleanField("stale", failed.stale());
                out.writeNumberField("oracle_version", failed.oracleVersion());
                writeScalars("metadata", failed.metadata(), out);
                out.writeFieldName("reason");
                JsonValueSerializer.write(failed.reason(), out);
                out.writeStringField("reason_code", failed.reasonCode().code());
            } else {
                out.writeStringField("reason_code", ((OracleStatus.Unavailable) status).reasonCode().code());
            }
            out.writeEndObject();
        }
    }

    static final class ProjectionStatusSerializer extends JsonSerializer<ProjectionStatus> {
        @Override
        public void serialize(ProjectionStatus status, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeStartObject();
            out.writeStringField("status", status.state().wire());
            if (status.reasonCode().isPresent()) {
                out.writeStringField("reason_code", status.reasonCode().get().code());
                StatusDetails details = status.details().orElseThrow();
                out.writeObjectFieldStart("details");
                out.writeArrayFieldStart("oracles");
                for (var key : details.oracles()) {
                    out.writeString(key.value());
                }
                out.writeEndArray();
                if (details.path().isPresent()) {
                    out.writeStringField("path", details.path().get());
                    out.writeFieldName("value");
                    JsonValueSerializer.write(details.value().orElseThrow(), out);
                }
                if (details.error().isPresent()) {
                    out.writeStringField("error", details.error().get());
                }
                out.writeEndObject();
            }
            out.writeEndObject();
        }
    }

    /** The header ({@code capability, request_token, snapshot_version, projection_version}) then the body. */
    static final class ProjectionSerializer extends JsonSerializer<Projection> {
        private final RenderedBodies bodies;

        ProjectionSerializer(RenderedBodies bodies) {
            this.bodies = bodies;
        }

        @Override
        public void serialize(Projection projection, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeStartObject();
            out.writeStringField("capability", projection.capability().key());
            out.writeStringField("request_token", projection.requestToken());
            out.writeNumberField("snapshot_version", projection.snapshotVersion());
            out.writeNumberField("projection_version", projection.projectionVersion());
            if (bodies == RenderedBodies.NONE) {
                JsonSerializer<Object> body = provider.findValueSerializer(projection.body().getClass())
                        .unwrappingSerializer(NameTransformer.NOP);
                body.serialize(projection.body(), out, provider);
            } else {
                com.fasterxml.jackson.core.SerializableString members = bodies.members(projection.body(),
                        body -> new com.fasterxml.jackson.core.io.SerializedString(render(body, out, provider)));
                if (members.charLength() > 0) {
                    out.writeRaw(',');
                    out.writeRaw(members);
                }
            }
            out.writeEndObject();
        }

        /** The body as a JSON object with the same settings, without its braces. */
        private static String render(ProjectionBody body, JsonGenerator like, SerializerProvider provider) {
            java.io.StringWriter text = new java.io.StringWriter();
            try (JsonGenerator out = ((com.fasterxml.jackson.databind.ObjectMapper) like.getCodec()).getFactory()
                    .createGenerator(text)) {
                provider.findValueSerializer(body.getClass()).serialize(body, out, provider);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String object = text.toString();
            return object.substring(1, object.length() - 1);
        }
    }

    /** Metadata: every key (derived, computed and the caller's extras) in key order. */
    static final class MetadataSerializer extends JsonSerializer<SnapshotMetadata> {
        @Override
        public void serialize(SnapshotMetadata metadata, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            Map<String, JsonValue> all = new TreeMap<>(metadata.extra());
            all.put("dashboard_context_type", JsonValue.of(metadata.contextType().wire()));
            all.put("dashboard_context_id", JsonValue.of(metadata.contextId()));
            all.put("container_type", JsonValue.of(metadata.scope().containerType()));
            all.put("container_id", metadata.scope().containerId().isPresent()
                    ? JsonValue.of(metadata.scope().containerId().getAsLong()) : JsonValue.nullValue());
            all.put("generated_at", JsonValue.of(Timestamps.format(metadata.generatedAt())));
            all.put("timezone", JsonValue.of(metadata.timezone().getId()));
            all.put("parameters", metadata.parameters());
            all.put("config_signature", JsonValue.of(metadata.configSignature()));
            JsonValueSerializer.write(new JsonValue.JsonObject(all), out);
        }
    }

    /** The snapshot in the documented field order; {@code oracles} is empty unless payloads are included. */
    static final class SnapshotSerializer extends JsonSerializer<Snapshot> {
        private final boolean includeOracles;

        SnapshotSerializer(boolean includeOracles) {
            this.includeOracles = includeOracles;
        }

        @Override
        public void serialize(Snapshot snapshot, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeNumberField("snapshot_version", snapshot.snapshotVersion());
            out.writeNumberField("projection_version", snapshot.projectionVersion());
            out.writeStringField("request_token", snapshot.requestToken());
            out.writeFieldName("scope");
            provider.findValueSerializer(Scope.class).serialize(snapshot.scope(), out, provider);
            out.writeFieldName("metadata");
            provider.findValueSerializer(SnapshotMetadata.class).serialize(snapshot.metadata(), out, provider);
            out.writeObjectFieldStart("oracles");
            if (includeOracles) {
                for (var entry : snapshot.oracles().entrySet()) {
                    out.writeFieldName(entry.getKey().value());
                    JsonValueSerializer.write(entry.getValue(), out);
                }
            }
            out.writeEndObject();
            out.writeObjectFieldStart("oracle_statuses");
            for (var entry : snapshot.oracleStatuses().entrySet()) {
                out.writeFieldName(entry.getKey().value());
                provider.findValueSerializer(OracleStatus.class).serialize(entry.getValue(), out, provider);
            }
            out.writeEndObject();
            out.writeObjectFieldStart("projections");
            for (var entry : snapshot.projections().entrySet()) {
                out.writeFieldName(entry.getKey().key());
                provider.findValueSerializer(Projection.class).serialize(entry.getValue(), out, provider);
            }
            out.writeEndObject();
            out.writeObjectFieldStart("projection_statuses");
            for (var entry : snapshot.projectionStatuses().entrySet()) {
                out.writeFieldName(entry.getKey().key());
                provider.findValueSerializer(ProjectionStatus.class).serialize(entry.getValue(), out, provider);
            }
            out.writeEndObject();
            out.writeObjectFieldStart("fingerprints");
            for (var entry : snapshot.fingerprints().entrySet()) {
                out.writeStringField(entry.getKey().key(), entry.getValue());
            }
            out.writeEndObject();
            out.writeEndObject();
        }
    }

    private static void writeScalars(String field, Map<String, JsonValue> values, JsonGenerator out)
            throws IOException {
        out.writeFieldName(field);
        JsonValueSerializer.write(new JsonValue.JsonObject(values), out);
    }
}
