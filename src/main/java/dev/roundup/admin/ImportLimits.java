package dev.roundup.admin;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on an uploaded import: what a client may send, and what an archive may unpack to. */
@ConfigMapping(prefix = "roundup.admin.import")
public interface ImportLimits {

    /** The upload as sent (markdown, .zip or .tar.gz). */
    @WithDefault("32M")
    MemorySize maxBytes();

    /** Everything an archive unpacks to, together: the guard against zip bombs. */
    @WithDefault("256M")
    MemorySize maxUnpackedBytes();

    /** Entries of an archive, directories and skipped files included. */
    @WithDefault("20000")
    int maxEntries();
}
