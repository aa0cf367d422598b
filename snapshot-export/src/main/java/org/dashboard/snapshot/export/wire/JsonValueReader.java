package org.dashboard.snapshot.export.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * Streams JSON text into the domain's {@link JsonValue}, enforcing {@link JsonLimits}, rejecting duplicate keys,
 * NaN/Infinity and trailing content. Malformed input is a {@code malformed_request} rejection naming the line,
 * column and problem; a document deeper, or with a longer string, member name or number, than the limits allow is
 * {@code json_limit_exceeded} (details {@code limit} and {@code max}); a document longer than {@link JsonLimits#maxDocumentBytes()} is {@code payload_too_large}
 * (details {@code limit_bytes}), the same refusal the HTTP layer gives a body over its limit. It never throws.
 */
public final class JsonValueReader {
    private final JsonFactory factory;
    private final JsonLimits limits;

    public JsonValueReader(JsonLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    public JsonLimits limits() {
        return limits;
    }

    public Outcome<JsonValue> read(byte[] json) {
        if (json.length > limits.maxDocumentBytes()) {
            return Outcome.rejected(tooLarge());
        }
        try (JsonParser parser = factory.createParser(json)) {
            return readDocument(parser);
        } catch (IOException e) {
            return malformed(e);
        }
    }

    public Outcome<JsonValue> read(InputStream json) {
        try (JsonParser parser = factory.createParser(new BoundedInput(json, limits.maxDocumentBytes()))) {
            return readDocument(parser);
        } catch (DocumentTooLarge e) {
            return Outcome.rejected(tooLarge());
        } catch (IOException e) {
            return malformed(e);
        }
    }

    private Rejection tooLarge() {
        Map<String, JsonValue> details = new LinkedHashMap<>();
        details.put("limit_bytes", JsonValue.of(limits.maxDocumentBytes()));
        return Rejection.of(RequestReason.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + limits.maxDocumentBytes() + " bytes", new JsonObject(details));
    }

    private Outcome<JsonValue> readDocument(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return Outcome.rejected(Rejection.ofField(RequestReason.MALFORMED_REQUEST, "$", JsonValue.nullValue(),
                    "the request body is empty; a JSON document is required"));
        }
        JsonValue value = readValue(parser, first);
        if (parser.nextToken() != null) {
            return Outcome.rejected(problem("trailing content after the JSON document", parser));
        }
        return Outcome.accepted(value);
    }

    private JsonValue readValue(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    members.put(name, readValue(parser, parser.nextToken()));
                }
                return new JsonObject(members);
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    elements.add(readValue(parser, next));
                }
                return new JsonValue.JsonArray(elements);
            }
            case VALUE_STRING:
                return JsonValue.of(parser.getText());
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? JsonNumber.of(parser.getBigIntegerValue())
                        : JsonNumber.of(parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(parser.getDecimalValue(), false);
            case VALUE_TRUE:
                return JsonValue.JsonBoolean.TRUE;
            case VALUE_FALSE:
                return JsonValue.JsonBoolean.FALSE;
            case VALUE_NULL:
                return JsonValue.nullValue();
            default:
                throw new JsonParseException(parser, "unexpected token " + token);
        }
    }

    private Outcome<JsonValue> malformed(IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            return Outcome.rejected(limitExceeded(limit));
        }
        if (e instanceof JsonProcessingException processing) {
            Map<String, JsonValue> details = new LinkedHashMap<>();
            details.put("field", JsonValue.of("$"));
            if (processing.getLocation() != null) {
                details.put("line", JsonValue.of(processing.getLocation().getLineNr()));
                details.put("column", JsonValue.of(processing.getLocation().getColumnNr()));
            }
            String message = processing.getOriginalMessage() == null ? "malformed JSON"
                    : firstLine(processing.getOriginalMessage());
            return Outcome.rejected(Rejection.of(RequestReason.MALFORMED_REQUEST, "malformed JSON: " + message,
                    new JsonObject(details)));
        }
        throw new UncheckedIOException(e);
    }

    /**
     * The limit a constraint failure names (Jackson's messages cite the {@code StreamReadConstraints} getter):
     * {@code max_nesting_depth}, {@code max_string_length}, {@code max_name_length}, {@code max_number_length}; a
     * document over its length limit is {@code payload_too_large}, as over HTTP.
     */
    private Rejection limitExceeded(StreamConstraintsException limit) {
        String message = String.valueOf(limit.getMessage());
        String name;
        long max;
        if (message.contains("getMaxNestingDepth")) {
            name = "max_nesting_depth";
            max = limits.maxNestingDepth();
        } else if (message.contains("getMaxStringLength")) {
            name = "max_string_length";
            max = limits.maxStringLength();
        } else if (message.contains("getMaxNameLength")) {
            name = "max_name_length";
            max = limits.maxStringLength();
        } else if (message.contains("getMaxNumberLength")) {
            name = "max_number_length";
            max = limits.maxNumberLength();
        } else if (message.contains("getMaxDocumentLength")) {
            return tooLarge();
        } else {
            return Rejection.ofField(RequestReason.MALFORMED_REQUEST, "$", JsonValue.nullValue(),
                    "the JSON document exceeds a limit: " + firstLine(message));
        }
        Map<String, JsonValue> details = new LinkedHashMap<>();
        details.put("field", JsonValue.of("$"));
        details.put("limit", JsonValue.of(name));
        details.put("max", JsonValue.of(max));
        return Rejection.of(RequestReason.JSON_LIMIT_EXCEEDED, "the JSON document exceeds a limit: "
                + firstLine(message), new JsonObject(details));
    }

    private static Rejection problem(String message, JsonParser parser) {
        Map<String, JsonValue> details = new LinkedHashMap<>();
        details.put("field", JsonValue.of("$"));
        details.put("line", JsonValue.of(parser.currentLocation().getLineNr()));
        details.put("column", JsonValue.of(parser.currentLocation().getColumnNr()));
        return Rejection.of(RequestReason.MALFORMED_REQUEST, "malformed JSON: " + message, new JsonObject(details));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }

    /** Thrown by {@link BoundedInput} at the first byte past the document limit. */
    private static final class DocumentTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        DocumentTooLarge() {
            super("document larger than the limit");
        }
    }

    /** An input stream that fails with {@link DocumentTooLarge} once more than {@code max} bytes were read. */
    private static final class BoundedInput extends java.io.FilterInputStream {
        private final long max;
        private long read;

        BoundedInput(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws DocumentTooLarge {
            read += n;
            if (read > max) {
                throw new DocumentTooLarge();
            }
        }
    }
}
