package org.dashboard.snapshot.app.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.dashboard.snapshot.adapters.planted.AdapterUsingAProjection;
import org.dashboard.snapshot.domain.assembly.planted.AssemblerReadingTheCache;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.planted.DomainUsingAFramework;
import org.dashboard.snapshot.domain.planted.DomainUsingTheApp;
import org.dashboard.snapshot.domain.port.OracleResultCache;
import org.dashboard.snapshot.domain.port.OracleSource;
import org.dashboard.snapshot.domain.service.DataSnapshot;
import org.dashboard.snapshot.export.planted.ExportReadingTheCache;
import org.dashboard.snapshot.export.planted.ExportUsingMicrometer;
import org.dashboard.snapshot.planted.cycle.a.A;
import org.dashboard.snapshot.planted.cycle.b.B;
import org.dashboard.snapshot.projections.common.Decimals;
import org.dashboard.snapshot.projections.planted.ProjectionQueryingTheSource;
import org.dashboard.snapshot.projections.planted.ProjectionReadingTheClock;
import org.dashboard.snapshot.projections.planted.ProjectionUsingJackson;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule catches a violation planted for it (test sources only), and passes a legitimate class,
 * so no rule can pass vacuously.
 */
class ArchitectureRulesHaveTeethTest {

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }

    private static void catches(ArchRule rule, Class<?> planted, Class<?>... context) {
        Class<?>[] all = new Class<?>[context.length + 1];
        all[0] = planted;
        System.arraycopy(context, 0, all, 1, context.length);
        EvaluationResult result = rule.evaluate(classes(all));
        assertTrue(result.hasViolation(), "rule did not catch " + planted.getName());
        assertTrue(result.getFailureReport().toString().contains(planted.getSimpleName()),
                "the report does not name " + planted.getSimpleName() + ": " + result.getFailureReport());
    }

    private static void passes(ArchRule rule, Class<?>... legitimate) {
        EvaluationResult result = rule.evaluate(classes(legitimate));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    @Test
    void domainDependingOnAFrameworkIsCaught() {
        catches(ArchitectureTest.domain_depends_only_on_the_jdk, DomainUsingAFramework.class);
        passes(ArchitectureTest.domain_depends_only_on_the_jdk, Rejection.class);
    }

    @Test
    void projectionDependingOnJacksonIsCaught() {
        catches(ArchitectureTest.projections_depend_only_on_the_domain_and_the_jdk, ProjectionUsingJackson.class);
        passes(ArchitectureTest.projections_depend_only_on_the_domain_and_the_jdk, Decimals.class);
    }

    @Test
    void exportDependingOnMicrometerIsCaught() {
        catches(ArchitectureTest.export_depends_only_on_projections_csv_and_jackson, ExportUsingMicrometer.class);
        passes(ArchitectureTest.export_depends_only_on_projections_csv_and_jackson,
                org.dashboard.snapshot.export.wire.JsonLimits.class);
    }

    @Test
    void assemblyCodeUsingACachePortIsCaught() {
        catches(ArchitectureTest.only_data_snapshot_uses_the_ports, AssemblerReadingTheCache.class,
                OracleResultCache.class);
        passes(ArchitectureTest.only_data_snapshot_uses_the_ports, DataSnapshot.class, OracleResultCache.class,
                OracleSource.class);
    }

    @Test
    void assemblerReachingAPortIsCaught() {
        catches(ArchitectureTest.assembler_and_engine_never_reach_a_port, AssemblerReadingTheCache.class);
        passes(ArchitectureTest.assembler_and_engine_never_reach_a_port,
                org.dashboard.snapshot.domain.assembly.Assembler.class);
    }

    @Test
    void projectionReachingTheCoordinatorIsCaught() {
        catches(ArchitectureTest.projections_never_reach_a_port, ProjectionQueryingTheSource.class);
        passes(ArchitectureTest.projections_never_reach_a_port, Decimals.class);
    }

    @Test
    void exportReachingTheCacheIsCaught() {
        catches(ArchitectureTest.export_never_queries_or_caches, ExportReadingTheCache.class);
        passes(ArchitectureTest.export_never_queries_or_caches, org.dashboard.snapshot.export.wire.JsonLimits.class);
    }

    @Test
    void projectionReadingTheWallClockIsCaught() {
        catches(ArchitectureTest.projections_and_export_read_no_clock, ProjectionReadingTheClock.class);
        passes(ArchitectureTest.projections_and_export_read_no_clock, Decimals.class);
    }

    @Test
    void adapterUsingProjectionCodeIsCaught() {
        catches(ArchitectureTest.adapters_never_touch_projections_or_export, AdapterUsingAProjection.class);
    }

    @Test
    void domainDependingOnTheAppIsCaught() {
        catches(ArchitectureTest.nothing_depends_on_the_app, DomainUsingTheApp.class);
        passes(ArchitectureTest.nothing_depends_on_the_app, Rejection.class);
    }

    @Test
    void packageCycleIsCaught() {
        EvaluationResult result = ArchitectureTest.no_package_cycles.evaluate(classes(A.class, B.class));
        assertTrue(result.hasViolation(), "the planted cycle a <-> b was not reported");
        passes(ArchitectureTest.no_package_cycles, A.class);
    }
}
