package org.dashboard.snapshot.app.auth;

import java.util.Locale;
import java.util.Optional;

/** The roles a token may carry: an instructor reads the sections it is granted, an admin reads every section. */
public enum Role {
    INSTRUCTOR,
    ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code value} exactly ({@code instructor}, {@code admin}), if any. */
    public static Optional<Role> of(String value) {
        for (Role role : values()) {
            if (role.wire().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
