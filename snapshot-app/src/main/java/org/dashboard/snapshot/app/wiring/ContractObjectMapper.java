package org.dashboard.snapshot.app.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.dashboard.snapshot.export.wire.SnapshotJsonModule;

/** Makes the framework's ObjectMapper write the snapshot contract exactly as {@code SnapshotJson} does. */
@Singleton
public class ContractObjectMapper implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.disable(SerializationFeature.INDENT_OUTPUT);
        mapper.registerModule(new SnapshotJsonModule());
    }
}
