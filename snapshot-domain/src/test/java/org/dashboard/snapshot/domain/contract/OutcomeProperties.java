package org.dashboard.snapshot.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dashboard.snapshot.domain.json.JsonValue;

class OutcomeProperties {

    @Property(tries = 200)
    void flatMapOfAcceptedIsTheFunctionApplied(@ForAll int value, @ForAll("functions") Function<Integer,
            Outcome<Integer>> f) {
        assertEquals(f.apply(value), Outcome.accepted(value).flatMap(f));
    }

    @Property(tries = 200)
    void flatMapWithAcceptedIsIdentity(@ForAll("outcomes") Outcome<Integer> m) {
        assertEquals(m, m.flatMap(Outcome::accepted));
    }

    @Property(tries = 200)
    void flatMapIsAssociative(@ForAll("outcomes") Outcome<Integer> m,
                              @ForAll("functions") Function<Integer, Outcome<Integer>> f,
                              @ForAll("functions") Function<Integer, Outcome<Integer>> g) {
        assertEquals(m.flatMap(f).flatMap(g), m.flatMap(x -> f.apply(x).flatMap(g)));
    }

    @Property(tries = 200)
    void mapWithIdentityIsIdentity(@ForAll("outcomes") Outcome<Integer> m) {
        assertEquals(m, m.map(x -> x));
    }

    @Property(tries = 200)
    void mapComposes(@ForAll("outcomes") Outcome<Integer> m, @ForAll int a, @ForAll int b) {
        Function<Integer, Integer> f = x -> x + a;
        Function<Integer, Integer> g = x -> x * b;

        assertEquals(m.map(f).map(g), m.map(f.andThen(g)));
    }

    @Property(tries = 200)
    void mapIsFlatMapOfAccepted(@ForAll("outcomes") Outcome<Integer> m, @ForAll int a) {
        assertEquals(m.map(x -> x - a), m.flatMap(x -> Outcome.accepted(x - a)));
    }

    @Property(tries = 200)
    void rejectionsPassThroughUnchanged(@ForAll("rejections") Rejection rejection,
                                        @ForAll("functions") Function<Integer, Outcome<Integer>> f) {
        Outcome<Integer> rejected = Outcome.rejected(rejection);

        assertEquals(rejected, rejected.flatMap(f));
        assertEquals(rejected, rejected.map(x -> x + 1));
        assertEquals(rejection, rejected.map(x -> x + 1).rejection());
    }

    @Provide
    Arbitrary<Rejection> rejections() {
        return Arbitraries.of(AssemblyReason.values()).flatMap(reason -> Arbitraries.strings().alpha()
                .ofMaxLength(8).map(field -> Rejection.ofField(reason, field, JsonValue.of(field), "bad " + field)));
    }

    @Provide
    Arbitrary<Outcome<Integer>> outcomes() {
        return Arbitraries.oneOf(Arbitraries.integers().map(Outcome::accepted),
                rejections().map(Outcome::rejected));
    }

    @Provide
    Arbitrary<Function<Integer, Outcome<Integer>>> functions() {
        Rejection odd = Rejection.ofField(RequestReason.INVALID_FIELD, "x", JsonValue.of("odd"), "odd");
        Rejection negative = Rejection.ofField(AssemblyReason.INVALID_PARAMETERS, "x", JsonValue.of(-1), "negative");
        return Arbitraries.of(
                x -> Outcome.accepted(x + 1),
                x -> Outcome.accepted(x * 2),
                x -> x % 2 == 0 ? Outcome.accepted(x / 2) : Outcome.rejected(odd),
                x -> x < 0 ? Outcome.rejected(negative) : Outcome.accepted(x),
                x -> Outcome.rejected(odd));
    }
}
