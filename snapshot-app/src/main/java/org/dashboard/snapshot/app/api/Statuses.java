package org.dashboard.snapshot.app.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.json.JsonValue;

/** A projection status as a JSON value, in its wire shape, for embedding in problem details. */
final class Statuses {
    private Statuses() {
    }

    static JsonValue json(ProjectionStatus status) {
        Map<String, JsonValue> out = new LinkedHashMap<>();
        out.put("status", JsonValue.of(status.state().wire()));
        if (status.reasonCode().isPresent()) {
            out.put("reason_code", JsonValue.of(status.reasonCode().get().code()));
            StatusDetails details = status.details().orElseThrow();
            Map<String, JsonValue> detail = new LinkedHashMap<>();
            detail.put("oracles", JsonValue.JsonArray.of(details.oracles().stream()
                    .map(OracleKey::value).map(JsonValue::of).toList()));
            details.path().ifPresent(path -> detail.put("path", JsonValue.of(path)));
            details.value().ifPresent(value -> detail.put("value", value));
            details.error().ifPresent(error -> detail.put("error", JsonValue.of(error)));
            out.put("details", new JsonValue.JsonObject(detail));
        }
        return new JsonValue.JsonObject(out);
    }
}
