package dev.roundup.common.security;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether the editorial API is on: it is when a key to verify editor tokens with is configured. Without one the
 * service serves every public read and answers every write with a 401 (no token can be valid), so that a blog can
 * be served read-only without learning about keys first. The key pair in dev-keys/ is public knowledge: the
 * packaged service refuses to start with it, since it would let anybody write.
 */
@ApplicationScoped
public class EditorialApi {

    private static final Logger LOG = Logger.getLogger(EditorialApi.class);
    static final String DEV_KEY_FOLDER = "dev-keys";
    static final String OFF = "the editorial API is off: no key to verify editor tokens with is configured; reads are"
            + " served and every write answers 401. Switch it on with MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:/path/to/"
            + "public.pem (docs/operations.md, 'Editorial API')";

    private final boolean enabled;

    EditorialApi(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey) {
        this.enabled = hasKey(location, inlineKey);
    }

    void onStart(@Observes @Priority(1) StartupEvent event, @ConfigProperty(
            name = "mp.jwt.verify.publickey.location") Optional<String> location) {
        if (LaunchMode.current() == LaunchMode.NORMAL && usesDevKey(location)) {
            LOG.error("MP_JWT_VERIFY_PUBLICKEY_LOCATION names the development key in " + DEV_KEY_FOLDER
                    + "/, whose private half is public: generate a key pair of your own for production");
            Quarkus.asyncExit(1);
        } else if (!enabled) {
            LOG.warn(OFF);
        }
    }

    /** True when editor tokens can be verified, so that writes are possible at all. */
    public boolean enabled() {
        return enabled;
    }

    static boolean hasKey(Optional<String> location, Optional<String> inlineKey) {
        return location.filter(EditorialApi::isSet).isPresent() || inlineKey.filter(EditorialApi::isSet).isPresent();
    }

    /** SmallRye JWT reads its key settings with the default NONE, so NONE is how a profile says "no key". */
    private static boolean isSet(String value) {
        return !value.isBlank() && !"NONE".equals(value);
    }

    static boolean usesDevKey(Optional<String> location) {
        return location.filter(value -> value.contains(DEV_KEY_FOLDER)).isPresent();
    }
}
