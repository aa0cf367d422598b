package org.dashboard.snapshot.app.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.dashboard.snapshot.app.api.ExportResourceTest;

/** The CSV ZIP exports of {@link ExportResourceTest}, against the packaged application. */
@QuarkusIntegrationTest
class ExportResourceIT extends ExportResourceTest {
}
