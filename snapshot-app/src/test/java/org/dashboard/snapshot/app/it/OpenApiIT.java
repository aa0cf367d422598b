package org.dashboard.snapshot.app.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.dashboard.snapshot.app.api.OpenApiTest;

/** The OpenAPI document checks of {@link OpenApiTest}, against the packaged application. */
@QuarkusIntegrationTest
class OpenApiIT extends OpenApiTest {
}
