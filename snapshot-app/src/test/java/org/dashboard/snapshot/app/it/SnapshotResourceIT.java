package org.dashboard.snapshot.app.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.dashboard.snapshot.app.api.SnapshotResourceTest;

/** The snapshot and projection endpoints of {@link SnapshotResourceTest}, against the packaged application. */
@QuarkusIntegrationTest
class SnapshotResourceIT extends SnapshotResourceTest {
}
