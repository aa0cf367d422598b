package org.dashboard.snapshot.projections.objectives;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dashboard.snapshot.domain.projection.Payload;

/**
 * One objective's proficiency distribution, normalized (DOMAIN.md 3.9): labels match Low / Medium / High /
 * Not enough data case-insensitively after trimming, other labels are ignored (and not read), counts are
 * integers >= 0, labels that normalize to the same level are summed, and all-zero counts are an empty
 * distribution whose mode is "Not enough data".
 */
final class ProficiencyDistribution {
    static final String LOW = "Low";
    static final String NOT_ENOUGH_DATA = "Not enough data";
    /** The levels in order; the index is the level (ties of the mode go to the lowest). */
    static final List<String> LEVELS = List.of(LOW, "Medium", "High", NOT_ENOUGH_DATA);

    private static final Map<String, Integer> BY_NORMALIZED_LABEL = Map.of(
            "low", 0, "medium", 1, "high", 2, "not enough data", 3);

    private final long[] counts;
    private final boolean[] present;

    private ProficiencyDistribution(long[] counts, boolean[] present) {
        this.counts = counts;
        this.present = present;
    }

    /** Reads {@code proficiency_distribution}; null or absent is an empty distribution. */
    static ProficiencyDistribution read(Payload distribution) {
        long[] counts = new long[LEVELS.size()];
        boolean[] present = new boolean[LEVELS.size()];
        for (Map.Entry<String, Payload> member : distribution.optionalMembers().entrySet()) {
            Integer level = BY_NORMALIZED_LABEL.get(member.getKey().trim().toLowerCase(Locale.ROOT));
            if (level != null) {
                counts[level] = Math.addExact(counts[level], member.getValue().count());
                present[level] = true;
            }
        }
        return new ProficiencyDistribution(counts, present);
    }

    /** True when every count is zero (or no level is present). */
    boolean isEmpty() {
        for (long count : counts) {
            if (count > 0) {
                return false;
            }
        }
        return true;
    }

    /** The label with the largest count, ties to the lowest level; "Not enough data" when empty. */
    String mode() {
        int best = LEVELS.size() - 1;
        long bestCount = 0;
        for (int level = 0; level < counts.length; level++) {
            if (counts[level] > bestCount) {
                best = level;
                bestCount = counts[level];
            }
        }
        return LEVELS.get(best);
    }

    /** True when the mode is "Low": the objective is challenging. */
    boolean isChallenging() {
        return LOW.equals(mode());
    }

    /** True when a Low, Medium or High count is above zero ("data" for the capability's state). */
    boolean hasData() {
        return counts[0] > 0 || counts[1] > 0 || counts[2] > 0;
    }

    /** The normalized labels present in the row, in level order; empty when all counts are zero. */
    Map<String, Long> asMap() {
        if (isEmpty()) {
            return Map.of();
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (int level = 0; level < counts.length; level++) {
            if (present[level]) {
                out.put(LEVELS.get(level), counts[level]);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
