package org.dashboard.snapshot.domain.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.junit.jupiter.api.Test;

class ProjectionCatalogTest {
    private static final OracleKey A = OracleKey.of("oracle_a");
    private static final OracleKey B = OracleKey.of("oracle_b");
    private static final OracleKey C = OracleKey.of("oracle_c");
    private final FakeProjection zeta = FakeProjection.of("zeta").requires(B).optional(C);
    private final FakeProjection alpha = FakeProjection.of("alpha").requires(A).optional(B);
    private final ProjectionCatalog catalog = ProjectionCatalog.of(List.of(zeta, alpha));

    @Test
    void capabilitiesAreInRegistrationOrder() {
        assertEquals(List.of(Capability.of("zeta"), Capability.of("alpha")), catalog.capabilities());
        assertEquals(List.of(zeta, alpha), catalog.projections());
    }

    @Test
    void returnedListsAreCopies() {
        catalog.capabilities().clear();
        catalog.projections().clear();

        assertEquals(2, catalog.capabilities().size());
        assertEquals(2, catalog.projections().size());
    }

    @Test
    void projectionsAreFoundByCapabilityOrKey() {
        assertSame(alpha, catalog.find(Capability.of("alpha")).orElseThrow());
        assertSame(zeta, catalog.find("zeta").orElseThrow());
        assertEquals(Optional.empty(), catalog.find("beta"));
        assertEquals(Optional.empty(), catalog.find("Not A Key"));
        assertEquals(Optional.empty(), catalog.find(Capability.of("beta")));
    }

    @Test
    void expectedOraclesAreTheRequiredAndOptionalOnesSorted() {
        assertEquals(List.of(A, B, C), List.copyOf(catalog.expectedOracles(catalog.capabilities())));
        assertEquals(List.of(B, C), List.copyOf(catalog.expectedOracles(List.of(Capability.of("zeta")))));
        assertEquals(List.of(), List.copyOf(catalog.expectedOracles(List.of(Capability.of("unknown")))));
    }

    @Test
    void requiredOraclesAreSorted() {
        assertEquals(List.of(A, B), List.copyOf(catalog.requiredOracles(catalog.capabilities())));
        assertEquals(List.of(A), List.copyOf(catalog.requiredOracles(List.of(Capability.of("alpha")))));
        assertEquals(List.of(), List.copyOf(catalog.requiredOracles(List.of(Capability.of("unknown")))));
    }

    @Test
    void capabilityRegisteredTwiceIsRefused() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> ProjectionCatalog.of(List.of(alpha, FakeProjection.of("alpha"))));

        assertEquals("capability registered twice: alpha", thrown.getMessage());
    }

    @Test
    void oracleBothRequiredAndOptionalIsRefused() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> ProjectionCatalog.of(List.of(FakeProjection.of("odd").requires(A, B).optional(B, C))));

        assertEquals("odd declares [oracle_b] both required and optional", thrown.getMessage());
    }
}
