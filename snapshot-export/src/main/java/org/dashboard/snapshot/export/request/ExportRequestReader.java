package org.dashboard.snapshot.export.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * Reads the {@code export} block of an export request body into an {@link ExportRequest}. An absent or null block
 * is the default request. Refusals name the field ({@code export.<name>}) and the value: a field the block does
 * not know is {@code unknown_field}, a field of the wrong JSON type {@code invalid_field}. Null or blank texts and
 * null booleans fall back to their defaults. The profile is checked by the export itself
 * ({@code unknown_export_profile}).
 */
public final class ExportRequestReader {
    /** The fields of the block, in their documented order. */
    public static final List<String> FIELDS = List.of("profile", "course_name", "course_section",
            "dashboard_scope_label", "proficiency_definition", "include_manifest", "allow_partial");
    private static final String BLOCK = "export";

    private ExportRequestReader() {
    }

    /** Reads the block; {@code block} is the value of the body's {@code export} member, or null when absent. */
    public static Outcome<ExportRequest> read(JsonValue block) {
        if (block == null || block.isNull()) {
            return Outcome.accepted(ExportRequest.defaults());
        }
        if (!(block instanceof JsonObject object)) {
            return Outcome.rejected(Rejection.ofField(RequestReason.INVALID_FIELD, BLOCK, block,
                    "export must be an object, got " + block.typeName()));
        }
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            if (!FIELDS.contains(member.getKey())) {
                return Outcome.rejected(Rejection.ofField(RequestReason.UNKNOWN_FIELD, path(member.getKey()),
                        member.getValue(), "unknown field '" + member.getKey() + "' in export; known: " + FIELDS));
            }
        }
        for (String field : FIELDS) {
            JsonValue value = object.getOrNull(field);
            boolean isBoolean = field.equals("include_manifest") || field.equals("allow_partial");
            boolean wrongType = isBoolean ? !(value instanceof JsonValue.JsonBoolean)
                    : !(value instanceof JsonValue.JsonString);
            if (!value.isNull() && wrongType) {
                return Outcome.rejected(Rejection.ofField(RequestReason.INVALID_FIELD, path(field), value,
                        path(field) + " must be a " + (isBoolean ? "boolean" : "string") + ", got "
                                + value.typeName()));
            }
        }
        return Outcome.accepted(new ExportRequest(text(object, "profile").orElse(null),
                text(object, "course_name"), text(object, "course_section"), text(object, "dashboard_scope_label"),
                text(object, "proficiency_definition"), flag(object, "include_manifest", true),
                flag(object, "allow_partial", false)));
    }

    private static Optional<String> text(JsonObject block, String field) {
        return block.getOrNull(field) instanceof JsonValue.JsonString text ? Optional.of(text.value())
                : Optional.empty();
    }

    private static boolean flag(JsonObject block, String field, boolean defaultValue) {
        return block.getOrNull(field) instanceof JsonValue.JsonBoolean bool ? bool.value() : defaultValue;
    }

    private static String path(String field) {
        return BLOCK + "." + field;
    }
}
