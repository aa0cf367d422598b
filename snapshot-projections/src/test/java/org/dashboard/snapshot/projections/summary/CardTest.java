package org.dashboard.snapshot.projections.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dashboard.snapshot.projections.summary.SummaryBody.Card;
import org.dashboard.snapshot.projections.summary.SummaryBody.Metrics;
import org.dashboard.snapshot.projections.summary.SummaryBody.SummaryScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Cards and their states, including {@code loading}, which only the incremental stream produces. */
class CardTest {

    @ParameterizedTest
    @CsvSource({"84.5, 84.5%", "70.0, 70%", "0.0, 0%", "100.0, 100%", "0.1, 0.1%", "82.04, 82%"})
    void readyTextIsTheMetricFormatPlusPercent(double value, String text) {
        assertEquals(new Card("x", "X", value, text, "ready"), Card.of("x", "X", value, CardState.READY));
    }

    @Test
    void loadingIsRepresentableWithoutAValue() {
        assertEquals(new Card("x", "X", null, "--", "loading"), Card.of("x", "X", null, CardState.LOADING));
    }

    @ParameterizedTest
    @EnumSource(value = CardState.class, names = {"NO_DATA", "NOT_APPLICABLE", "LOADING", "UNAVAILABLE"})
    void onlyAReadyCardHasAValue(CardState state) {
        assertEquals("--", Card.of("x", "X", null, state).text());
        assertThrows(IllegalArgumentException.class, () -> Card.of("x", "X", 1.0, state));
    }

    @Test
    void aReadyCardNeedsAValue() {
        assertThrows(IllegalArgumentException.class, () -> Card.of("x", "X", null, CardState.READY));
    }

    @Test
    void unknownStateIsRejected() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new Card("x", "X", null, "--", "hidden"));
        assertEquals("unknown card state 'hidden'", thrown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Card("x", "X", null, "--", null));
    }

    @Test
    void wireValuesOfTheStates() {
        assertEquals(List.of("ready", "no_data", "not_applicable", "loading", "unavailable"),
                List.of(CardState.values()).stream().map(CardState::wire).toList());
        for (CardState state : CardState.values()) {
            assertEquals(state, CardState.of(state.wire()));
        }
    }

    @Test
    void bodyRejectsNegativeTotalStudents() {
        assertThrows(IllegalArgumentException.class, () -> new SummaryBody(new SummaryScope("course", "L", null),
                new Metrics(null, null, null), -1, List.of(), null, List.of()));
    }
}
