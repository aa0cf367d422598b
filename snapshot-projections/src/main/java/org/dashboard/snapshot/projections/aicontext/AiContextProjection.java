package org.dashboard.snapshot.projections.aicontext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.Payload;
import org.dashboard.snapshot.domain.projection.ProjectionInput;
import org.dashboard.snapshot.projections.aicontext.AiContextFacts.SupportCounts;
import org.dashboard.snapshot.projections.assessments.AssessmentsBody;
import org.dashboard.snapshot.projections.assessments.AssessmentsProjection;
import org.dashboard.snapshot.projections.common.Parameters;
import org.dashboard.snapshot.projections.common.ScopeResources;
import org.dashboard.snapshot.projections.objectives.ChallengingObjectivesBody;
import org.dashboard.snapshot.projections.objectives.ChallengingObjectivesProjection;
import org.dashboard.snapshot.projections.progress.ProgressBins;
import org.dashboard.snapshot.projections.progress.ProgressBody.SeriesItem;
import org.dashboard.snapshot.projections.progress.ProgressSeries;
import org.dashboard.snapshot.projections.summary.SummaryInputs;
import org.dashboard.snapshot.projections.summary.SummaryInputs.GradeRow;
import org.dashboard.snapshot.projections.summary.SummaryInputs.ObjectiveRow;
import org.dashboard.snapshot.projections.summary.SummaryInputs.ProgressRow;
import org.dashboard.snapshot.projections.summary.SummaryMetrics;
import org.dashboard.snapshot.projections.support.ProgressProficiency;
import org.dashboard.snapshot.projections.support.StudentInfo;
import org.dashboard.snapshot.projections.support.StudentSupport;

/**
 * The {@code ai_context} capability (DOMAIN.md 3.6): a compact, deterministic, PII-free summary for an LLM prompt.
 * Requires {@code oracle_instructor_progress_proficiency}; {@code oracle_instructor_student_info},
 * {@code oracle_instructor_objectives_proficiency}, {@code oracle_instructor_grades},
 * {@code oracle_instructor_scope_resources} and {@code oracle_instructor_progress_bins} are optional (absent,
 * failed or invalid: the facts they feed are null and the capability is {@code partial}). Parameter block
 * {@code parameters.ai_context}: {@code max_chars}, an integer 200..100000, default 4000.
 *
 * <p>Every fact reuses another capability's rule: the summary metrics and class size ({@link SummaryMetrics}), the
 * student_support bucket counts ({@link StudentSupport#bucketCounts}), the challenging objective titles
 * ({@link ChallengingObjectivesProjection}), the assessments with a "bad" completion status
 * ({@link AssessmentsProjection}) and the lowest-completion progress items ({@link ProgressSeries}).
 *
 * <p>Fields read (and so validated) per oracle: progress_proficiency rows' {@code student_id},
 * {@code progress_pct}, {@code proficiency_pct}; student_info rows' {@code student_id} only (no name, email or
 * picture is ever read); the objectives fields the summary and challenging_objectives read; the grades fields the
 * summary and assessments read; the whole scope_resources payload; the whole progress_bins payload. An optional
 * oracle is read once, by one reader, so a payload invalid for any of its facts leaves all of them null.
 */
public final class AiContextProjection implements CapabilityProjection {
    /** The capability key. */
    public static final Capability CAPABILITY = Capability.of("ai_context");
    /** The parameter name. */
    public static final String MAX_CHARS = "max_chars";
    /** The default bound of the text, in characters. */
    public static final int DEFAULT_MAX_CHARS = 4000;
    /** The smallest accepted {@code max_chars}. */
    public static final int MIN_MAX_CHARS = 200;
    /** The largest accepted {@code max_chars}. */
    public static final int MAX_MAX_CHARS = 100_000;

    private static final List<OracleKey> OPTIONAL = List.of(OracleKey.STUDENT_INFO,
            OracleKey.OBJECTIVES_PROFICIENCY, OracleKey.GRADES, OracleKey.SCOPE_RESOURCES, OracleKey.PROGRESS_BINS);
    private static final ScopeResources NO_SCOPE = new ScopeResources(null, null, List.of());

    private final Function<ProjectionInput, SharedThresholds> thresholds;

    /**
     * The projection reading the thresholds of {@code student_support}, {@code progress} and {@code assessments}
     * from the snapshot's effective parameters (their defaults when a block is absent), so its facts follow the
     * same rules as those capabilities.
     */
    public AiContextProjection() {
        this(input -> SharedThresholds.of(input.parametersOf(Capability.of("student_support")),
                input.parametersOf(Capability.of("progress")), input.parametersOf(Capability.of("assessments"))));
    }

    /**
     * The projection with the thresholds a function reads from the input (the seam for a
     * {@code ProjectionInput.parametersOf(Capability)} accessor, and for tests).
     */
    public AiContextProjection(Function<ProjectionInput, SharedThresholds> thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    @Override
    public Capability capability() {
        return CAPABILITY;
    }

    @Override
    public List<OracleKey> requiredOracles() {
        return List.of(OracleKey.PROGRESS_PROFICIENCY);
    }

    @Override
    public List<OracleKey> optionalOracles() {
        return OPTIONAL;
    }

    /**
     * {@code {max_chars}}: an integer 200..100000 (a whole JSON number; {@code 4000.0} counts); null or absent gives
     * 4000. Unknown fields, other types and values out of range are {@code invalid_parameters}.
     */
    @Override
    public JsonObject effectiveParameters(JsonObject requested) {
        Parameters parameters = Parameters.of(requested, Set.of(MAX_CHARS));
        parameters.integer(MAX_CHARS, DEFAULT_MAX_CHARS, MIN_MAX_CHARS, MAX_MAX_CHARS);
        return parameters.effective();
    }

    @Override
    public AiContextBody derive(ProjectionInput input) {
        int maxChars = (int) Parameters.read(input.parameters(), MAX_CHARS, DEFAULT_MAX_CHARS);
        AiContextFacts facts = facts(input, Objects.requireNonNull(thresholds.apply(input), "thresholds"));
        AiContextText.Rendered rendered = AiContextText.render(facts.lines(), maxChars);
        return new AiContextBody(facts.asMap(), rendered.text(), rendered.truncated());
    }

    /** Reads the required payload, then each optional one once, and derives the facts. */
    private static AiContextFacts facts(ProjectionInput input, SharedThresholds thresholds) {
        List<ProgressProficiency> progress = ProgressProficiency.read(input.required(OracleKey.PROGRESS_PROFICIENCY));
        Optional<ScopeResources> scope = input.readOptional(OracleKey.SCOPE_RESOURCES, ScopeResources::read);
        Optional<ProgressBins> bins = input.readOptional(OracleKey.PROGRESS_BINS, ProgressBins::read);
        Optional<Grades> grades = input.readOptional(OracleKey.GRADES,
                payload -> Grades.read(payload, scope.orElse(NO_SCOPE), thresholds.completionThresholdPct()));
        Optional<List<StudentInfo>> students = input.readOptional(OracleKey.STUDENT_INFO,
                AiContextProjection::studentIds);
        Optional<Objectives> objectives = input.readOptional(OracleKey.OBJECTIVES_PROFICIENCY, Objectives::read);

        List<ProgressRow> progressRows = new ArrayList<>(progress.size());
        for (ProgressProficiency row : progress) {
            progressRows.add(new ProgressRow(row.studentId(), row.progressPct()));
        }
        String scopeLabel = scope.map(ScopeResources::scopeLabel).filter(label -> !label.isBlank())
                .orElse(input.scope().defaultLabel());
        String courseTitle = scope.map(ScopeResources::courseTitle).orElse(null);
        long classSize = SummaryMetrics.totalStudents(bins.map(ProgressBins::totalStudents).orElse(null),
                progressRows, grades.map(Grades::rows).orElse(List.of()));
        SupportCounts support = students
                .map(info -> SupportCounts.of(StudentSupport.bucketCounts(progress, info, thresholds.support())))
                .orElse(null);
        List<String> assessments = scope.isPresent()
                ? grades.map(g -> AssessmentsProjection.badCompletionTitles(g.body())).orElse(null) : null;
        List<String> lowest = scope.isPresent() && bins.isPresent()
                ? lowestCompletion(scope.get(), bins.get(), thresholds.completionThreshold()) : null;
        return new AiContextFacts(scopeLabel, courseTitle, classSize,
                objectives.map(o -> SummaryMetrics.averageClassProficiency(o.rows())).orElse(null),
                grades.map(g -> SummaryMetrics.averageAssessmentScore(g.rows())).orElse(null),
                SummaryMetrics.averageStudentProgress(progressRows),
                support,
                objectives.map(o -> ChallengingObjectivesProjection.challengingTitles(o.body())).orElse(null),
                assessments, lowest);
    }

    /** The labels of the lowest-completion series items; items without a (non-blank) label are left out. */
    private static List<String> lowestCompletion(ScopeResources scope, ProgressBins bins, int threshold) {
        List<SeriesItem> labelled = new ArrayList<>();
        for (SeriesItem item : ProgressSeries.of(scope, bins, threshold)) {
            if (item.label() != null && !item.label().isBlank()) {
                labelled.add(item);
            }
        }
        List<String> labels = new ArrayList<>(AiContextFacts.LOWEST_COMPLETION_ITEMS);
        for (SeriesItem item : ProgressSeries.lowestCompletion(labelled, AiContextFacts.LOWEST_COMPLETION_ITEMS)) {
            labels.add(item.label());
        }
        return labels;
    }

    /**
     * The student ids of {@code oracle_instructor_student_info} (a list of objects with a positive integer
     * {@code student_id}) as rows without any personal field: nothing else of the payload is read.
     */
    private static List<StudentInfo> studentIds(Payload payload) {
        List<Payload> elements = payload.elements();
        List<StudentInfo> rows = new ArrayList<>(elements.size());
        for (Payload row : elements) {
            rows.add(new StudentInfo(row.field("student_id").id(), null, null, null, null, null));
        }
        return rows;
    }

    /** The grades payload read once by the summary's reader and by the assessments derivation. */
    private record Grades(List<GradeRow> rows, AssessmentsBody body) {
        static Grades read(Payload payload, ScopeResources scope, long thresholdPct) {
            List<GradeRow> rows = SummaryInputs.gradeRows(payload);
            return new Grades(rows, AssessmentsProjection.fromPayloads(payload, scope, thresholdPct));
        }
    }

    /** The objectives payload read once by the summary's reader and by the challenging_objectives derivation. */
    private record Objectives(List<ObjectiveRow> rows, ChallengingObjectivesBody body) {
        static Objectives read(Payload payload) {
            List<ObjectiveRow> rows = SummaryInputs.objectiveRows(payload);
            return new Objectives(rows, ChallengingObjectivesProjection.fromPayload(payload));
        }
    }
}
