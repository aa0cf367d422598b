package org.dashboard.snapshot.projections.summary;

import static org.dashboard.snapshot.projections.summary.SummaryFixtures.body;
import static org.dashboard.snapshot.projections.summary.SummaryFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.projections.summary.SummaryBody.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recommendation mapping of DOMAIN.md 3.1, through the engine. */
class RecommendationsTest {

    private static Recommendation recommendation(String payload) {
        return body(only(OracleKey.RECOMMENDATION, payload)).recommendation();
    }

    @ParameterizedTest
    @CsvSource({
            "ready, ready", "thinking, thinking", "unavailable, unavailable", "beginning_course, beginning_course",
            "generating, thinking", "no_signal, beginning_course", "fallback, ready", "expired, unavailable",
            "READY, ready", "Generating, thinking", "NO_SIGNAL, beginning_course", "' Expired ', unavailable",
            "'THINKING', thinking", "Beginning_Course, beginning_course", "Unavailable, unavailable",
            "weird, ready", "pending, ready", "error, ready"})
    void statusIsLowerCasedAndMapped(String status, String expected) {
        assertEquals(expected, Recommendations.status(status));
        assertEquals(new Recommendation(expected, "5", "Hi"),
                recommendation("{'id': 5, 'status': '" + status + "', 'body': 'Hi'}"));
    }

    @Test
    void missingStatusIsReady() {
        assertEquals("ready", Recommendations.status(null));
        assertEquals(new Recommendation("ready", "5", "Hi"), recommendation("{'id': 5, 'body': 'Hi'}"));
    }

    @Test
    void stateIsReadWhenStatusIsMissing() {
        assertEquals("thinking", recommendation("{'state': 'generating'}").status());
        assertEquals("thinking", recommendation("{'status': null, 'state': 'generating'}").status());
        assertEquals("thinking", recommendation("{'status': ' ', 'state': 'generating'}").status());
        assertEquals("unavailable", recommendation("{'status': 'expired', 'state': 'generating'}").status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "42|42", "'abc'|abc", "'0'|0", "5.0|5", "123456789012345678901234|123456789012345678901234",
            "1e3|1000"})
    void positiveIntegerOrNonEmptyStringIdsAreKeptAsStrings(String id, String expected) {
        assertEquals(expected, recommendation("{'id': " + id + "}").recommendationId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"',
            value = {"''", "0", "-1", "1.5", "true", "null", "[1]", "{'x': 1}", "-0.0"})
    void otherIdsAreNull(String id) {
        Derivation derivation = only(OracleKey.RECOMMENDATION, "{'id': " + id + ", 'body': 'b'}").derive();

        assertNull(body(derivation).recommendation().recommendationId());
        assertEquals("b", body(derivation).recommendation().body());
    }

    @Test
    void missingIdIsNull() {
        assertNull(recommendation("{'body': 'b'}").recommendationId());
    }

    @Test
    void bodyThenMessageThenText() {
        assertEquals("B", recommendation("{'body': 'B', 'message': 'M', 'text': 'T'}").body());
        assertEquals("M", recommendation("{'message': 'M', 'text': 'T'}").body());
        assertEquals("M", recommendation("{'body': null, 'message': 'M', 'text': 'T'}").body());
        assertEquals("M", recommendation("{'body': '', 'message': 'M', 'text': 'T'}").body());
        assertEquals("T", recommendation("{'text': 'T'}").body());
        assertEquals("T", recommendation("{'body': ' ', 'message': null, 'text': 'T'}").body());
        assertNull(recommendation("{'id': 1}").body());
        assertNull(recommendation("{'text': '  '}").body());
    }

    @Test
    void laterBodyFieldsAreNotReadOnceOneIsFound() {
        Derivation derivation = SummaryFixtures.example()
                .ok(OracleKey.RECOMMENDATION, "{'body': 'B', 'message': 3, 'text': false}").derive();

        assertEquals("B", body(derivation).recommendation().body());
        assertEquals(ProjectionStatus.READY, derivation.status());
    }

    @Test
    void nonStringBodyIsInvalidWithPathAndValue() {
        Derivation derivation = only(OracleKey.RECOMMENDATION, "{'body': 7}").derive();

        assertEquals("oracles.oracle_instructor_recommendation.body",
                derivation.status().details().get().path().get());
        assertEquals(TestJson.parse("7"), derivation.status().details().get().value().get());
        assertEquals(new Recommendation("unavailable", null, null), body(derivation).recommendation());
    }

    @Test
    void nonObjectPayloadIsInvalid() {
        Derivation derivation = only(OracleKey.RECOMMENDATION, "'ready'").derive();

        assertEquals("oracles.oracle_instructor_recommendation", derivation.status().details().get().path().get());
        assertEquals(new Recommendation("unavailable", null, null), body(derivation).recommendation());
    }

    @Test
    void nonStringStateIsInvalid() {
        Derivation derivation = only(OracleKey.RECOMMENDATION, "{'state': ['x']}").derive();

        assertEquals("oracles.oracle_instructor_recommendation.state",
                derivation.status().details().get().path().get());
    }
}
