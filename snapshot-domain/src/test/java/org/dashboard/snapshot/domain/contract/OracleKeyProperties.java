package org.dashboard.snapshot.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class OracleKeyProperties {

    @Property(tries = 200)
    void lowerCaseKeysRoundTripThroughTheirText(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String letters) {
        String key = "o" + letters.toLowerCase(java.util.Locale.ROOT);
        assertEquals(key, OracleKey.of(key).toString());
    }

    @Property(tries = 200)
    void keysWithUpperCaseLettersAreInvalid(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String letters) {
        String key = "X" + letters;
        assertFalse(OracleKey.isValid(key));
    }
}
