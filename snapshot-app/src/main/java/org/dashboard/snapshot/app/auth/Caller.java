package org.dashboard.snapshot.app.auth;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who calls, as the verified token says: the user id, the role and the section ids it is granted (an admin's
 * grants are not consulted).
 */
public record Caller(long userId, Role role, SortedSet<Long> sections) {
    public Caller {
        Objects.requireNonNull(role, "role");
        if (userId <= 0) {
            throw new IllegalArgumentException("user ids are positive, got " + userId);
        }
        sections = Collections.unmodifiableSortedSet(new TreeSet<>(sections));
    }

    /** Whether this caller may read the section: an admin reads every section, an instructor its grants. */
    public boolean mayRead(long sectionId) {
        return role == Role.ADMIN || sections.contains(sectionId);
    }
}
