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
}
