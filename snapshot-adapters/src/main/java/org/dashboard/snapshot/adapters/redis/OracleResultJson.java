package org.dashboard.snapshot.adapters.redis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * The stored form of an oracle result envelope: compact UTF-8 JSON
 * {@code {"status":"ok"|"error","oracle_version":n,"stale":b,"payload"|"reason":...,"metadata":{...}}}
 * ({@code metadata} left out when empty), written and read with Jackson's streaming API (no reflection).
 *
 * <p>Round trips are exact: object members keep their order, numbers keep their decimal value and scale
 * ({@code 1.50} stays {@code 1.50}) and whether they were integral. An integral number is written as an integer
 * literal (so an integral {@code 3.0} reads back as {@code 3}, the JSON readers' only integral form); a
 * fractional one as its {@link BigDecimal#toString()} text, with {@code E0} appended when that text would
 * otherwise read back as an integer. Reading ignores members it does not know (a newer writer during a
 * rolling deployment); anything else unexpected is an {@link IllegalArgumentException}.
 */
final class OracleResultJson {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private OracleResultJson() {
    }

    static byte[] write(OracleResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            if (result instanceof OracleResult.Ok ok) {
                out.writeStringField("status", "ok");
                writeHeader(out, result);
                out.writeFieldName("payload");
                writeValue(out, ok.payload());
            } else if (result instanceof OracleResult.Error error) {
                out.writeStringField("status", "error");
                writeHeader(out, result);
                out.writeFieldName("reason");
                writeValue(out, error.reason());
            }
            if (!result.metadata().isEmpty()) {
                out.writeFieldName("metadata");
                writeValue(out, new JsonValue.JsonObject(result.metadata()));
            }
            out.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to memory failed", impossible);
        }
        return bytes.toByteArray();
    }

    static OracleResult read(byte[] bytes) {
        try (JsonParser in = JSON.createParser(bytes)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("the envelope is not a JSON object", in);
            }
            String status = null;
            Integer version = null;
            boolean stale = false;
            JsonValue payload = null;
            JsonValue reason = null;
            Map<String, JsonValue> metadata = Map.of();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken token = in.nextToken();
                switch (name) {
                    case "status" -> {
                        expect(token == JsonToken.VALUE_STRING, "status must be a string", in);
                        status = in.getText();
                    }
                    case "oracle_version" -> {
                        expect(token == JsonToken.VALUE_NUMBER_INT && in.getNumberType() == JsonParser.NumberType.INT,
                                "oracle_version must be an int", in);
                        version = in.getIntValue();
                    }
                    case "stale" -> {
                        expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE,
                                "stale must be a boolean", in);
                        stale = in.getBooleanValue();
                    }
                    case "payload" -> payload = readValue(in);
                    case "reason" -> reason = readValue(in);
                    case "metadata" -> {
                        expect(token == JsonToken.START_OBJECT, "metadata must be an object", in);
                        metadata = ((JsonValue.JsonObject) readValue(in)).members();
                    }
                    default -> in.skipChildren();
                }
            }
            if (in.nextToken() != null) {
                throw malformed("content after the envelope", in);
            }
            if (version == null) {
                throw malformed("oracle_version is missing", in);
            }
            try {
                if ("ok".equals(status) && payload != null) {
                    return new OracleResult.Ok(version, stale, payload, metadata);
                }
                if ("error".equals(status) && reason != null) {
                    return new OracleResult.Error(version, stale, reason, metadata);
                }
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException("not a cached oracle result: " + invalid.getMessage(), invalid);
            }
            throw malformed("status '" + status + "' without its payload or reason", in);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("not a cached oracle result: " + unreadable.getOriginalMessage(),
                    unreadable);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("not a cached oracle result: " + unreadable.getMessage(), unreadable);
        }
    }

    private static void writeHeader(JsonGenerator out, OracleResult result) throws IOException {
        out.writeNumberField("oracle_version", result.oracleVersion());
        out.writeBooleanField("stale", result.stale());
    }

    private static void writeValue(JsonGenerator out, JsonValue value) throws IOException {
        if (value instanceof JsonValue.JsonObject object) {
            out.writeStartObject();
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                out.writeFieldName(member.getKey());
                writeValue(out, member.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof JsonValue.JsonArray array) {
            out.writeStartArray();
            for (JsonValue element : array.elements()) {
                writeValue(out, element);
            }
            out.writeEndArray();
        } else if (value instanceof JsonValue.JsonString string) {
            out.writeString(string.value());
        } else if (value instanceof JsonValue.JsonNumber number) {
            out.writeNumber(numberText(number));
        } else if (value instanceof JsonValue.JsonBoolean bool) {
            out.writeBoolean(bool.value());
        } else {
            out.writeNull();
        }
    }

    /** Integer literal for integral numbers; otherwise text that reads back as a fraction of the same scale. */
    static String numberText(JsonValue.JsonNumber number) {
        BigDecimal value = number.value();
        if (number.integral() && number.isWhole()) {
            return value.toBigIntegerExact().toString();
        }
        String text = value.toString();
        boolean readsAsInteger = text.indexOf('.') < 0 && text.indexOf('E') < 0 && text.indexOf('e') < 0;
        return readsAsInteger ? text + "E0" : text;
    }

    private static JsonValue readValue(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == null) {
            throw malformed("the document ends inside a value", in);
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String name = in.currentName();
                    in.nextToken();
                    members.put(name, readValue(in));
                }
                return new JsonValue.JsonObject(members);
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(in));
                }
                return new JsonValue.JsonArray(elements);
            }
            case VALUE_STRING:
                return JsonValue.of(in.getText());
            case VALUE_NUMBER_INT:
                return in.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? JsonValue.JsonNumber.of(in.getBigIntegerValue())
                        : JsonValue.JsonNumber.of(in.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.JsonNumber(in.getDecimalValue(), false);
            case VALUE_TRUE:
                return JsonValue.of(true);
            case VALUE_FALSE:
                return JsonValue.of(false);
            case VALUE_NULL:
                return JsonValue.nullValue();
            default:
                throw malformed("unexpected " + token, in);
        }
    }

    private static void expect(boolean condition, String message, JsonParser in) {
        if (!condition) {
            throw malformed(message, in);
        }
    }

    private static IllegalArgumentException malformed(String message, JsonParser in) {
        return new IllegalArgumentException("not a cached oracle result: " + message + " at "
                + in.currentLocation().offsetDescription());
    }
}
