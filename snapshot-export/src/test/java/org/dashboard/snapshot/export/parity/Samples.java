package org.dashboard.snapshot.export.parity;

import java.util.Map;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.export.fixtures.TestBundle;
import org.dashboard.snapshot.domain.fixtures.FakeProjection;
import org.dashboard.snapshot.projections.assessments.AssessmentsProjection;
import org.dashboard.snapshot.projections.objectives.ChallengingObjectivesProjection;
import org.dashboard.snapshot.projections.progress.ProgressProjection;
import org.dashboard.snapshot.projections.summary.SummaryProjection;
import org.dashboard.snapshot.projections.support.StudentSupportProjection;

/** Bundles of the generated sample sections, assembled and derived by the real engine and projections. */
final class Samples {
    private Samples() {
    }

    /** The catalog: the five capability projections and an ai_context stand-in counting the progress rows. */
    static ProjectionCatalog catalog() {
        CapabilityProjection aiContext = FakeProjection.of("ai_context").requires(OracleKey.PROGRESS_PROFICIENCY)
                .deriving(input -> new TestBundle.FakeBody(java.util.List.of(
                        "ai_context|class_size=" + input.required(OracleKey.PROGRESS_PROFICIENCY).elements().size(),
                        "ai_context|scope=" + input.scope().selector())));
        return ProjectionCatalog.of(java.util.List.of(new SummaryProjection(), new ProgressProjection(),
                new StudentSupportProjection(), new ChallengingObjectivesProjection(), new AssessmentsProjection(),
                aiContext));
    }

    static Snapshot bundle(org.dashboard.snapshot.domain.sample.SampleSection section, Scope scope,
                           String parameters) {
        SnapshotFixtures fixtures = SnapshotFixtures.with(catalog()).scope(scope)
                .context(DashboardContext.section(section.sectionId(), 7)).parameters(parameters);
        for (Map.Entry<OracleKey, JsonValue> oracle : section.oracles(scope).entrySet()) {
            fixtures.ok(oracle.getKey(), oracle.getValue());
        }
        return fixtures.bundle();
    }
}
