package org.dashboard.snapshot.projections.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.InvalidParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation of {@code parameters.student_support} (DOMAIN.md 3.3). */
class SupportParametersTest {

    static InvalidParameters refused(String block) {
        return assertThrows(InvalidParameters.class, () -> SupportParameters.validate(SupportJson.object(block)));
    }

    @Test
    void emptyBlockGivesEveryDefaultInOrder() {
        JsonObject effective = SupportParameters.validate(JsonObject.EMPTY);
        assertEquals(List.of("inactivity_days", "struggling_progress_low_lt", "struggling_proficiency_lte",
                "excelling_progress_gte", "excelling_proficiency_gte"), List.copyOf(effective.members().keySet()));
        assertEquals(List.of(JsonValue.of(7), JsonValue.of(40), JsonValue.of(40), JsonValue.of(80), JsonValue.of(80)),
                List.copyOf(effective.members().values()));
        assertEquals(SupportParameters.DEFAULTS, SupportParameters.of(effective));
        assertEquals(new SupportParameters(7, 40, 40, 80, 80), SupportParameters.DEFAULTS);
    }

    @Test
    void requestedValuesOverrideDefaults() {
        JsonObject effective = SupportParameters.validate(SupportJson.object("{'excelling_proficiency_gte': 95,"
                + " 'inactivity_days': 14, 'struggling_progress_low_lt': 30, 'struggling_proficiency_lte': 50,"
                + " 'excelling_progress_gte': 85}"));
        assertEquals(new SupportParameters(14, 30, 50, 85, 95), SupportParameters.of(effective));
        assertEquals("inactivity_days", effective.members().keySet().iterator().next());
    }

    @Test
    void anEffectiveBlockMissingFieldsReadsDefaults() {
        assertEquals(SupportParameters.DEFAULTS, SupportParameters.of(JsonObject.EMPTY));
        assertEquals(new SupportParameters(3, 40, 40, 80, 80),
                SupportParameters.of(SupportJson.object("{'inactivity_days': 3}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'inactivity_days': 1}|1, 40, 40, 80, 80",
        "{'inactivity_days': 365}|365, 40, 40, 80, 80",
        "{'struggling_progress_low_lt': 0}|7, 0, 40, 80, 80",
        "{'struggling_progress_low_lt': 79}|7, 79, 40, 80, 80",
        "{'struggling_proficiency_lte': 0}|7, 40, 0, 80, 80",
        "{'struggling_proficiency_lte': 79}|7, 40, 79, 80, 80",
        "{'excelling_progress_gte': 41}|7, 40, 40, 41, 80",
        "{'excelling_progress_gte': 100}|7, 40, 40, 100, 80",
        "{'excelling_proficiency_gte': 41}|7, 40, 40, 80, 41",
        "{'excelling_proficiency_gte': 100}|7, 40, 40, 80, 100",
        "{'struggling_progress_low_lt': 0, 'excelling_progress_gte': 1}|7, 0, 40, 1, 80",
        "{'struggling_proficiency_lte': 99, 'excelling_proficiency_gte': 100}|7, 40, 99, 80, 100",
        "{'inactivity_days': 10.0}|10, 40, 40, 80, 80",
        "{'inactivity_days': null}|7, 40, 40, 80, 80",
    })
    void boundsAreAccepted(String block, String expected) {
        int[] v = java.util.Arrays.stream(expected.split(",")).map(String::trim).mapToInt(Integer::parseInt)
                .toArray();
        assertEquals(new SupportParameters(v[0], v[1], v[2], v[3], v[4]),
                SupportParameters.of(SupportParameters.validate(SupportJson.object(block))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'inactivity_days': 0}|inactivity_days|0|inactivity_days must be between 1 and 365",
        "{'inactivity_days': 366}|inactivity_days|366|inactivity_days must be between 1 and 365",
        "{'inactivity_days': -7}|inactivity_days|-7|inactivity_days must be between 1 and 365",
        "{'struggling_progress_low_lt': -1}|struggling_progress_low_lt|-1|"
                + "struggling_progress_low_lt must be between 0 and 100",
        "{'struggling_progress_low_lt': 101}|struggling_progress_low_lt|101|"
                + "struggling_progress_low_lt must be between 0 and 100",
        "{'struggling_proficiency_lte': -1}|struggling_proficiency_lte|-1|"
                + "struggling_proficiency_lte must be between 0 and 100",
        "{'struggling_proficiency_lte': 101}|struggling_proficiency_lte|101|"
                + "struggling_proficiency_lte must be between 0 and 100",
        "{'excelling_progress_gte': -1}|excelling_progress_gte|-1|excelling_progress_gte must be between 0 and 100",
        "{'excelling_progress_gte': 101}|excelling_progress_gte|101|excelling_progress_gte must be between 0 and 100",
        "{'excelling_proficiency_gte': -1}|excelling_proficiency_gte|-1|"
                + "excelling_proficiency_gte must be between 0 and 100",
        "{'excelling_proficiency_gte': 101}|excelling_proficiency_gte|101|"
                + "excelling_proficiency_gte must be between 0 and 100",
        "{'inactivity_days': 7.5}|inactivity_days|7.5|inactivity_days must be an integer",
        "{'struggling_proficiency_lte': '40'}|struggling_proficiency_lte|'40'|"
                + "struggling_proficiency_lte must be an integer",
        "{'excelling_progress_gte': [80]}|excelling_progress_gte|[80]|excelling_progress_gte must be an integer",
        "{'threshold': 1}|threshold|1|unknown parameter 'threshold'",
        "{'inactivity_days': 7, 'bucket': 'struggling'}|bucket|'bucket'|unknown parameter 'bucket'",
    })
    void invalidValuesAreRefused(String block, String field, String value, String message) {
        InvalidParameters refused = refused(block);
        assertEquals(field, refused.field());
        JsonValue expected = value.equals("'bucket'") ? JsonValue.of("struggling") : SupportJson.parse(value);
        assertEquals(expected, refused.value());
        assertEquals(message, refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'struggling_progress_low_lt': 80}|struggling_progress_low_lt|80",
        "{'struggling_progress_low_lt': 95}|struggling_progress_low_lt|95",
        "{'excelling_progress_gte': 40}|excelling_progress_gte|40",
        "{'excelling_progress_gte': 0}|excelling_progress_gte|0",
        "{'struggling_progress_low_lt': 50, 'excelling_progress_gte': 50}|struggling_progress_low_lt|50",
        "{'struggling_progress_low_lt': 60, 'excelling_progress_gte': 50}|struggling_progress_low_lt|60",
        "{'struggling_progress_low_lt': null, 'excelling_progress_gte': 40}|excelling_progress_gte|40",
    })
    void overlappingProgressThresholdsAreRefused(String block, String field, String value) {
        InvalidParameters refused = refused(block);
        assertEquals(field, refused.field());
        assertEquals(SupportJson.parse(value), refused.value());
        assertEquals("struggling_progress_low_lt must be less than excelling_progress_gte", refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'struggling_proficiency_lte': 80}|struggling_proficiency_lte|80",
        "{'excelling_proficiency_gte': 40}|excelling_proficiency_gte|40",
        "{'excelling_proficiency_gte': 12}|excelling_proficiency_gte|12",
        "{'struggling_proficiency_lte': 70, 'excelling_proficiency_gte': 70}|struggling_proficiency_lte|70",
    })
    void overlappingProficiencyThresholdsAreRefused(String block, String field, String value) {
        InvalidParameters refused = refused(block);
        assertEquals(field, refused.field());
        assertEquals(SupportJson.parse(value), refused.value());
        assertEquals("struggling_proficiency_lte must be less than excelling_proficiency_gte", refused.getMessage());
    }

    @Test
    void progressOverlapIsReportedBeforeProficiencyOverlap() {
        InvalidParameters refused = refused("{'struggling_proficiency_lte': 90, 'struggling_progress_low_lt': 90}");
        assertEquals("struggling_progress_low_lt", refused.field());
    }

    @Test
    void rangeIsCheckedBeforeOverlap() {
        assertEquals("excelling_progress_gte", refused("{'struggling_progress_low_lt': 90,"
                + " 'excelling_progress_gte': 101}").field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0, 40, 40, 80, 80, 'inactivity_days must be between 1 and 365, got 0'",
        "366, 40, 40, 80, 80, 'inactivity_days must be between 1 and 365, got 366'",
        "7, -1, 40, 80, 80, 'struggling_progress_low_lt must be between 0 and 100, got -1'",
        "7, 40, 101, 80, 80, 'struggling_proficiency_lte must be between 0 and 100, got 101'",
        "7, 40, -1, 80, 80, 'struggling_proficiency_lte must be between 0 and 100, got -1'",
        "7, 40, 40, 101, 80, 'excelling_progress_gte must be between 0 and 100, got 101'",
        "7, 40, 40, 80, 101, 'excelling_proficiency_gte must be between 0 and 100, got 101'",
        "7, 80, 40, 80, 80, 'struggling_progress_low_lt must be below excelling_progress_gte, got 80 and 80'",
        "7, 40, 80, 80, 80, 'struggling_proficiency_lte must be below excelling_proficiency_gte, got 80 and 80'",
    })
    void theRecordRefusesInvalidThresholds(int days, int low, int lte, int gte, int proficiencyGte,
                                           String message) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new SupportParameters(days, low, lte, gte, proficiencyGte));
        assertEquals(message, refused.getMessage());
    }

    @Test
    void theRecordAcceptsItsBounds() {
        assertEquals(1, new SupportParameters(1, 0, 0, 1, 1).inactivityDays());
        assertEquals(365, new SupportParameters(365, 99, 99, 100, 100).inactivityDays());
    }
}
