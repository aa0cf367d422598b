package org.dashboard.snapshot.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dashboard.snapshot.domain.json.JsonValue;
import org.junit.jupiter.api.Test;

class OutcomeTest {
    private static final Rejection NO = Rejection.ofField(RequestReason.INVALID_FIELD, "f", JsonValue.of(1), "bad f");

    @Test
    void acceptedOutcomeHoldsItsValue() {
        Outcome<String> outcome = Outcome.accepted("v");

        assertTrue(outcome.isAccepted());
        assertEquals("v", outcome.value());
        assertEquals(new Outcome.Accepted<>("v"), outcome);
    }

    @Test
    void acceptedOutcomeHasNoRejection() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Outcome.accepted("v").rejection());

        assertEquals("accepted outcome has no rejection", thrown.getMessage());
    }

    @Test
    void rejectedOutcomeHoldsItsRejection() {
        Outcome<String> outcome = Outcome.rejected(NO);

        assertFalse(outcome.isAccepted());
        assertEquals(NO, outcome.rejection());
    }

    @Test
    void valueOfARejectedOutcomeNamesTheReason() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Outcome.rejected(NO).value());

        assertEquals("rejected: invalid_field: bad f", thrown.getMessage());
    }

    @Test
    void mapAppliesToAcceptedValuesOnly() {
        assertEquals(Outcome.accepted(3), Outcome.accepted("abc").map(String::length));
        assertEquals(Outcome.rejected(NO), Outcome.<String>rejected(NO).map(s -> {
            throw new AssertionError("mapper must not run");
        }));
    }

    @Test
    void flatMapChainsAcceptedValuesAndPassesRejectionsThrough() {
        assertEquals(Outcome.accepted(3), Outcome.accepted("abc").flatMap(s -> Outcome.accepted(s.length())));
        assertEquals(Outcome.rejected(NO), Outcome.accepted("abc").flatMap(s -> Outcome.rejected(NO)));
        assertEquals(Outcome.rejected(NO), Outcome.<String>rejected(NO).flatMap(s -> {
            throw new AssertionError("mapper must not run");
        }));
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> Outcome.accepted(null));
        assertThrows(NullPointerException.class, () -> Outcome.rejected(null));
    }
}
