package org.dashboard.snapshot.domain.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.junit.jupiter.api.Test;

class AssemblyOptionsTest {
    private static final List<Capability> CAPS = List.of(Capability.of("summary"));

    @Test
    void ofDefaultsEverythingButScopeAndCapabilities() {
        assertEquals(new AssemblyOptions(Scope.course(), Optional.empty(), CAPS, Optional.empty(), Optional.empty(),
                JsonObject.EMPTY, Map.of()), AssemblyOptions.of(Scope.course(), CAPS));
    }

    @Test
    void eachWitherChangesOnlyItsOwnPart() {
        AssemblyOptions base = AssemblyOptions.of(Scope.container(3), CAPS);
        JsonObject parameters = TestJson.object("{'timezone': 'Etc/UTC'}");
        Map<String, JsonValue> metadata = Map.of("a", JsonValue.of(1));

        assertEquals(new AssemblyOptions(Scope.container(3), Optional.empty(), CAPS, Optional.empty(),
                Optional.empty(), parameters, Map.of()), base.withParameters(parameters));
        assertEquals(new AssemblyOptions(Scope.container(3), Optional.empty(), CAPS, Optional.of(2),
                Optional.empty(), JsonObject.EMPTY, Map.of()), base.withProjectionVersion(2));
        assertEquals(new AssemblyOptions(Scope.container(3), Optional.empty(), CAPS, Optional.empty(),
                Optional.of(1), JsonObject.EMPTY, Map.of()), base.withSnapshotVersion(1));
        assertEquals(new AssemblyOptions(Scope.container(3), Optional.empty(), CAPS, Optional.empty(),
                Optional.empty(), JsonObject.EMPTY, metadata), base.withMetadata(metadata));
        assertEquals(new AssemblyOptions(Scope.container(3), Optional.of(Scope.course()), CAPS, Optional.empty(),
                Optional.empty(), JsonObject.EMPTY, Map.of()), base.withContextScope(Scope.course()));
    }

    @Test
    void withersKeepEverythingSetBefore() {
        JsonObject parameters = TestJson.object("{'timezone': 'Etc/UTC'}");
        Map<String, JsonValue> metadata = Map.of("a", JsonValue.of(1));

        AssemblyOptions all = AssemblyOptions.of(Scope.container(3), CAPS).withParameters(parameters)
                .withProjectionVersion(2).withSnapshotVersion(1).withMetadata(metadata)
                .withContextScope(Scope.container(3)).withParameters(parameters).withProjectionVersion(2)
                .withSnapshotVersion(1).withMetadata(metadata);

        assertEquals(new AssemblyOptions(Scope.container(3), Optional.of(Scope.container(3)), CAPS, Optional.of(2),
                Optional.of(1), parameters, metadata), all);
    }

    @Test
    void collectionsAreCopied() {
        List<Capability> capabilities = new ArrayList<>(CAPS);
        AssemblyOptions options = AssemblyOptions.of(Scope.course(), capabilities);
        capabilities.add(Capability.of("progress"));

        assertEquals(CAPS, options.capabilities());
    }

    @Test
    void partsAreRequired() {
        assertThrows(NullPointerException.class, () -> AssemblyOptions.of(null, CAPS));
        assertThrows(NullPointerException.class, () -> new AssemblyOptions(Scope.course(), null, CAPS,
                Optional.empty(), Optional.empty(), JsonObject.EMPTY, Map.of()));
        assertThrows(NullPointerException.class, () -> new AssemblyOptions(Scope.course(), Optional.empty(), CAPS,
                null, Optional.empty(), JsonObject.EMPTY, Map.of()));
        assertThrows(NullPointerException.class, () -> new AssemblyOptions(Scope.course(), Optional.empty(), CAPS,
                Optional.empty(), null, JsonObject.EMPTY, Map.of()));
        assertThrows(NullPointerException.class, () -> new AssemblyOptions(Scope.course(), Optional.empty(), CAPS,
                Optional.empty(), Optional.empty(), null, Map.of()));
    }

    @Test
    void snapshotRequestSortsItsResultsAndRequiresItsParts() {
        OracleKey b = OracleKey.of("oracle_b");
        OracleKey a = OracleKey.of("oracle_a");
        java.util.LinkedHashMap<OracleKey, OracleResult> results = new java.util.LinkedHashMap<>();
        results.put(b, OracleResult.ok(JsonValue.of(1)));
        results.put(a, OracleResult.ok(JsonValue.of(2)));
        AssemblyOptions options = AssemblyOptions.of(Scope.course(), CAPS);

        SnapshotRequest request = new SnapshotRequest(DashboardContext.section(1, 1), Optional.empty(), results,
                options, false);

        assertEquals(List.of(a, b), List.copyOf(request.oracleResults().keySet()));
        assertThrows(NullPointerException.class, () -> new SnapshotRequest(null, Optional.empty(), results,
                options, false));
        assertThrows(NullPointerException.class, () -> new SnapshotRequest(DashboardContext.section(1, 1), null,
                results, options, false));
        assertThrows(NullPointerException.class, () -> new SnapshotRequest(DashboardContext.section(1, 1),
                Optional.empty(), results, null, false));
    }
}
