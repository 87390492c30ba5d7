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
 * The packaged service refuses to start without a public key of its own: the key pair in dev-keys/ is
 * public knowledge, so a production service that trusted it would let anybody write.
 */
@ApplicationScoped
public class SigningKeyCheck {

    private static final Logger LOG = Logger.getLogger(SigningKeyCheck.class);
    static final String DEV_KEY_FOLDER = "dev-keys";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        problem(location, inlineKey).ifPresent(message -> {
            LOG.error(message);
            Quarkus.asyncExit(1);
        });
    }

    static Optional<String> problem(Optional<String> location, Optional<String> inlineKey) {
        if (location.filter(value -> !value.isBlank()).isEmpty() && inlineKey.filter(value -> !value.isBlank()).isEmpty()) {
            return Optional.of("no public key to verify editor tokens with: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the"
                    + " PEM file (or URL) of your key pair's public key; see README, 'Editorial API and security'");
        }
        if (location.filter(value -> value.contains(DEV_KEY_FOLDER)).isPresent()) {
            return Optional.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION names the development key in " + DEV_KEY_FOLDER
                    + "/, whose private half is public: generate a key pair of your own for production");
        }
        return Optional.empty();
    }
}
