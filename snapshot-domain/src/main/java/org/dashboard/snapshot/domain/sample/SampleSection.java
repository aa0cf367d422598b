package org.dashboard.snapshot.domain.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * One generated course section: its structure and students, and the payload of each of the eight instructor oracles
 * for every scope. Payloads are built on first use per scope and kept (a 20,000-student payload is large); the
 * instance is thread-safe and its payloads never change.
 */
public final class SampleSection {
    /** The instant every sample timestamp is relative to: "now" for a sample section. */
    public static final Instant AS_OF = Instant.parse("2026-02-04T16:25:18Z");

    private final long sectionId;
    private final int students;
    private final long seed;
    private final boolean hasSchedule;
    private final SampleCourse course;
    private final SamplePayloads payloads;
    private final List<Scope> scopes;
    /** Scope -> plan; lookups only (iteration order is never observed). */
    private final Map<Scope, SamplePayloads.ScopePlan> plans;
    private final Map<Scope, Map<OracleKey, JsonValue>> cache = new ConcurrentHashMap<>();
    private final Object studentLock = new Object();
    private volatile JsonValue progressProficiency;
    private volatile JsonValue studentInfo;

    SampleSection(long sectionId, int students, long seed, String fixedTitle, boolean hasSchedule) {
        if (sectionId <= 0) {
            throw new IllegalArgumentException("section id must be positive, got " + sectionId);
        }
        if (students < 0 || students > SampleSections.MAX_STUDENTS) {
            throw new IllegalArgumentException(
                    "students must be between 0 and " + SampleSections.MAX_STUDENTS + ", got " + students);
        }
        this.sectionId = sectionId;
        this.students = students;
        this.seed = seed;
        this.hasSchedule = hasSchedule;
        long streamSeed = SampleRandom.of(seed, sectionId).nextLong();
        this.course = SampleCourse.generate(streamSeed, fixedTitle);
        SampleCohort cohort = SampleCohort.generate(streamSeed, students, course, AS_OF.getEpochSecond());
        this.payloads = new SamplePayloads(sectionId, streamSeed, hasSchedule, AS_OF, course, cohort);
        List<Scope> order = new ArrayList<>();
        Map<Scope, SamplePayloads.ScopePlan> byScope = new LinkedHashMap<>();
        for (SamplePayloads.ScopePlan plan : payloads.plans()) {
            Scope scope = plan.level() == SamplePayloads.Level.COURSE
                    ? Scope.course()
                    : Scope.container(plan.scopeKey());
            order.add(scope);
            byScope.put(scope, plan);
        }
        this.scopes = List.copyOf(order);
        this.plans = byScope;
    }

    public long sectionId() {
        return sectionId;
    }

    /** The number of enrolled students: the rows of {@code student_info} (and of {@code progress_proficiency}). */
    public int students() {
        return students;
    }

    public long seed() {
        return seed;
    }

    public String courseTitle() {
        return course.title;
    }

    /** "Now" for this section: every timestamp and activity window is relative to it. */
    public Instant asOf() {
        return AS_OF;
    }

    /** False for a section without a schedule ({@code {"has_schedule": false}} in every scope). */
    public boolean hasSchedule() {
        return hasSchedule;
    }

    /** The course scope, then every unit container, then every module container, in course order. */
    public List<Scope> scopes() {
        return scopes;
    }

    /**
     * The payload of each of the eight instructor oracles for the scope, sorted by key; an empty map when the scope
     * names a container this section does not have.
     */
    public Map<OracleKey, JsonValue> oracles(Scope scope) {
        Objects.requireNonNull(scope, "scope");
        SamplePayloads.ScopePlan plan = plans.get(scope);
        if (plan == null) {
            return Map.of();
        }
        return cache.computeIfAbsent(scope, unused -> Collections.unmodifiableSortedMap(
                payloads.oracles(plan, progressProficiency(), studentInfo())));
    }

    private JsonValue progressProficiency() {
        JsonValue value = progressProficiency;
        if (value == null) {
            synchronized (studentLock) {
                value = progressProficiency;
                if (value == null) {
                    value = payloads.progressProficiency();
                    progressProficiency = value;
                }
            }
        }
        return value;
    }

    private JsonValue studentInfo() {
        JsonValue value = studentInfo;
        if (value == null) {
            synchronized (studentLock) {
                value = studentInfo;
                if (value == null) {
                    value = payloads.studentInfo();
                    studentInfo = value;
                }
            }
        }
        return value;
    }

    @Override
    public String toString() {
        return "SampleSection[" + sectionId + ", " + students + " students, seed " + seed + ", \"" + course.title
                + "\", " + scopes.size() + " scopes]";
    }
}
