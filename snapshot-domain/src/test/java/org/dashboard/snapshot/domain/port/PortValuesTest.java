package org.dashboard.snapshot.domain.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.TreeSet;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.junit.jupiter.api.Test;

class PortValuesTest {
    private static final DashboardContext SECTION = DashboardContext.section(42, 7);

    @Test
    void cacheKeyTextNamesOracleVersionSectionScopeAndData() {
        assertEquals("oracle_instructor_grades:2:42:container:1001:current",
                new OracleCacheKey(OracleKey.GRADES, 2, 42, Scope.container(1001), "current").text());
        assertEquals("oracle_instructor_grades:0:1:course:v7",
                new OracleCacheKey(OracleKey.GRADES, 0, 1, Scope.course(), "v7").text());
    }

    @Test
    void cacheKeyVersionIsNotNegativeAndContextIdPositive() {
        IllegalArgumentException version = assertThrows(IllegalArgumentException.class,
                () -> new OracleCacheKey(OracleKey.GRADES, -1, 42, Scope.course(), "c"));
        IllegalArgumentException context = assertThrows(IllegalArgumentException.class,
                () -> new OracleCacheKey(OracleKey.GRADES, 0, 0, Scope.course(), "c"));

        assertEquals("oracle version >= 0 and context id > 0, got -1 and 42", version.getMessage());
        assertEquals("oracle version >= 0 and context id > 0, got 0 and 0", context.getMessage());
        assertThrows(NullPointerException.class, () -> new OracleCacheKey(null, 0, 1, Scope.course(), "c"));
        assertThrows(NullPointerException.class, () -> new OracleCacheKey(OracleKey.GRADES, 0, 1, null, "c"));
        assertThrows(NullPointerException.class, () -> new OracleCacheKey(OracleKey.GRADES, 0, 1, Scope.course(),
                null));
    }

    @Test
    void loadKeysAreTheRequiredAndOptionalOnesSorted() {
        OracleLoad load = new OracleLoad(SECTION, Scope.course(), "tok", new TreeSet<>(List.of(OracleKey.SCOPE_RESOURCES,
                OracleKey.GRADES)), new TreeSet<>(List.of(OracleKey.RECOMMENDATION)));

        assertEquals(List.of(OracleKey.GRADES, OracleKey.RECOMMENDATION, OracleKey.SCOPE_RESOURCES),
                List.copyOf(load.keys()));
        assertEquals(List.of(OracleKey.GRADES, OracleKey.SCOPE_RESOURCES), List.copyOf(load.required()));
        assertEquals(List.of(OracleKey.RECOMMENDATION), List.copyOf(load.optional()));
        assertThrows(UnsupportedOperationException.class, () -> load.required().clear());
        assertThrows(UnsupportedOperationException.class, () -> load.optional().clear());
    }

    @Test
    void loadNeedsContextScopeAndToken() {
        TreeSet<OracleKey> none = new TreeSet<>();

        assertThrows(NullPointerException.class, () -> new OracleLoad(null, Scope.course(), "t", none, none));
        assertThrows(NullPointerException.class, () -> new OracleLoad(SECTION, null, "t", none, none));
        assertThrows(NullPointerException.class, () -> new OracleLoad(SECTION, Scope.course(), null, none, none));
    }

    @Test
    void telemetryScopeNeedsBothTags() {
        assertEquals("unknown", TelemetryScope.UNKNOWN.dashboardContextType());
        assertEquals("unknown", TelemetryScope.UNKNOWN.containerType());
        assertThrows(NullPointerException.class, () -> new TelemetryScope(null, "course"));
        assertThrows(NullPointerException.class, () -> new TelemetryScope("section", null));
    }
}
