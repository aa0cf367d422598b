package org.dashboard.snapshot.domain.contract;

import java.util.Objects;

/** Who asks, for which dashboard: {@code {dashboard_context_type, dashboard_context_id, user_id}}. */
public record DashboardContext(ContextType type, long contextId, long userId) {
    public DashboardContext {
        Objects.requireNonNull(type, "type");
        if (contextId <= 0) {
            throw new IllegalArgumentException("dashboard_context_id must be positive, got " + contextId);
        }
        if (userId <= 0) {
            throw new IllegalArgumentException("user_id must be positive, got " + userId);
        }
    }

    public static DashboardContext section(long sectionId, long userId) {
        return new DashboardContext(ContextType.SECTION, sectionId, userId);
    }
}
