package org.dashboard.snapshot.projections.assessments;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.Payload;
import org.dashboard.snapshot.domain.projection.ProjectionInput;
import org.dashboard.snapshot.projections.assessments.AssessmentRow.Completion;
import org.dashboard.snapshot.projections.assessments.AssessmentRow.HistogramBin;
import org.dashboard.snapshot.projections.assessments.AssessmentRow.Metrics;
import org.dashboard.snapshot.projections.common.Decimals;
import org.dashboard.snapshot.projections.common.Parameters;
import org.dashboard.snapshot.projections.common.ScopeResources;

/**
 * The {@code assessments} capability (DOMAIN.md 3.5, 3.8, 3.9). Required oracles: {@code oracle_instructor_grades}
 * and {@code oracle_instructor_scope_resources}; no optional oracles. Parameter block {@code assessments}:
 * {@code completion_threshold_pct}, an integer 0..100, default 50.
 *
 * <p>Reads from each grades row {@code page_id, title, minimum, median, mean, maximum, standard_deviation,
 * histogram["0-10".."90-100"], available_at, due_at, completed_count, total_students} and validates exactly those
 * (statistics 0..100 or null, counts integers >= 0, timestamps ISO-8601 or null); {@code section_resource_id}
 * and histogram keys other than the ten ranges are not read. Scope lookups (title fallback, context label,
 * position) use the page id. A duplicated {@code page_id}: the last row wins.
 */
public final class AssessmentsProjection implements CapabilityProjection {
    /** The capability key. */
    public static final Capability CAPABILITY = Capability.of("assessments");
    /** The parameter name in the {@code assessments} block. */
    public static final String COMPLETION_THRESHOLD_PCT = "completion_threshold_pct";
    /** The default completion threshold, in percent. */
    public static final long DEFAULT_COMPLETION_THRESHOLD_PCT = 50;
    /** The ten histogram ranges, in order. */
    public static final List<String> RANGES = List.of("0-10", "10-20", "20-30", "30-40", "40-50", "50-60", "60-70",
            "70-80", "80-90", "90-100");

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    private static final Comparator<Sortable> ORDER = Comparator
            .comparing(Sortable::dateKey, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparingInt(Sortable::scopePosition)
            .thenComparingLong(sortable -> sortable.row().assessmentId());

    @Override
    public Capability capability() {
        return CAPABILITY;
    }

    @Override
    public List<OracleKey> requiredOracles() {
        return List.of(OracleKey.GRADES, OracleKey.SCOPE_RESOURCES);
    }

    @Override
    public List<OracleKey> optionalOracles() {
        return List.of();
    }

    /** Validates {@code completion_threshold_pct} (an integer 0..100; null or absent means 50). */
    @Override
    public JsonObject effectiveParameters(JsonObject requested) {
        Parameters parameters = Parameters.of(requested, Set.of(COMPLETION_THRESHOLD_PCT));
        parameters.integer(COMPLETION_THRESHOLD_PCT, DEFAULT_COMPLETION_THRESHOLD_PCT, 0, 100);
        return parameters.effective();
    }

    @Override
    public AssessmentsBody derive(ProjectionInput input) {
        long threshold = Parameters.read(input.parameters(), COMPLETION_THRESHOLD_PCT,
                DEFAULT_COMPLETION_THRESHOLD_PCT);
        Payload grades = input.required(OracleKey.GRADES);
        ScopeResources scope = ScopeResources.read(input.required(OracleKey.SCOPE_RESOURCES));
        return fromPayloads(grades, scope, threshold);
    }

    /**
     * Derives the body from an {@code oracle_instructor_grades} payload, the scope resources (pass a scope
     * without items when that oracle is not available) and a completion threshold in percent; also usable by
     * {@code ai_context} inside {@code ProjectionInput.readOptional}.
     *
     * @throws org.dashboard.snapshot.domain.projection.InvalidProjectionData naming the path and value of
     *         the first invalid field read
     */
    public static AssessmentsBody fromPayloads(Payload grades, ScopeResources scope, long completionThresholdPct) {
        grades.requireObject();
        Map<Long, Integer> positions = new HashMap<>();
        Map<Long, ScopeResources.Item> items = new HashMap<>();
        List<ScopeResources.Item> scopeItems = scope.items();
        for (int i = 0; i < scopeItems.size(); i++) {
            ScopeResources.Item item = scopeItems.get(i);
            positions.putIfAbsent(item.resourceId(), i);
            items.putIfAbsent(item.resourceId(), item);
        }
        Map<Long, Sortable> byId = new LinkedHashMap<>();
        for (Payload grade : grades.field("grades").optionalElements()) {
            Sortable sortable = read(grade, items, positions, completionThresholdPct);
            byId.put(sortable.row().assessmentId(), sortable);
        }
        List<Sortable> sorted = new ArrayList<>(byId.values());
        sorted.sort(ORDER);
        List<AssessmentRow> rows = new ArrayList<>(sorted.size());
        for (Sortable sortable : sorted) {
            rows.add(sortable.row());
        }
        return new AssessmentsBody(!rows.isEmpty(), rows.size(), rows);
    }

    /** The titles of the assessments whose completion status is "bad", in row order, for ai_context. */
    public static List<String> badCompletionTitles(AssessmentsBody body) {
        List<String> titles = new ArrayList<>();
        for (AssessmentRow row : body.rows()) {
            if (Completion.BAD.equals(row.completion().status())) {
                titles.add(row.title());
            }
        }
        return Collections.unmodifiableList(titles);
    }

    /** "good" iff there are students and {@code completed * 100 >= threshold * total}, exactly. */
    static String status(long completed, long total, long thresholdPct) {
        if (total <= 0) {
            return Completion.BAD;
        }
        BigInteger done = BigInteger.valueOf(completed).multiply(HUNDRED);
        BigInteger needed = BigInteger.valueOf(thresholdPct).multiply(BigInteger.valueOf(total));
        return done.compareTo(needed) >= 0 ? Completion.GOOD : Completion.BAD;
    }

    private record Sortable(AssessmentRow row, Instant dateKey, int scopePosition) {
    }

    private static Sortable read(Payload grade, Map<Long, ScopeResources.Item> items, Map<Long, Integer> positions,
                                 long thresholdPct) {
        long id = grade.field("page_id").id();
        ScopeResources.Item item = items.get(id);
        String title = title(grade.field("title").optionalString().orElse(null), item, id);
        Metrics metrics = new Metrics(
                percent(grade.field("minimum")),
                percent(grade.field("median")),
                percent(grade.field("mean")),
                percent(grade.field("maximum")),
                percent(grade.field("standard_deviation")));
        List<HistogramBin> histogram = histogram(grade.field("histogram"));
        Instant availableAt = grade.field("available_at").optionalTimestamp().orElse(null);
        Instant dueAt = grade.field("due_at").optionalTimestamp().orElse(null);
        long completed = grade.field("completed_count").count();
        long total = grade.field("total_students").count();
        Completion completion = new Completion(completed, total, Decimals.ratio(Math.min(completed, total), total, 4),
                completed + " of " + total + " students completed", status(completed, total, thresholdPct));
        AssessmentRow row = new AssessmentRow(id, title, item == null ? null : item.contextLabel(),
                availableAt == null ? null : Timestamps.format(availableAt),
                dueAt == null ? null : Timestamps.format(dueAt), completion, metrics, histogram);
        Instant dateKey = dueAt != null ? dueAt : availableAt;
        return new Sortable(row, dateKey, positions.getOrDefault(id, Integer.MAX_VALUE));
    }

    private static String title(String given, ScopeResources.Item item, long id) {
        String trimmed = given == null ? "" : given.trim();
        if (!trimmed.isEmpty()) {
            return trimmed;
        }
        String scopeTitle = item == null || item.title() == null ? "" : item.title().trim();
        return scopeTitle.isEmpty() ? "Assessment " + id : scopeTitle;
    }

    /** A statistic 0..100 (standard deviation too), 1 dp half-up; null stays null. */
    private static Double percent(Payload value) {
        return value.isNull() ? null : Decimals.round1(value.number(0, 100));
    }

    private static List<HistogramBin> histogram(Payload histogram) {
        Map<String, Payload> members = histogram.optionalMembers();
        List<HistogramBin> bins = new ArrayList<>(RANGES.size());
        for (String range : RANGES) {
            Payload count = members.get(range);
            bins.add(new HistogramBin(range, count == null ? 0 : count.count()));
        }
        return bins;
    }
}
