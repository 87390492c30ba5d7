package dev.roundup.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where changes are announced, and how hard delivery tries. */
@ConfigMapping(prefix = "roundup.webhooks")
public interface WebhooksConfig {

    /** The receivers; none: no webhooks. */
    Optional<List<String>> urls();

    /** The HMAC-SHA256 key of the X-Roundup-Signature header; required when urls are set. */
    Optional<String> secret();

    /** How often the change log is read and due deliveries are sent. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Attempts per delivery before it is marked failed. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait before the second attempt; it doubles with each further attempt. */
    @WithDefault("2s")
    Duration initialBackoff();

    /** How long a receiver may take to answer. */
    @WithDefault("5s")
    Duration timeout();

    /** How long delivered and failed deliveries stay in the log (pending ones stay until they finish). */
    @WithDefault("30d")
    Duration deliveryRetention();
}
