package org.dashboard.snapshot.domain.contract;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of a public domain operation: a value, or an expected {@link Rejection}. Bad input never throws
 * out of the public API; it comes back as a rejection with a reason code.
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Rejected {

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> rejected(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    boolean isAccepted();

    /** The value; throws {@link IllegalStateException} naming the reason when rejected. */
    T value();

    /** The rejection; throws {@link IllegalStateException} when accepted. */
    Rejection rejection();

    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        return isAccepted() ? accepted(mapper.apply(value())) : rejected(rejection());
    }

    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> mapper) {
        return isAccepted() ? mapper.apply(value()) : rejected(rejection());
    }

    record Accepted<T>(T value) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public Rejection rejection() {
            throw new IllegalStateException("accepted outcome has no rejection");
        }
    }

    record Rejected<T>(Rejection rejection) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        @Override
        public T value() {
            throw new IllegalStateException("rejected: " + rejection.reasonCode().code() + ": " + rejection.message());
        }
    }
}
