package org.dashboard.snapshot.domain.projection;

import java.util.List;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * The projection SPI: one implementation per dashboard capability. It declares the oracles it needs, validates
 * its own parameter block, and derives its body from a snapshot. It reads nothing but its
 * {@link ProjectionInput}: no port, no clock, no query.
 */
public interface CapabilityProjection {

    Capability capability();

    /** Oracles without which the capability is {@code unavailable} (absent) or {@code failed} (failed). */
    List<OracleKey> requiredOracles();

    /** Oracles whose absence, failure or invalid payload makes the capability {@code partial}. */
    List<OracleKey> optionalOracles();

    /**
     * Validates this capability's block of the request's {@code parameters} and returns the effective block
     * with every default applied. A capability without parameters accepts only an empty block.
     *
     * @throws InvalidParameters naming the field and value
     */
    default JsonObject effectiveParameters(JsonObject requested) {
        if (!requested.members().isEmpty()) {
            String field = requested.members().keySet().iterator().next();
            throw new InvalidParameters(field, requested.getOrNull(field),
                    capability().key() + " takes no parameters");
        }
        return JsonObject.EMPTY;
    }

    /**
     * Derives the body. Payload problems are reported by throwing {@link InvalidProjectionData}; any other
     * exception is contained by the engine as {@code projection_derivation_failed}.
     */
    ProjectionBody derive(ProjectionInput input);

}
