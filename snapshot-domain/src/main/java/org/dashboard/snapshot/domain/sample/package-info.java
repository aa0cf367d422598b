/**
 * Deterministic sample sections: the built-in oracle source of a first run, and the data of tests and benchmarks.
 *
 * <p>{@link org.dashboard.snapshot.domain.sample.SampleSections} generates a realistic course section (units,
 * modules, pages, graded assessments, an objective tree and a cohort of students) from a section id, a class size
 * and a seed, and serves the eight instructor oracle payloads of every scope as
 * {@link org.dashboard.snapshot.domain.json.JsonValue}s in the shapes of DOMAIN.md 1.1 and 3. The same arguments
 * always give equal payloads: all randomness comes from a pinned SplitMix64 stream, all timestamps are relative to
 * the fixed {@link org.dashboard.snapshot.domain.sample.SampleSection#AS_OF} instant, and no hash order reaches the
 * output. The data deliberately carries the awkward cases a dashboard meets in practice (unicode, commas and quotes
 * in names and titles, blank names, a formula-like name, inactive students, students missing from one oracle,
 * objectives with tied or empty distributions, an assessment without attempts).
 */
package org.dashboard.snapshot.domain.sample;
