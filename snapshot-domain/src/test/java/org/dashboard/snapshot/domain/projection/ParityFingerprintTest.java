package org.dashboard.snapshot.domain.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParityFingerprintTest {

    @Test
    void fingerprintIsTheSha256OfTheSortedFactsOnePerLine() {
        // printf 'a\nb\n' | sha256sum
        assertEquals("911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2",
                ParityFingerprint.of(List.of("b", "a")));
        // printf 'progress|101|count=3\nsummary|average_class_proficiency=40\n' | sha256sum
        assertEquals("9dc7faeb5e993a241a7ff162d9859d0f9e30c7f1c39af6348120202146b4234b",
                ParityFingerprint.of(List.of("summary|average_class_proficiency=40", "progress|101|count=3")));
    }

    @Test
    void fingerprintOfNoFactsIsTheHashOfNothing() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                ParityFingerprint.of(List.of()));
    }

    @Test
    void orderOfTheFactsDoesNotMatter() {
        assertEquals(ParityFingerprint.of(List.of("x|1", "y|2", "z|3")),
                ParityFingerprint.of(List.of("z|3", "x|1", "y|2")));
    }

    @Test
    void changingOneFactChangesTheFingerprint() {
        assertNotEquals(ParityFingerprint.of(List.of("progress|101|count=3")),
                ParityFingerprint.of(List.of("progress|101|count=4")));
    }

    @Test
    void factsAreSeparatedSoThatTheirBoundariesCount() {
        assertNotEquals(ParityFingerprint.of(List.of("ab")), ParityFingerprint.of(List.of("a", "b")));
        assertNotEquals(ParityFingerprint.of(List.of("a")), ParityFingerprint.of(List.of("a", "a")));
    }

    /** The definition, one digest update per fact. */
    static String reference(List<String> facts) {
        java.util.List<String> sorted = new java.util.ArrayList<>(facts);
        sorted.sort(null);
        java.security.MessageDigest digest = ParityFingerprint.sha256();
        for (String fact : sorted) {
            digest.update((fact + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void bufferedEncodingEqualsOneUpdatePerFact() {
        java.util.List<String> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            facts.add("student_support|student|" + i + "|student_name=Ana Pérez 😀 " + "x".repeat(i % 37));
            facts.add("student_support|student|" + i + "|inactive=" + (i % 2 == 0));
        }
        facts.add("y".repeat(40_000));
        facts.add("é".repeat(20_000));
        facts.add("z".repeat(32 * 1024 - 1));
        assertEquals(reference(facts), ParityFingerprint.of(facts));
    }

    @net.jqwik.api.Property(tries = 300)
    void anyFactsHashAsTheDefinitionSays(@net.jqwik.api.ForAll List<@net.jqwik.api.constraints.StringLength(
            max = 3000) String> facts) {
        assertEquals(reference(facts), ParityFingerprint.of(facts));
    }

    @Test
    void digestIsSha256() {
        assertEquals("SHA-256", ParityFingerprint.sha256().getAlgorithm());
    }
}
