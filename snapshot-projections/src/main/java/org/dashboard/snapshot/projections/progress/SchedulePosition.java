package org.dashboard.snapshot.projections.progress;

import java.util.OptionalLong;
import org.dashboard.snapshot.domain.projection.Payload;

/**
 * The payload of {@code oracle_instructor_schedule_position}: {@code {has_schedule, current_resource_id?, label?}}.
 * A section without a schedule sends {@code {"has_schedule": false}}; then the other fields are not read.
 *
 * @param hasSchedule whether the section has a schedule
 * @param currentResourceId the resource the schedule is at, or null
 * @param label the schedule's label for it, or null (a blank label counts as none)
 */
public record SchedulePosition(boolean hasSchedule, Long currentResourceId, String label) {
    /** A section without a schedule. */
    public static final SchedulePosition NONE = new SchedulePosition(false, null, null);

    /** Reads and validates the payload: an object whose {@code has_schedule} is a boolean. */
    public static SchedulePosition read(Payload payload) {
        if (!payload.field("has_schedule").bool()) {
            return NONE;
        }
        OptionalLong current = payload.field("current_resource_id").optionalId();
        String label = payload.field("label").optionalString().filter(text -> !text.isBlank()).orElse(null);
        return new SchedulePosition(true, current.isPresent() ? current.getAsLong() : null, label);
    }
}
