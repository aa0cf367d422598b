package org.dashboard.snapshot.export.dataset;

import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.Projection;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.domain.contract.Snapshot;

/** Typed access to the projection bodies of a bundle, for the serializers. */
final class Bodies {
    private Bodies() {
    }

    /**
     * The body of the capability's projection as the expected record; a missing projection or another body type
     * is a bug the export contains as {@code serializer_error}.
     */
    static <T extends ProjectionBody> T of(Snapshot bundle, Capability capability, Class<T> type) {
        Projection projection = bundle.projections().get(capability);
        if (projection == null) {
            throw new IllegalStateException("the bundle has no " + capability + " projection");
        }
        ProjectionBody body = projection.body();
        if (!type.isInstance(body)) {
            throw new IllegalStateException("the " + capability + " projection body is a "
                    + body.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(body);
    }

    /** A text cell: the text, or empty for null. */
    static String text(String value) {
        return value == null ? "" : value;
    }

}
