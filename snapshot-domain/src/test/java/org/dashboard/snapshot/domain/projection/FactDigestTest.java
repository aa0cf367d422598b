package org.dashboard.snapshot.domain.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.junit.jupiter.api.Test;

/** Facts written piece by piece hash exactly as the same facts written whole. */
class FactDigestTest {

    @Test
    void piecesHashAsWholeFacts() {
        FactDigest digest = new FactDigest();
        digest.text("progress|").number(101).text("|count=").number(-3).end();
        digest.text("summary|name=Zoë 😀").end();
        assertEquals(ParityFingerprintTest.reference(List.of("progress|101|count=-3", "summary|name=Zoë 😀")),
                digest.hex());
    }

    @Test
    void longAndMixedTextCrossesTheBufferExactly() {
        FactDigest digest = new FactDigest();
        digest.end();
        String longAscii = "a".repeat(32 * 1024 - 3);
        String longer = "b".repeat(70_000);
        digest.text("x").text(longAscii).end();
        digest.text("y").text(longer).text("é").end();
        digest.text("z".repeat(32 * 1024)).end();
        assertEquals(ParityFingerprintTest.reference(List.of("x" + longAscii, "y" + longer + "é",
                "z".repeat(32 * 1024), "")), digest.hex());
    }

    @Test
    void aBodyWithSortedFactsIsStreamedAndOthersAreSorted() {
        ProjectionBody unsorted = () -> List.of("b", "a");
        assertEquals(ParityFingerprintTest.reference(List.of("a", "b")), ParityFingerprint.of(unsorted));
        record Streamed() implements ProjectionBody, SortedFacts {
            @Override
            public List<String> parityFacts() {
                return List.of("this list is not what the streamed fingerprint hashes");
            }

            @Override
            public void writeSortedFacts(FactDigest digest) {
                digest.text("a").end().text("b").end();
            }
        }
        assertEquals(ParityFingerprintTest.reference(List.of("a", "b")), ParityFingerprint.of(new Streamed()));
    }
}
