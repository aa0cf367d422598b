package org.dashboard.snapshot.domain.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.junit.jupiter.api.Test;

class PayloadTest {
    private static final OracleKey K = OracleKey.of("k");

    private static Payload payload(String json) {
        return Payload.of(K, TestJson.parse(json));
    }

    /** The value at {@code member} of a one-member object, so that failures have the path oracles.k.v. */
    private static Payload member(String valueJson) {
        return payload("{'v': " + valueJson + "}").field("v");
    }

    private static InvalidProjectionData invalid(Payload payload, Function<Payload, ?> read) {
        return assertThrows(InvalidProjectionData.class, () -> read.apply(payload));
    }

    private static void assertInvalid(InvalidProjectionData thrown, String path, String valueJson, String message) {
        assertEquals(K, thrown.oracle());
        assertEquals(path, thrown.path());
        assertEquals(TestJson.parse(valueJson), thrown.value());
        assertEquals(path + ": " + message, thrown.getMessage());
    }

    @Test
    void rootPathNamesTheOracle() {
        Payload root = payload("{'a': 1}");

        assertEquals("oracles.k", root.path());
        assertEquals(K, root.oracle());
        assertEquals(TestJson.parse("{'a': 1}"), root.raw());
    }

    @Test
    void pathFollowsMembersAndIndexes() {
        Payload title = payload("{'items': [{}, {}, {'title': 7}]}").field("items").elements().get(2)
                .field("title");

        assertEquals("oracles.k.items[2].title", title.path());
        assertInvalid(invalid(title, Payload::string), "oracles.k.items[2].title", "7",
                "expected a string, got number");
    }

    @Test
    void membersKeepTheirOrderAndPaths() {
        Map<String, Payload> members = payload("{'b': {'10': 1}, 'a': 2}").field("b").members();

        assertEquals(List.of("10"), List.copyOf(members.keySet()));
        assertEquals("oracles.k.b.10", members.get("10").path());
        assertEquals(1, members.get("10").count());
        assertEquals(List.of("b", "a"), List.copyOf(payload("{'b': 1, 'a': 2}").members().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> payload("{'a': 1}").members().clear());
    }

    @Test
    void absentMemberReadsAsNull() {
        Payload absent = payload("{}").field("missing");

        assertTrue(absent.isNull());
        assertEquals(JsonValue.nullValue(), absent.raw());
        assertEquals("oracles.k.missing", absent.path());
        assertFalse(payload("{'a': 0}").field("a").isNull());
    }

    @Test
    void hasIsTrueForPresentMembersEvenIfNull() {
        assertTrue(payload("{'a': null}").has("a"));
        assertFalse(payload("{'a': null}").has("b"));
        assertFalse(payload("[1]").has("a"));
    }

    @Test
    void fieldOfANonObjectFails() {
        assertInvalid(invalid(member("[1, 2]"), p -> p.field("x")), "oracles.k.v", "[1, 2]",
                "expected an object, got array");
        assertInvalid(invalid(member("[1]"), Payload::requireObject), "oracles.k.v", "[1]",
                "expected an object, got array");
        assertInvalid(invalid(member("null"), Payload::members), "oracles.k.v", "null",
                "expected an object, got null");
    }

    @Test
    void elementsOfANonArrayFail() {
        assertInvalid(invalid(member("{'a': 1}"), Payload::elements), "oracles.k.v", "{'a': 1}",
                "expected an array, got object");
        assertInvalid(invalid(member("'x'"), Payload::optionalElements), "oracles.k.v", "'x'",
                "expected an array, got string");
    }

    @Test
    void optionalContainersAreEmptyWhenNull() {
        assertEquals(List.of(), member("null").optionalElements());
        assertEquals(Map.of(), member("null").optionalMembers());
        assertEquals(2, member("[1, 2]").optionalElements().size());
        assertEquals(List.of("a"), List.copyOf(member("{'a': 1}").optionalMembers().keySet()));
        assertEquals(TestJson.parse("{'a': 1}"), member("{'a': 1}").requireObject());
    }

    @Test
    void stringsAreRead() {
        assertEquals("x", member("'x'").string());
        assertEquals(Optional.of("x"), member("'x'").optionalString());
        assertEquals(Optional.empty(), member("null").optionalString());
        assertEquals(Optional.empty(), payload("{}").field("v").optionalString());
        assertInvalid(invalid(member("null"), Payload::string), "oracles.k.v", "null",
                "expected a string, got null");
        assertInvalid(invalid(member("1"), Payload::optionalString), "oracles.k.v", "1",
                "expected a string, got number");
    }

    @Test
    void booleansAreRead() {
        assertTrue(member("true").bool());
        assertFalse(member("false").bool());
        assertEquals(Optional.of(false), member("false").optionalBool());
        assertEquals(Optional.empty(), member("null").optionalBool());
        assertInvalid(invalid(member("'true'"), Payload::bool), "oracles.k.v", "'true'",
                "expected a boolean, got string");
        assertInvalid(invalid(member("1"), Payload::optionalBool), "oracles.k.v", "1",
                "expected a boolean, got number");
    }

    @Test
    void idsArePositiveIntegers() {
        assertEquals(1, member("1").id());
        assertEquals(101, member("101").id());
        assertEquals(OptionalLong.of(5), member("5").optionalId());
        assertEquals(OptionalLong.empty(), member("null").optionalId());
        assertInvalid(invalid(member("0"), Payload::id), "oracles.k.v", "0", "expected a positive integer id");
        assertInvalid(invalid(member("-3"), Payload::optionalId), "oracles.k.v", "-3",
                "expected a positive integer id");
        assertInvalid(invalid(member("'5'"), Payload::id), "oracles.k.v", "'5'", "expected an integer, got string");
    }

    @Test
    void countsAreIntegersFromZero() {
        assertEquals(0, member("0").count());
        assertEquals(12, member("12").count());
        assertEquals(OptionalLong.of(0), member("0").optionalCount());
        assertEquals(OptionalLong.empty(), member("null").optionalCount());
        assertInvalid(invalid(member("-1"), Payload::count), "oracles.k.v", "-1", "expected a count >= 0");
        assertInvalid(invalid(member("-1"), Payload::optionalCount), "oracles.k.v", "-1", "expected a count >= 0");
        assertInvalid(invalid(member("2.5"), Payload::count), "oracles.k.v", "2.5", "expected an integer");
    }

    @Test
    void integersAreWholeNumbersThatFitALong() {
        assertEquals(3, member("3.0").integer());
        assertEquals(-4, member("-4").integer());
        assertInvalid(invalid(member("3.5"), Payload::integer), "oracles.k.v", "3.5", "expected an integer");
        assertInvalid(invalid(member("9223372036854775808"), Payload::integer), "oracles.k.v",
                "9223372036854775808", "expected an integer");
        assertInvalid(invalid(member("true"), Payload::integer), "oracles.k.v", "true",
                "expected an integer, got boolean");
    }

    @Test
    void numbersAreReadWithinInclusiveBounds() {
        assertEquals(0.0, member("0").number(0, 100));
        assertEquals(100.0, member("100").number(0, 100));
        assertEquals(41.5, member("41.5").number(0, 100));
        assertInvalid(invalid(member("100.5"), p -> p.number(0, 100)), "oracles.k.v", "100.5",
                "expected a number in 0.0..100.0");
        assertInvalid(invalid(member("-0.1"), p -> p.number(0, 100)), "oracles.k.v", "-0.1",
                "expected a number in 0.0..100.0");
        assertInvalid(invalid(member("'50'"), p -> p.number(0, 100)), "oracles.k.v", "'50'",
                "expected a number, got string");
    }

    @Test
    void percentsAreZeroToHundredAndFractionsZeroToOne() {
        assertEquals(OptionalDouble.of(84.5), member("84.5").optionalPercent());
        assertEquals(OptionalDouble.empty(), member("null").optionalPercent());
        assertEquals(OptionalDouble.of(1.0), member("1").optionalFraction());
        assertEquals(OptionalDouble.of(0.0), member("0").optionalFraction());
        assertEquals(OptionalDouble.empty(), member("null").optionalFraction());
        assertEquals(OptionalDouble.of(2.5), member("2.5").optionalNumber(1, 3));
        assertEquals(OptionalDouble.empty(), member("null").optionalNumber(1, 3));
        assertInvalid(invalid(member("1.5"), Payload::optionalFraction), "oracles.k.v", "1.5",
                "expected a number in 0.0..1.0");
        assertInvalid(invalid(member("101"), Payload::optionalPercent), "oracles.k.v", "101",
                "expected a number in 0.0..100.0");
    }

    @Test
    void timestampsAreIsoWithUtcAsTheDefaultOffset() {
        assertEquals(Optional.of(Instant.parse("2026-02-03T10:00:00Z")),
                member("'2026-02-03T10:00:00Z'").optionalTimestamp());
        assertEquals(Optional.of(Instant.parse("2026-02-03T10:00:00Z")),
                member("'2026-02-03T10:00:00'").optionalTimestamp());
        assertEquals(Optional.of(Instant.parse("2026-02-03T09:00:00Z")),
                member("'2026-02-03T10:00:00+01:00'").optionalTimestamp());
        assertEquals(Optional.empty(), member("null").optionalTimestamp());
        assertInvalid(invalid(member("'yesterday'"), Payload::optionalTimestamp), "oracles.k.v", "'yesterday'",
                "expected an ISO-8601 timestamp");
        assertInvalid(invalid(member("5"), Payload::optionalTimestamp), "oracles.k.v", "5",
                "expected a string, got number");
    }

    @Test
    void invalidNamesThisValue() {
        InvalidProjectionData thrown = member("7").invalid("too big");

        assertInvalid(thrown, "oracles.k.v", "7", "too big");
    }

    @Test
    void elementsCarryTheirIndexes() {
        List<Payload> elements = payload("[10, 20, 30]").elements();

        assertEquals(3, elements.size());
        assertEquals("oracles.k[0]", elements.get(0).path());
        assertEquals("oracles.k[2]", elements.get(2).path());
        assertEquals(30, elements.get(2).count());
    }
}
