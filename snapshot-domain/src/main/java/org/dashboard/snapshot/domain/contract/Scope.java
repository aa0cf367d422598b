package org.dashboard.snapshot.domain.contract;

import java.util.OptionalLong;

/** What part of the course a request covers: the entire course, or one container (unit or module). */
public sealed interface Scope permits Scope.Course, Scope.Container {

    Scope COURSE = new Course();

    static Scope course() {
        return COURSE;
    }

    static Scope container(long containerId) {
        return new Container(containerId);
    }

    /** {@code "course"} or {@code "container"}. */
    String containerType();

    /** The container id, empty for the course. */
    OptionalLong containerId();

    /** Identity key: {@code course} or {@code container:<id>}. */
    String selector();

    /** "Entire Course" or "Selected Scope". */
    String defaultLabel();

    record Course() implements Scope {
        @Override
        public String containerType() {
            return "course";
        }

        @Override
        public OptionalLong containerId() {
            return OptionalLong.empty();
        }

        @Override
        public String selector() {
            return "course";
        }

        @Override
        public String defaultLabel() {
            return "Entire Course";
        }
    }

    record Container(long id) implements Scope {
        public Container {
            if (id <= 0) {
                throw new IllegalArgumentException("container_id must be positive, got " + id);
            }
        }

        @Override
        public String containerType() {
            return "container";
        }

        @Override
        public OptionalLong containerId() {
            return OptionalLong.of(id);
        }

        @Override
        public String selector() {
            return "container:" + id;
        }

        @Override
        public String defaultLabel() {
            return "Selected Scope";
        }
    }
}
