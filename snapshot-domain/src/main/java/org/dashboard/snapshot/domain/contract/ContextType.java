package org.dashboard.snapshot.domain.contract;

import java.util.Locale;
import java.util.Optional;

/** The kind of dashboard a request is for. Only {@link #SECTION} is served; {@link #PROJECT} is reserved. */
public enum ContextType {
    SECTION,
    PROJECT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContextType> fromWire(String value) {
        for (ContextType type : values()) {
            if (type.wire().equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
