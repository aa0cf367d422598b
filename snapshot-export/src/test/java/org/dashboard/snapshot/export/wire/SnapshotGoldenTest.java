package org.dashboard.snapshot.export.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dashboard.snapshot.domain.assembly.Assembler;
import org.dashboard.snapshot.domain.assembly.SnapshotRequest;
import org.dashboard.snapshot.domain.assembly.SnapshotRequestReader;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.Versions;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.projection.Projections;
import org.dashboard.snapshot.projections.InstructorCapabilities;
import org.junit.jupiter.api.Test;

/**
 * The whole contract, end to end: a request body (golden/gardening-request.json) read, assembled and derived by
 * every registered capability, written as JSON, compared with golden/gardening-snapshot.json. Regenerate the
 * golden file after an intended contract change with {@code -Dgolden.update=true} and review the diff.
 */
class SnapshotGoldenTest {
    private static final ProjectionCatalog CATALOG = InstructorCapabilities.catalog();

    static Snapshot gardeningBundle(int projectionVersion) throws IOException {
        byte[] body;
        try (InputStream in = SnapshotGoldenTest.class.getResourceAsStream("/golden/gardening-request.json")) {
            body = in.readAllBytes();
        }
        SnapshotRequest request = new JsonValueReader(JsonLimits.DEFAULT).read(body)
                .flatMap(new SnapshotRequestReader(CATALOG)::read).value();
        Assembler assembler = new Assembler(CATALOG, Versions.standard(),
                Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC), () -> "minted");
        Snapshot snapshot = assembler.assemble(request.context(), request.requestToken(), request.oracleResults(),
                request.options().withProjectionVersion(projectionVersion)).value();
        return new Projections(CATALOG).deriveInto(snapshot, CATALOG.capabilities()).value();
    }

    private static String pretty(byte[] json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(mapper.readTree(json)) + "\n";
    }

    private static void compare(String golden, byte[] actual) throws IOException {
        Path file = Path.of("src/test/resources/golden", golden);
        String rendered = pretty(actual);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), rendered);
    }

    @Test
    void theGardeningSnapshotMatchesItsGoldenFile() throws IOException {
        compare("gardening-snapshot.json", new SnapshotJson().write(gardeningBundle(1), true));
    }

    @Test
    void projectionVersionTwoMatchesItsGoldenFile() throws IOException {
        compare("gardening-snapshot-v2.json", new SnapshotJson().write(gardeningBundle(2), false));
    }

    @Test
    void assemblingTheSameRequestTwiceGivesByteIdenticalJson() throws IOException {
        assertArrayEquals(new SnapshotJson().write(gardeningBundle(1), true),
                new SnapshotJson().write(gardeningBundle(1), true));
    }

    @Test
    void keptRenderedBodiesWriteTheSameBytes() throws IOException {
        java.util.Map<Object, com.fasterxml.jackson.core.SerializableString> kept = new java.util.IdentityHashMap<>();
        java.util.List<String> rendered = new java.util.ArrayList<>();
        RenderedBodies bodies = (body, render) -> kept.computeIfAbsent(body, b -> {
            com.fasterxml.jackson.core.SerializableString members = render.apply(body);
            rendered.add(members.getValue());
            return members;
        });
        SnapshotJson keeping = new SnapshotJson(bodies);
        for (int version : new int[] {1, 2}) {
            Snapshot bundle = gardeningBundle(version);
            byte[] plain = new SnapshotJson().write(bundle, version == 1);
            assertArrayEquals(plain, keeping.write(bundle, version == 1));
            assertArrayEquals(plain, keeping.write(bundle, version == 1));
        }
        assertEquals(12, rendered.size()); // six bodies per bundle, each rendered once
        Snapshot another = gardeningBundle(1);
        assertArrayEquals(new SnapshotJson().write(another, false), keeping.fresh().write(another, false));
        assertEquals(12, rendered.size()); // the fresh writer keeps nothing
        assertEquals(true, new SnapshotJson().fresh() != null);
        assertEquals(true, rendered.get(0).startsWith("\""));
    }
}
