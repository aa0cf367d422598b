package org.dashboard.snapshot.export.dataset;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dashboard.snapshot.domain.contract.Capability;

/**
 * One CSV dataset of an export profile (FR-009): its id, its file in the ZIP, the projections it is rendered
 * from, what happens when one of them is not published, and its serializer.
 *
 * @param datasetId for example {@code student_progress}
 * @param filename the entry name in the ZIP, for example {@code student_progress.csv}
 * @param requiredCapabilities the projections the dataset is rendered from (at least one, no duplicates)
 * @param policy what happens when a required projection is failed or unavailable
 * @param serializer renders the rows
 */
public record DatasetSpec(String datasetId, String filename, List<Capability> requiredCapabilities,
                          DatasetPolicy policy, DatasetSerializer serializer) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern FILENAME = Pattern.compile("[a-z0-9_][a-z0-9_.-]{0,95}\\.csv");

    public DatasetSpec {
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(filename, "filename");
        requiredCapabilities = List.copyOf(requiredCapabilities);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(serializer, "serializer");
        if (!ID.matcher(datasetId).matches()) {
            throw new IllegalArgumentException("dataset id must match " + ID.pattern() + ", got '" + datasetId + "'");
        }
        if (!FILENAME.matcher(filename).matches()) {
            throw new IllegalArgumentException("dataset file name must match " + FILENAME.pattern() + ", got '"
                    + filename + "'");
        }
        if (requiredCapabilities.isEmpty()) {
            throw new IllegalArgumentException("dataset " + datasetId + " must require at least one projection");
        }
        if (requiredCapabilities.stream().distinct().count() != requiredCapabilities.size()) {
            throw new IllegalArgumentException("dataset " + datasetId + " requires a projection twice: "
                    + requiredCapabilities);
        }
    }

    /** A dataset whose file is {@code <datasetId>.csv}. */
    public static DatasetSpec of(String datasetId, List<Capability> requiredCapabilities, DatasetPolicy policy,
                                 DatasetSerializer serializer) {
        return new DatasetSpec(datasetId, datasetId + ".csv", requiredCapabilities, policy, serializer);
    }
}
