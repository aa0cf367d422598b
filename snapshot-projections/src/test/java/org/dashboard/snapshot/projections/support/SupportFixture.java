package org.dashboard.snapshot.projections.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dashboard.snapshot.domain.assembly.AssemblyOptions;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.projection.Projections;

/**
 * Test helper: assembles and derives {@code student_support} through the real assembler and engine, with the
 * defaults of {@link SnapshotFixtures} (section 42, course scope, token tok-1, generated at
 * 2026-02-04T16:25:18Z), taking JSON literals through {@link SupportJson}.
 */
final class SupportFixture {
    static final Instant NOW = SnapshotFixtures.GENERATED_AT;

    private final ProjectionCatalog catalog = ProjectionCatalog.of(List.of(new StudentSupportProjection()));
    private final Map<OracleKey, OracleResult> results = new LinkedHashMap<>();
    private JsonObject parameters = JsonObject.EMPTY;
    private Integer version;

    static SupportFixture fixture() {
        return new SupportFixture();
    }

    /** A fixture with both oracles ok. */
    static SupportFixture of(String progressJson, String infoJson) {
        return fixture().progress(progressJson).info(infoJson);
    }

    SupportFixture progress(String json) {
        return ok(OracleKey.PROGRESS_PROFICIENCY, json);
    }

    SupportFixture info(String json) {
        return ok(OracleKey.STUDENT_INFO, json);
    }

    SupportFixture ok(OracleKey key, String json) {
        results.put(key, OracleResult.ok(SupportJson.parse(json)));
        return this;
    }

    SupportFixture ok(OracleKey key, JsonValue payload) {
        results.put(key, OracleResult.ok(payload));
        return this;
    }

    SupportFixture error(OracleKey key, String reason) {
        results.put(key, OracleResult.error(JsonValue.of(reason)));
        return this;
    }

    /** The request's whole {@code parameters} object. */
    SupportFixture parameters(String json) {
        this.parameters = SupportJson.object(json);
        return this;
    }

    SupportFixture version(int version) {
        this.version = version;
        return this;
    }

    Outcome<Snapshot> assemble() {
        AssemblyOptions options = AssemblyOptions.of(Scope.course(), catalog.capabilities())
                .withParameters(parameters);
        if (version != null) {
            options = options.withProjectionVersion(version);
        }
        return SnapshotFixtures.assembler(catalog).assemble(DashboardContext.section(42, 7), Optional.of("tok-1"),
                results, options);
    }

    Derivation derive() {
        return new Projections(catalog).derive(StudentSupportProjection.CAPABILITY, assemble().value()).value();
    }

    /** The derived body; fails unless published. */
    StudentSupportBody body() {
        return (StudentSupportBody) derive().projection().orElseThrow().body();
    }
}
