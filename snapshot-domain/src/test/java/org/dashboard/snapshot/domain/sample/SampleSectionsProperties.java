package org.dashboard.snapshot.domain.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.domain.json.JsonValue;

class SampleSectionsProperties {

    @Property(tries = 25)
    void theSameArgumentsGiveEqualPayloadsInEveryScope(@ForAll @LongRange(min = 1, max = 1_000_000_000) long sectionId,
            @ForAll @IntRange(min = 0, max = 400) int students, @ForAll long seed) {
        SampleSection first = SampleSections.generate(sectionId, students, seed);
        SampleSection second = SampleSections.generate(sectionId, students, seed);
        assertEquals(first.courseTitle(), second.courseTitle());
        assertEquals(first.scopes(), second.scopes());
        for (Scope scope : first.scopes()) {
            assertEquals(first.oracles(scope), second.oracles(scope), "payloads of " + scope);
        }
    }

    @Property(tries = 25)
    void differentSeedsGiveDifferentSections(@ForAll @IntRange(min = 0, max = 200) int students,
            @ForAll long seed, @ForAll long otherSeed) {
        Assume.that(seed != otherSeed);
        SampleSection first = SampleSections.generate(1001, students, seed);
        SampleSection second = SampleSections.generate(1001, students, otherSeed);
        assertNotEquals(first.oracles(Scope.course()), second.oracles(Scope.course()));
    }

    @Property(tries = 20)
    void differentSectionIdsGiveDifferentSections(@ForAll @LongRange(min = 1, max = 1_000_000) long sectionId,
            @ForAll long seed) {
        SampleSection section = SampleSections.generate(sectionId, 20, seed);
        SampleSection next = SampleSections.generate(sectionId + 1, 20, seed);
        assertNotEquals(section.oracles(Scope.course()).get(OracleKey.SCOPE_RESOURCES),
                next.oracles(Scope.course()).get(OracleKey.SCOPE_RESOURCES));
    }

    /** Bins sum to total_students, items exist, ids are unique, values lie in their units: every scope. */
    @Property(tries = 30)
    void everyGeneratedSectionKeepsItsPromises(@ForAll @LongRange(min = 1, max = 1_000_000_000) long sectionId,
            @ForAll @IntRange(min = 0, max = 400) int students, @ForAll long seed) {
        SampleInvariants.check(SampleSections.generate(sectionId, students, seed));
    }

    @Property(tries = 20)
    void theCourseDependsOnTheSectionAndSeedOnlyNotOnTheClassSize(@ForAll @IntRange(min = 0, max = 300) int students,
            @ForAll @IntRange(min = 0, max = 300) int otherStudents, @ForAll long seed) {
        SampleSection section = SampleSections.generate(77, students, seed);
        SampleSection other = SampleSections.generate(77, otherStudents, seed);
        assertEquals(section.scopes(), other.scopes());
        for (Scope scope : section.scopes()) {
            assertEquals(section.oracles(scope).get(OracleKey.SCOPE_RESOURCES),
                    other.oracles(scope).get(OracleKey.SCOPE_RESOURCES));
        }
    }

    @Property(tries = 300)
    void fastTimestampsMatchTheWireFormat(@ForAll @LongRange(min = -2_000_000_000L, max = 8_000_000_000L) long second) {
        assertEquals(Timestamps.format(Instant.ofEpochSecond(second)), SamplePayloads.isoSeconds(second));
    }

    @Property(tries = 500)
    void percentagesAreTheNumbersADoubleWouldPrint(@ForAll @IntRange(min = 0, max = 10_000) int hundredths) {
        assertEquals(JsonValue.of(hundredths / 100.0), SamplePayloads.decimal(hundredths, 2));
    }

    @Property(tries = 500)
    void fractionsAreTheNumbersADoubleWouldPrint(@ForAll @IntRange(min = 10, max = 10_000) int tenThousandths) {
        assertEquals(JsonValue.of(tenThousandths / 10_000.0), SamplePayloads.decimal(tenThousandths, 4));
    }
}
