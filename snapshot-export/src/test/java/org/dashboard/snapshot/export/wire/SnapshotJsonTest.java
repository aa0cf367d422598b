package org.dashboard.snapshot.export.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.ProjectionInput;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {
    private static final OracleKey SCORES = OracleKey.of("oracle_scores");
    private static final OracleKey EXTRA = OracleKey.of("oracle_extra");

    /** A small capability whose body exercises nulls, nested records and camelCase components. */
    record CountBody(long studentCount, Double averageScore, Inner inner) implements ProjectionBody {
        @Override
        public List<String> parityFacts() {
            return List.of("counting|student_count=" + studentCount);
        }
    }

    record Inner(String labelText, List<Integer> values) {
    }

    static final class Counting implements CapabilityProjection {
        @Override
        public Capability capability() {
            return Capability.of("counting");
        }

        @Override
        public List<OracleKey> requiredOracles() {
            return List.of(SCORES);
        }

        @Override
        public List<OracleKey> optionalOracles() {
            return List.of(EXTRA);
        }

        @Override
        public CountBody derive(ProjectionInput input) {
            long count = input.required(SCORES).field("count").count();
            return new CountBody(count, null, new Inner("x", List.of(1, 2)));
        }
    }

    private static Snapshot bundle() {
        return SnapshotFixtures.with(new Counting())
                .scope(Scope.container(7))
                .ok(SCORES, "{'count': 3, 'b': 1.50, 'a': [true, null]}")
                .error(EXTRA, "timeout")
                .bundle();
    }

    @Test
    void writesTheContractInItsDocumentedShape() {
        String json = new String(new SnapshotJson().write(bundle(), false), StandardCharsets.UTF_8);
        String signature = bundle().metadata().configSignature();
        String fingerprint = bundle().fingerprints().get(Capability.of("counting"));
        assertEquals("{\"snapshot_version\":1,\"projection_version\":1,\"request_token\":\"tok-1\","
                + "\"scope\":{\"container_type\":\"container\",\"container_id\":7},"
                + "\"metadata\":{\"config_signature\":\"" + signature + "\",\"container_id\":7,"
                + "\"container_type\":\"container\",\"dashboard_context_id\":42,\"dashboard_context_type\":\"section\","
                + "\"generated_at\":\"2026-02-04T16:25:18Z\",\"parameters\":{},\"timezone\":\"Etc/UTC\"},"
                + "\"oracles\":{},"
                + "\"oracle_statuses\":{"
                + "\"oracle_extra\":{\"status\":\"failed\",\"stale\":false,\"oracle_version\":0,\"metadata\":{},"
                + "\"reason\":\"timeout\",\"reason_code\":\"oracle_timeout\"},"
                + "\"oracle_scores\":{\"status\":\"ready\",\"stale\":false,\"oracle_version\":0,\"metadata\":{}}},"
                + "\"projections\":{\"counting\":{\"capability\":\"counting\",\"request_token\":\"tok-1\","
                + "\"snapshot_version\":1,\"projection_version\":1,\"student_count\":3,\"average_score\":null,"
                + "\"inner\":{\"label_text\":\"x\",\"values\":[1,2]}}},"
                + "\"projection_statuses\":{\"counting\":{\"status\":\"partial\",\"reason_code\":\"dependency_unavailable\","
                + "\"details\":{\"oracles\":[\"oracle_extra\"]}}},"
                + "\"fingerprints\":{\"counting\":\"" + fingerprint + "\"}}", json);
    }

    @Test
    void includesOraclePayloadsSortedWhenAsked() {
        String json = new String(new SnapshotJson().write(bundle(), true), StandardCharsets.UTF_8);
        String oracles = json.substring(json.indexOf("\"oracles\":"), json.indexOf(",\"oracle_statuses\""));
        assertEquals("\"oracles\":{\"oracle_scores\":{\"a\":[true,null],\"b\":1.50,\"count\":3}}", oracles);
    }

    @Test
    void theSameInputGivesByteIdenticalJson() {
        SnapshotJson json = new SnapshotJson();
        assertArrayEquals(json.write(bundle(), true), json.write(bundle(), true));
        assertArrayEquals(json.write(bundle(), false), new SnapshotJson().write(bundle(), false));
    }

    @Test
    void writesStatusDetailsWithPathAndValue() {
        Snapshot invalid = SnapshotFixtures.with(new Counting())
                .ok(SCORES, "{'count': -1}")
                .ok(EXTRA, "{}")
                .bundle();
        String status = new String(new SnapshotJson().write(invalid.projectionStatuses().get(Capability.of("counting"))),
                StandardCharsets.UTF_8);
        assertEquals("{\"status\":\"failed\",\"reason_code\":\"invalid_projection_data\",\"details\":{"
                + "\"oracles\":[\"oracle_scores\"],\"path\":\"oracles.oracle_scores.count\",\"value\":-1}}", status);
    }
}
