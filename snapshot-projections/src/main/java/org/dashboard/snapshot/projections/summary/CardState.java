package org.dashboard.snapshot.projections.summary;

/**
 * The state of a summary card (DOMAIN.md 3.1, 3.9). Only {@link #READY} carries a value. {@link #LOADING} is
 * produced only by the incremental stream, for an oracle not yet settled; a derived projection never has it.
 */
public enum CardState {
    /** The metric was computed (possibly a computed zero, "0%"). */
    READY("ready"),
    /** The oracle is ready but gives no input for the metric. */
    NO_DATA("no_data"),
    /** The scope proves the metric inapplicable (no objectives, no graded pages); the tile hides the card. */
    NOT_APPLICABLE("not_applicable"),
    /** The oracle has not settled yet (incremental stream only). */
    LOADING("loading"),
    /** The oracle is absent, failed, or its payload is invalid. */
    UNAVAILABLE("unavailable");

    private final String wire;

    CardState(String wire) {
        this.wire = wire;
    }

    /** The state with this wire value; throws {@link IllegalArgumentException} for any other text. */
    public static CardState of(String wire) {
        for (CardState state : values()) {
            if (state.wire.equals(wire)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown card state '" + wire + "'");
    }

    /** The wire value, for example {@code "not_applicable"}. */
    public String wire() {
        return wire;
    }
}
