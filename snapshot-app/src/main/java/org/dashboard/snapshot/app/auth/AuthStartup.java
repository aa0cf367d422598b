package org.dashboard.snapshot.app.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dashboard.snapshot.app.wiring.SnapshotConfig;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Checks the authorization settings when the service starts. On (the default, the {@code prod} profile): the
 * verification key and issuer must be configured, or the start fails with a message naming the missing keys. Off
 * (the {@code dev} and {@code test} profiles): a warning says every caller may read every section.
 */
@Singleton
public class AuthStartup {
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String ISSUER = "mp.jwt.verify.issuer";
    private static final Logger LOG = Logger.getLogger(AuthStartup.class);

    void check(@Observes StartupEvent started, SnapshotConfig config, Config all) {
        if (!config.auth().enabled()) {
            LOG.warn("authorization is off (snapshot.auth.enabled=false): /api/v1 serves every section to every "
                    + "caller without a token; never run a deployment like this");
            return;
        }
        List<String> missing = missing(all);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(message(missing));
        }
        LOG.infof("authorization is on: bearer tokens of issuer %s, claims %s (user id), %s (role), %s (sections)",
                all.getValue(ISSUER, String.class), config.auth().userIdClaim(), config.auth().roleClaim(),
                config.auth().sectionsClaim());
    }

    /** The settings authorization cannot do without that {@code all} lacks (blank counts as absent). */
    static List<String> missing(Config all) {
        List<String> missing = new ArrayList<>();
        if (value(all, PUBLIC_KEY).isEmpty() && value(all, PUBLIC_KEY_LOCATION).isEmpty()) {
            missing.add(PUBLIC_KEY_LOCATION + " (or " + PUBLIC_KEY + ")");
        }
        if (value(all, ISSUER).isEmpty()) {
            missing.add(ISSUER);
        }
        return missing;
    }

    static String message(List<String> missing) {
        return "authorization is on (snapshot.auth.enabled=true, the default) but " + String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are") + " not set: configure the token issuer's public key and "
                + "issuer, or start with -Dquarkus.profile=dev to run without authorization";
    }

    private static Optional<String> value(Config all, String key) {
        return all.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }
}
