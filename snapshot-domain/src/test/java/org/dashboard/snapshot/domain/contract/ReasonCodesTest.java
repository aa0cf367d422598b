package org.dashboard.snapshot.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonCodesTest {

    @Test
    void assemblyReasonsHaveTheirWireCodes() {
        assertEquals(List.of("invalid_request_token", "invalid_context", "invalid_scope", "scope_context_mismatch",
                "invalid_oracle_key", "invalid_oracle_status", "invalid_oracle_result", "invalid_metadata",
                "metadata_identity_mismatch", "unsupported_snapshot_version", "unsupported_projection_version",
                "invalid_parameters", "invalid_timezone", "unsupported_dashboard_context_type"),
                codes(AssemblyReason.values()));
    }

    @Test
    void requestReasonsHaveTheirWireCodes() {
        assertEquals(List.of("malformed_request", "unknown_field", "missing_field", "invalid_field",
                "unknown_capability", "unknown_section", "payload_too_large", "json_limit_exceeded", "unsupported_media_type",
                "unauthenticated", "unauthorized_scope", "request_superseded", "service_overloaded"), codes(RequestReason.values()));
    }

    @Test
    void oracleReasonsHaveTheirWireCodes() {
        assertEquals(List.of("oracle_timeout", "oracle_error", "missing_oracle_payload"),
                codes(OracleReason.values()));
    }

    @Test
    void projectionReasonsHaveTheirWireCodes() {
        assertEquals(List.of("dependency_unavailable", "missing_oracle_payload", "projection_timeout",
                "required_oracle_failed", "invalid_projection_data", "projection_derivation_failed"),
                codes(ProjectionReason.values()));
    }

    @Test
    void exportReasonsHaveTheirWireCodes() {
        assertEquals(List.of("unknown_export_profile", "required_projection_unavailable",
                "required_projection_failed", "dataset_policy_excluded", "dataset_no_data", "serializer_error",
                "zip_build_failed", "export_timeout", "export_failed"), codes(ExportReason.values()));
    }

    @Test
    void projectionStatesHaveTheirWireNamesAndOnlyReadyAndPartialArePublished() {
        assertEquals("ready", ProjectionState.READY.wire());
        assertEquals("partial", ProjectionState.PARTIAL.wire());
        assertEquals("failed", ProjectionState.FAILED.wire());
        assertEquals("unavailable", ProjectionState.UNAVAILABLE.wire());
        assertEquals(true, ProjectionState.READY.isPublished());
        assertEquals(true, ProjectionState.PARTIAL.isPublished());
        assertEquals(false, ProjectionState.FAILED.isPublished());
        assertEquals(false, ProjectionState.UNAVAILABLE.isPublished());
    }

    @Test
    void contextTypesReadAndWriteTheirWireNames() {
        assertEquals("section", ContextType.SECTION.wire());
        assertEquals("project", ContextType.PROJECT.wire());
        assertEquals(java.util.Optional.of(ContextType.SECTION), ContextType.fromWire("section"));
        assertEquals(java.util.Optional.of(ContextType.PROJECT), ContextType.fromWire("project"));
        assertEquals(java.util.Optional.empty(), ContextType.fromWire("SECTION"));
        assertEquals(java.util.Optional.empty(), ContextType.fromWire(null));
    }

    private static List<String> codes(ReasonCode... reasons) {
        return Arrays.stream(reasons).map(ReasonCode::code).toList();
    }
}
