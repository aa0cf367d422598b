package org.dashboard.snapshot.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void courseScopeIsIdentifiedAsCourse() {
        Scope course = Scope.course();

        assertSame(Scope.COURSE, course);
        assertEquals("course", course.containerType());
        assertEquals(OptionalLong.empty(), course.containerId());
        assertEquals("course", course.selector());
        assertEquals("Entire Course", course.defaultLabel());
    }

    @Test
    void containerScopeIsIdentifiedByItsId() {
        Scope container = Scope.container(1001);

        assertEquals("container", container.containerType());
        assertEquals(OptionalLong.of(1001), container.containerId());
        assertEquals("container:1001", container.selector());
        assertEquals("Selected Scope", container.defaultLabel());
        assertEquals(new Scope.Container(1001), container);
    }

    @Test
    void containerIdsArePositive() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Scope.container(0));
        assertThrows(IllegalArgumentException.class, () -> Scope.container(-5));

        assertEquals("container_id must be positive, got 0", zero.getMessage());
        assertEquals("container:1", Scope.container(1).selector());
    }
}
