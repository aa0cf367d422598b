package org.dashboard.snapshot.domain.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * Details of a non-ready projection status: the oracles involved (sorted by key), and for invalid data the
 * JSON path and offending value, or for a derivation that threw, the exception class and message.
 */
public record StatusDetails(List<OracleKey> oracles, Optional<String> path, Optional<JsonValue> value,
                            Optional<String> error) {
    public StatusDetails {
        oracles = oracles.stream().distinct().sorted().toList();
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(error, "error");
        if (path.isPresent() != value.isPresent()) {
            throw new IllegalArgumentException("path and value come together");
        }
    }

    public static StatusDetails oracles(List<OracleKey> oracles) {
        return new StatusDetails(oracles, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static StatusDetails invalidData(List<OracleKey> oracles, String path, JsonValue value) {
        return new StatusDetails(oracles, Optional.of(path), Optional.of(value), Optional.empty());
    }

    public static StatusDetails error(String error) {
        return new StatusDetails(List.of(), Optional.empty(), Optional.empty(), Optional.of(error));
    }
}
