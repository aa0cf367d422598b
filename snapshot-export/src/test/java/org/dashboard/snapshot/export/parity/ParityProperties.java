package org.dashboard.snapshot.export.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.sample.SampleSection;
import org.dashboard.snapshot.domain.sample.SampleSections;
import org.dashboard.snapshot.export.CsvExport;
import org.dashboard.snapshot.export.ExportArchive;
import org.dashboard.snapshot.export.request.ExportRequest;

/**
 * The parity suite as a property (FR-012, AC-002, NFR-COR-001): generated sections of several sizes, random scopes,
 * thresholds, time zones and request texts; the CSVs parsed back equal the projections, and two exports of the same
 * bundle are byte-identical.
 */
class ParityProperties {
    private static final List<String> ZONES = List.of("Etc/UTC", "America/New_York", "Asia/Kathmandu",
            "Pacific/Chatham", "America/Sao_Paulo", "Europe/Berlin");

    /** Effective parameters: a progress threshold and consistent support thresholds. */
    @Provide
    Arbitrary<String> parameters() {
        Arbitrary<Integer> completion = Arbitraries.integers().between(1, 10).map(i -> i * 10);
        Arbitrary<Integer> inactivity = Arbitraries.integers().between(1, 365);
        Arbitrary<Integer> progressLow = Arbitraries.integers().between(0, 99);
        Arbitrary<Integer> proficiencyLow = Arbitraries.integers().between(0, 99);
        Arbitrary<String> zone = Arbitraries.of(ZONES);
        return Combinators.combine(completion, inactivity, progressLow, proficiencyLow, zone)
                .as((c, days, pLow, fLow, z) -> "{'timezone': '" + z + "', 'progress': {'completion_threshold': " + c
                        + "}, 'student_support': {'inactivity_days': " + days + ", 'struggling_progress_low_lt': "
                        + pLow + ", 'excelling_progress_gte': " + (pLow + 1 + (100 - pLow - 1) / 2)
                        + ", 'struggling_proficiency_lte': " + fLow + ", 'excelling_proficiency_gte': "
                        + (fLow + 1 + (100 - fLow - 1) / 2) + "}}");
    }

    @Provide
    Arbitrary<ExportRequest> requests() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of("=Course, \"A\"", "Unit\n2",
                "Gardening", "Course", "  "));
        return Combinators.combine(text, text, text, Arbitraries.of(false, true))
                .as((name, label, section, ai) -> ExportRequest.defaults()
                        .withProfile(ai ? "with_optional_ai" : "default").withCourseName(name)
                        .withDashboardScopeLabel(label).withCourseSection(section));
    }

    @Property(tries = 40)
    void everyExportOfAGeneratedSectionParsesBackToItsProjections(
            @ForAll("sizes") int students, @ForAll @IntRange(min = 1, max = 1000) int sectionId,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 1000) int scopeChoice,
            @ForAll("parameters") String parameters, @ForAll("requests") ExportRequest request) {
        SampleSection section = SampleSections.generate(sectionId, students, seed);
        List<Scope> scopes = section.scopes();
        Scope scope = scopes.get(scopeChoice % scopes.size());
        Snapshot bundle = Samples.bundle(section, scope, parameters);
        ExportArchive archive = CsvExport.standard().buildZip(bundle, request).value();

        assertEquals(List.of(), CsvParity.check(bundle, request, archive));
        assertTrue(archive.manifest().datasets().size() >= 8);
        Snapshot again = Samples.bundle(section, scope, parameters);
        assertArrayEquals(archive.zip(), CsvExport.standard().buildZip(again, request).value().zip());
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.of(0, 1, 2, 7, 20, 60, 200);
    }
}
