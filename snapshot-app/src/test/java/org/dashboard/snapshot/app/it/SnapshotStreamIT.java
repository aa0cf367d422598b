package org.dashboard.snapshot.app.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.dashboard.snapshot.app.api.SnapshotStreamResourceTest;

/** The snapshot stream of {@link SnapshotStreamResourceTest}, against the packaged application. */
@QuarkusIntegrationTest
class SnapshotStreamIT extends SnapshotStreamResourceTest {
}
