package org.dashboard.snapshot.projections.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rounding fast path agrees with the exact BigDecimal rule it stands in for, on ordinary values, on values a
 * few ulps either side of every tie, and on values the fast path must hand over.
 */
class DecimalsTest {

    static double exactRound(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    static String exactMetric(double x) {
        BigDecimal rounded = new BigDecimal(x).setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = rounded.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    static String exactRate(double x) {
        return new BigDecimal(x).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    @ParameterizedTest
    @CsvSource({"82.0, 82, 82.0, 82.0", "40.25, 40.3, 40.3, 40.3", "40.24, 40.2, 40.2, 40.2",
            "0.05, 0.1, 0.1, 0.1", "0.15, 0.1, 0.1, 0.1", "-0.04, 0, 0.0, 0.0", "-0.05, -0.1, -0.1, -0.1",
            "-2.25, -2.3, -2.3, -2.3", "100, 100, 100.0, 100.0", "-820, -820, -820.0, -820.0", "0.0, 0, 0.0, 0.0",
            "-0.0, 0, 0.0, 0.0", "1e12, 1000000000000, 1000000000000.0, 1.0E12",
            "2.675, 2.7, 2.7, 2.7", "1.005, 1, 1.0, 1.0"})
    void metricRateAndRoundedValue(double x, String metric, String rate, double rounded) {
        assertEquals(metric, Decimals.metricText(x));
        assertEquals(rate, Decimals.rateText(x));
        assertEquals(rounded, Decimals.round1(x));
        assertEquals(Double.doubleToLongBits(rounded), Double.doubleToLongBits(Decimals.round1(x)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteValuesAreRefusedAsBefore(double x) {
        assertThrows(NumberFormatException.class, () -> Decimals.metricText(x));
        assertThrows(NumberFormatException.class, () -> Decimals.rateText(x));
        assertThrows(NumberFormatException.class, () -> Decimals.round(x, 1));
    }

    @ParameterizedTest
    @CsvSource({"2.5, 0, 3.0", "-2.5, 0, -3.0", "0.12345, 4, 0.1235", "0.000049, 4, 0.0", "123.456789, 6, 123.456789",
            "1.23456789, 7, 1.2345679", "1.5, -1, 0.0"})
    void otherPlaces(double x, int places, double expected) {
        assertEquals(expected, Decimals.round(x, places));
        assertEquals(exactRound(x, places), Decimals.round(x, places));
    }

    @Property(tries = 4000)
    void anyDoubleRoundsAsTheExactRule(@ForAll("doubles") double x, @ForAll @IntRange(min = 0, max = 6) int places) {
        assertEquals(Double.doubleToLongBits(exactRound(x, places)), Double.doubleToLongBits(Decimals.round(x, places)));
    }

    @Property(tries = 4000)
    void nearTiesRoundAsTheExactRule(@ForAll @IntRange(min = -200_000, max = 200_000) int tenths,
                                     @ForAll @IntRange(min = -4, max = 4) int ulps) {
        double tie = (tenths + 0.5) / 100; // a value whose exact form is at or next to a tie at 1 dp... and 2 dp
        double x = tie;
        for (int i = 0; i < Math.abs(ulps); i++) {
            x = ulps > 0 ? Math.nextUp(x) : Math.nextDown(x);
        }
        assertEquals(exactMetric(x), Decimals.metricText(x));
        assertEquals(exactRate(x), Decimals.rateText(x));
        assertEquals(Double.doubleToLongBits(exactRound(x, 1)), Double.doubleToLongBits(Decimals.round1(x)));
        assertEquals(Double.doubleToLongBits(exactRound(x, 2)), Double.doubleToLongBits(Decimals.round(x, 2)));
        double fraction = (tenths + 0.5) / 10;
        assertEquals(exactMetric(fraction), Decimals.metricText(fraction));
        assertEquals(Double.doubleToLongBits(exactRound(fraction * 100, 1)),
                Double.doubleToLongBits(Decimals.percentOfFraction(fraction)));
    }

    @Property(tries = 4000)
    void textFormsMatchTheExactRule(@ForAll("doubles") double x) {
        assertEquals(exactMetric(x), Decimals.metricText(x));
        assertEquals(exactRate(x), Decimals.rateText(x));
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1000, 1000),
                Arbitraries.doubles().between(0, 100).ofScale(3),
                Arbitraries.doubles().between(-1e10, 1e10),
                Arbitraries.integers().between(-100_000, 100_000).map(n -> n / 20.0),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite));
    }
}
