package dev.roundup.change;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this instance follows the change log. */
@ConfigMapping(prefix = "roundup.changes")
public interface ChangesConfig {

    /** How often scheduled posts that are due are announced (and the listener checks its connection). */
    @WithDefault("5s")
    Duration publishInterval();

    /** The wait before connecting again after the database went away. */
    @WithDefault("1s")
    Duration reconnectDelay();

    /**
     * How long the listener may be disconnected before readiness says DOWN: long enough to ride out one
     * reconnect, short enough that a load balancer stops sending reads to an instance whose cache may be stale.
     */
    @WithDefault("5s")
    Duration listenerGrace();

    /** How long changes stay in the log; a reader further behind gets a 410 and resyncs. */
    @WithDefault("30d")
    Duration retention();

    /** How often changes and webhook deliveries past their retention are deleted. */
    @WithDefault("1h")
    Duration purgeInterval();
}
