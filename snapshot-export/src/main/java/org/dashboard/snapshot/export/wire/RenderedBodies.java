package org.dashboard.snapshot.export.wire;

import com.fasterxml.jackson.core.SerializableString;
import java.util.function.Function;
import org.dashboard.snapshot.domain.contract.ProjectionBody;

/**
 * Where the wire writer may keep projection bodies it has already rendered. A body is immutable, so its JSON
 * never changes; a service that serves the same (remembered) body to many requests renders it once. The key is
 * the body's identity, never its value.
 */
public interface RenderedBodies {

    /** Renders every time. */
    RenderedBodies NONE = (body, render) -> render.apply(body);

    /**
     * The body's members as JSON text without the enclosing braces ({@code "a":1,"b":[]}), from the store or from
     * {@code render}. A kept {@link com.fasterxml.jackson.core.io.SerializedString} also keeps its UTF-8 bytes,
     * which the writer then copies as they are.
     */
    SerializableString members(ProjectionBody body, Function<ProjectionBody, SerializableString> render);
}
