package org.dashboard.snapshot.app.wiring;

import com.fasterxml.jackson.core.SerializableString;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dashboard.snapshot.adapters.cache.CaffeineEntries;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.export.wire.RenderedBodies;

/**
 * Rendered projection bodies in Caffeine through Quarkus Cache (cache {@code rendered-bodies}), keyed by the
 * body's identity: a body the derivation memo hands to many requests is written as JSON once.
 */
@ApplicationScoped
public class CachedRenderedBodies implements RenderedBodies {
    public static final String NAME = "rendered-bodies";

    private final CaffeineCache cache;

    public CachedRenderedBodies(@CacheName(NAME) Cache cache) {
        this.cache = cache.as(CaffeineCache.class);
    }

    @Override
    public SerializableString members(ProjectionBody body, Function<ProjectionBody, SerializableString> render) {
        Identity key = new Identity(body);
        Optional<SerializableString> kept = CaffeineEntries.present(cache, key, SerializableString.class);
        if (kept.isPresent()) {
            return kept.get();
        }
        SerializableString members = render.apply(body);
        members.asUnquotedUTF8(); // encode once, before the entry is shared
        cache.put(key, CompletableFuture.completedFuture(members));
        return members;
    }

    /** A key equal only to a key of the same body object. */
    private static final class Identity {
        private final ProjectionBody body;

        Identity(ProjectionBody body) {
            this.body = body;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.body == body;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(body);
        }
    }
}
