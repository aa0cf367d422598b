package org.dashboard.snapshot.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of ARCHITECTURE.md and FR-011 / AC-006, as allow-lists over every module's production
 * classes (anchored on the common root package). The Maven graph and the enforcer plugin are the first fence;
 * these rules are the second. {@link ArchitectureRulesHaveTeethTest} proves each rule catches a planted violation.
 */
class ArchitectureTest {
    static final String ROOT = "org.dashboard.snapshot";

    static final ArchRule domain_depends_only_on_the_jdk = classes()
            .that().resideInAPackage("..snapshot.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..snapshot.domain..")
            .because("the domain is framework-free: contract, assembler, engine and ports need only the JDK");

    static final ArchRule projections_depend_only_on_the_domain_and_the_jdk = classes()
            .that().resideInAPackage("..snapshot.projections..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "..snapshot.domain..", "..snapshot.projections..")
            .because("projections are pure functions of a snapshot");

    static final ArchRule export_depends_only_on_projections_csv_and_jackson = classes()
            .that().resideInAPackage("..snapshot.export..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "..snapshot.domain..", "..snapshot.projections..", "..snapshot.export..",
                    "org.apache.commons.csv..", "com.fasterxml.jackson..")
            .because("the export is a transform of the bundle (FR-006, FR-007)");

    static final ArchRule only_data_snapshot_uses_the_ports = classes()
            .that().resideInAPackage("..snapshot.domain.port..")
            .should().onlyBeAccessed().byClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "DataSnapshot, the ports themselves, their adapters or the app wiring",
                    c -> c.getPackageName().startsWith(ROOT + ".domain.port")
                            || c.getName().equals(ROOT + ".domain.service.DataSnapshot")
                            || c.getName().startsWith(ROOT + ".domain.service.DataSnapshot$")
                            || c.getPackageName().startsWith(ROOT + ".adapters")
                            || c.getPackageName().startsWith(ROOT + ".app")))
            .because("FR-011: the assembler, the projections and the export never touch a port");

    static final ArchRule assembler_and_engine_never_reach_a_port = noClasses()
            .that().resideInAnyPackage("..snapshot.domain.assembly..", "..snapshot.domain.projection..",
                    "..snapshot.domain.contract..", "..snapshot.domain.json..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..snapshot.domain.port..", "..snapshot.domain.service..")
            .because("AC-006: assembly and derivation are queryless and policy-free");

    static final ArchRule projections_never_reach_a_port = noClasses()
            .that().resideInAPackage("..snapshot.projections..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..snapshot.domain.port..", "..snapshot.domain.service..", "..snapshot.adapters..")
            .because("a projection reads only its snapshot and parameters");

    static final ArchRule export_never_queries_or_caches = noClasses()
            .that().resideInAPackage("..snapshot.export..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..snapshot.domain.port..", "..snapshot.domain.service..", "..snapshot.adapters..")
            .because("AC-003: the export never calls an oracle, a cache or a coordinator");

    static final ArchRule projections_and_export_read_no_clock = noClasses()
            .that().resideInAnyPackage("..snapshot.projections..", "..snapshot.export..")
            .should().dependOnClassesThat().belongToAnyOf(Clock.class)
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("the only 'now' of a projection or an export is the snapshot's generated_at");

    static final ArchRule adapters_never_touch_projections_or_export = noClasses()
            .that().resideInAPackage("..snapshot.adapters..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..snapshot.projections..", "..snapshot.export..")
            .because("adapters implement ports; they know nothing of projections or exports");

    static final ArchRule nothing_depends_on_the_app = noClasses()
            .that().resideOutsideOfPackage("..snapshot.app..")
            .should().dependOnClassesThat().resideInAPackage("..snapshot.app..")
            .because("the app wires everything; nothing wires the app");

    static final ArchRule no_package_cycles = slices()
            .matching(ROOT + ".(**)")
            .should().beFreeOfCycles()
            .because("packages form a one-way graph");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    @Test
    void theImportSeesEveryModule() {
        for (String module : new String[] {"domain", "projections", "export", "adapters", "app"}) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    production.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + module)),
                    "no production class of module " + module + " was imported");
        }
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        domain_depends_only_on_the_jdk.check(production);
    }

    @Test
    void projectionsDependOnlyOnTheDomainAndTheJdk() {
        projections_depend_only_on_the_domain_and_the_jdk.check(production);
    }

    @Test
    void exportDependsOnlyOnProjectionsCsvAndJackson() {
        export_depends_only_on_projections_csv_and_jackson.check(production);
    }

    @Test
    void onlyDataSnapshotUsesThePorts() {
        only_data_snapshot_uses_the_ports.check(production);
    }

    @Test
    void assemblerAndEngineNeverReachAPort() {
        assembler_and_engine_never_reach_a_port.check(production);
    }

    @Test
    void projectionsNeverReachAPort() {
        projections_never_reach_a_port.check(production);
    }

    @Test
    void exportNeverQueriesOrCaches() {
        export_never_queries_or_caches.check(production);
    }

    @Test
    void projectionsAndExportReadNoClock() {
        projections_and_export_read_no_clock.check(production);
    }

    @Test
    void adaptersNeverTouchProjectionsOrExport() {
        adapters_never_touch_projections_or_export.check(production);
    }

    @Test
    void nothingDependsOnTheApp() {
        nothing_depends_on_the_app.check(production);
    }

    @Test
    void noPackageCycles() {
        no_package_cycles.check(production);
    }
}
