package org.dashboard.snapshot.projections.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link ExactSum} equals the BigDecimal sum of the exact values, in the fixed-point range and outside it. */
class ExactSumTest {

    static BigDecimal reference(List<Double> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double value : values) {
            sum = sum.add(new BigDecimal(value));
        }
        return sum;
    }

    static BigDecimal sum(List<Double> values) {
        ExactSum sum = new ExactSum();
        values.forEach(sum::add);
        assertEquals(values.size(), sum.count());
        return sum.value();
    }

    @Test
    void examples() {
        assertEquals(0, BigDecimal.ZERO.compareTo(sum(List.of())));
        assertEquals(0, reference(List.of(0.5, -0.25, 0.05)).compareTo(sum(List.of(0.5, -0.25, 0.05))));
        assertEquals(0, reference(List.of(0.1, 0.2)).compareTo(sum(List.of(0.1, 0.2))));
        assertEquals(0, new BigDecimal("165").compareTo(sum(List.of(82.5, 82.5))));
        assertEquals(0, new BigDecimal("-1").compareTo(sum(List.of(-0.5, -0.5, 0.0, -0.0))));
        assertEquals(0, reference(List.of(1e-300, 3.0)).compareTo(sum(List.of(1e-300, 3.0))));
        assertEquals(0, reference(List.of(Double.MIN_VALUE, 1e20, -7.5)).compareTo(
                sum(List.of(Double.MIN_VALUE, 1e20, -7.5))));
        assertEquals(0, reference(List.of(0x1p-70, 0x1p39, -0x1p39, 0x1p40))
                .compareTo(sum(List.of(0x1p-70, 0x1p39, -0x1p39, 0x1p40))));
    }

    @Test
    void manyValuesLeaveTheFixedPointRangeExactly() {
        ExactSum sum = new ExactSum();
        for (int i = 0; i < (1 << 20) + 5; i++) {
            sum.add(0x1.fffffffffffffp39);
        }
        BigDecimal expected = new BigDecimal(0x1.fffffffffffffp39).multiply(BigDecimal.valueOf((1 << 20) + 5));
        assertEquals(0, expected.compareTo(sum.value()));
    }

    @Test
    void nonFiniteValuesAreRefused() {
        assertThrows(NumberFormatException.class, () -> new ExactSum().add(Double.NaN));
        assertThrows(NumberFormatException.class, () -> new ExactSum().add(Double.NEGATIVE_INFINITY));
    }

    @Property(tries = 2000)
    void equalsTheBigDecimalSum(@ForAll("values") List<Double> values) {
        assertEquals(0, reference(values).compareTo(sum(values)));
    }

    @Provide
    Arbitrary<List<Double>> values() {
        Arbitrary<Double> one = Arbitraries.oneOf(
                Arbitraries.doubles().between(-100, 100),
                Arbitraries.doubles().between(0, 1).ofScale(4),
                Arbitraries.doubles().between(-1e13, 1e13),
                Arbitraries.doubles().between(-1e-3, 1e-3).ofScale(12),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite));
        return one.list().ofMaxSize(60);
    }
}
