package org.dashboard.snapshot.projections.common;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact sum of doubles, as {@code new BigDecimal(a).add(new BigDecimal(b))...} would give, without a
 * BigDecimal per value: each value is added as a 128-bit fixed-point integer with 64 fractional bits, which
 * holds every double from 2^-64 to 2^40 (and smaller ones whose low bits are zero) exactly, for up to 2^20
 * values. A value outside that range, or more values, moves the sum to BigDecimal for good; the result is the
 * same either way.
 */
public final class ExactSum {
    private static final int FRACTION_BITS = 64;
    private static final int MAX_EXPONENT = 40;
    private static final long MAX_FIXED_COUNT = 1L << 20;
    private static final BigDecimal ULP = new BigDecimal(BigInteger.valueOf(5).pow(FRACTION_BITS), FRACTION_BITS);

    private long high;
    private long low;
    private long count;
    private BigDecimal exact; // non-null once the fixed-point form cannot hold the sum

    /** Adds a value. NaN and infinities are refused as {@code new BigDecimal(double)} refuses them. */
    public ExactSum add(double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("Infinite or NaN");
        }
        count++;
        if (exact == null && !addFixed(value)) {
            exact = fixedValue();
        }
        if (exact != null) {
            exact = exact.add(new BigDecimal(value));
        }
        return this;
    }

    /** How many values were added. */
    public long count() {
        return count;
    }

    /** The exact sum. */
    public BigDecimal value() {
        return exact != null ? exact : fixedValue();
    }

    private boolean addFixed(double value) {
        if (count > MAX_FIXED_COUNT) {
            return false;
        }
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xf_ffff_ffff_ffffL;
        if (biased == 0) {
            if (mantissa == 0) {
                return true; // zero (of either sign)
            }
            return false; // subnormal
        }
        mantissa |= 1L << 52;
        int shift = biased - 1075 + FRACTION_BITS; // value * 2^64 = mantissa * 2^shift
        if (biased - 1023 >= MAX_EXPONENT) {
            return false;
        }
        long addLow;
        long addHigh;
        if (shift < 0) { // below 2^-11: exact only when the bits shifted out are zero
            if (Long.numberOfTrailingZeros(mantissa) < -shift) {
                return false;
            }
            addLow = mantissa >> -shift;
            addHigh = 0;
        } else if (shift == 0) {
            addLow = mantissa;
            addHigh = 0;
        } else { // shift <= 51: below 2^40
            addLow = mantissa << shift;
            addHigh = mantissa >>> (64 - shift);
        }
        if (bits < 0) { // negate the 128-bit addend
            addLow = -addLow;
            addHigh = ~addHigh + (addLow == 0 ? 1 : 0);
        }
        long sumLow = low + addLow;
        long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
        low = sumLow;
        high = high + addHigh + carry;
        return true;
    }

    private BigDecimal fixedValue() {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        BigInteger scaled = new BigInteger(bytes);
        return scaled.signum() == 0 ? BigDecimal.ZERO : new BigDecimal(scaled).multiply(ULP);
    }
}
