package org.dashboard.snapshot.projections.progress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.projection.InvalidProjectionData;
import org.dashboard.snapshot.domain.projection.Payload;

/**
 * The payload of {@code oracle_instructor_progress_bins}:
 * {@code {bin_size: 10, total_students, by_resource_bins | by_container_bins: {"<id>": {"0": n, ..., "100": n}}}}.
 *
 * <p>Bins are upper deciles: a student at 41% is counted in bin {@code "50"}, bin {@code "0"} holds only students
 * at exactly 0%. Bin keys are JSON strings compared as numbers; they must be whole multiples of 10 in 0..100.
 * Resource keys must be positive integers written in plain decimal. {@code by_resource_bins} is used when it is
 * present and not null, else {@code by_container_bins}; when neither is there, no resource has bins.
 * {@code bin_size}, when present, must be 10. Counts are JSON integers {@code >= 0}.
 */
public final class ProgressBins {
    /** The width of one bin, in percentage points. */
    public static final int BIN_SIZE = 10;
    private static final int BIN_COUNT = 100 / BIN_SIZE + 1;
    private static final Pattern RESOURCE_KEY = Pattern.compile("[1-9][0-9]{0,17}");

    private final long totalStudents;
    private final Map<Long, long[]> byResource;

    private ProgressBins(long totalStudents, Map<Long, long[]> byResource) {
        this.totalStudents = totalStudents;
        this.byResource = byResource;
    }

    /**
     * Bins from plain values (for callers that already hold typed data, and for tests).
     *
     * @param totalStudents the class size, {@code >= 0}
     * @param bins resource id -> (bin 0, 10, ..., 100 -> count)
     */
    public static ProgressBins of(long totalStudents, Map<Long, Map<Integer, Long>> bins) {
        if (totalStudents < 0) {
            throw new IllegalArgumentException("total_students must be >= 0, got " + totalStudents);
        }
        Map<Long, long[]> byResource = new HashMap<>();
        for (Map.Entry<Long, Map<Integer, Long>> resource : bins.entrySet()) {
            long id = Objects.requireNonNull(resource.getKey(), "resource id");
            if (id <= 0) {
                throw new IllegalArgumentException("resource ids are positive, got " + id);
            }
            long[] counts = new long[BIN_COUNT];
            for (Map.Entry<Integer, Long> bin : resource.getValue().entrySet()) {
                int key = bin.getKey();
                long count = bin.getValue();
                if (key < 0 || key > 100 || key % BIN_SIZE != 0 || count < 0) {
                    throw new IllegalArgumentException("bin " + key + " -> " + count + " of resource " + id);
                }
                counts[key / BIN_SIZE] = Math.addExact(counts[key / BIN_SIZE], count);
            }
            byResource.put(id, counts);
        }
        return new ProgressBins(totalStudents, byResource);
    }

    /** Reads and validates the payload (every field read is validated; the unused bins map is not read). */
    public static ProgressBins read(Payload payload) {
        payload.requireObject();
        Payload binSize = payload.field("bin_size");
        if (!binSize.isNull() && binSize.integer() != BIN_SIZE) {
            throw binSize.invalid("expected bin_size " + BIN_SIZE);
        }
        long totalStudents = payload.field("total_students").count();
        Payload map = payload.field("by_resource_bins");
        if (map.isNull()) {
            map = payload.field("by_container_bins");
        }
        Map<Long, long[]> byResource = new HashMap<>();
        for (Map.Entry<String, Payload> resource : map.optionalMembers().entrySet()) {
            long id = resourceId(resource.getKey(), resource.getValue());
            long[] counts = new long[BIN_COUNT];
            for (Map.Entry<String, Payload> bin : resource.getValue().members().entrySet()) {
                int index = binIndex(bin.getKey(), bin.getValue());
                counts[index] = Math.addExact(counts[index], bin.getValue().count());
            }
            byResource.put(id, counts);
        }
        return new ProgressBins(totalStudents, byResource);
    }

    private static long resourceId(String key, Payload at) {
        if (!RESOURCE_KEY.matcher(key).matches()) {
            throw keyError(at, key, "expected a positive integer resource id as key");
        }
        return Long.parseLong(key);
    }

    private static int binIndex(String key, Payload at) {
        BigDecimal value;
        try {
            value = new BigDecimal(key);
        } catch (NumberFormatException notANumber) {
            throw keyError(at, key, "expected a numeric bin key");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
                || value.remainder(BigDecimal.valueOf(BIN_SIZE)).signum() != 0) {
            throw keyError(at, key, "expected a bin key among 0, 10, ..., 100");
        }
        return value.intValueExact() / BIN_SIZE;
    }

    private static InvalidProjectionData keyError(Payload at, String key, String message) {
        return new InvalidProjectionData(at.oracle(), at.path(), JsonValue.of(key), message);
    }

    /** The class size ({@code total_students}). */
    public long totalStudents() {
        return totalStudents;
    }

    /** True when the resource has an entry in the bins map (even an all-zero one). */
    public boolean has(long resourceId) {
        return byResource.containsKey(resourceId);
    }

    /**
     * The number of students of the resource at or above the threshold: the sum of the bins whose key is
     * {@code >= threshold}; 0 for a resource without bins.
     *
     * @param threshold 10..100, a multiple of 10
     */
    public long completed(long resourceId, int threshold) {
        if (threshold < BIN_SIZE || threshold > 100 || threshold % BIN_SIZE != 0) {
            throw new IllegalArgumentException("threshold must be 10..100 in steps of 10, got " + threshold);
        }
        long[] counts = byResource.get(resourceId);
        if (counts == null) {
            return 0;
        }
        long sum = 0;
        for (int i = threshold / BIN_SIZE; i < BIN_COUNT; i++) {
            sum = Math.addExact(sum, counts[i]);
        }
        return sum;
    }
}
