package dev.roundup.importer;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which posts are roundups (sections and link items are read from them; the others are articles) and how their
 * issue numbers are found. A post is a roundup when any rule holds.
 */
@ConfigMapping(prefix = "roundup.roundups")
public interface RoundupsConfig {

    /** Categories that make a post a roundup (compared as slugs). */
    @WithDefault("roundup")
    List<String> categories();

    /** A glob over the file's path inside the imported folder, e.g. {@code news/**} or {@code *-this-week-*.md}. */
    Optional<String> path();

    /** A regular expression found in the title, e.g. {@code ^This Week in}. */
    Optional<String> title();

    /** A post whose metadata gives an issue number ({@code number} or {@code issue}) is a roundup. */
    @WithDefault("true")
    boolean numbered();

    /**
     * Posts whose metadata is written in these forms are all roundups: by default Pelican-style headers, the form of
     * newsletters that have no category for their issues (yaml, toml, json, headers, none).
     */
    @WithDefault("headers")
    List<MetadataFormat> metadataFormats();

    /**
     * A roundup without a number in its metadata takes the one its title ends with ("... 665", "Issue #42"); a
     * number after a comma ("Week 36, 2023") or the post's own year is no issue number.
     */
    @WithDefault("true")
    boolean numberFromTitle();

    /** Another way to find the number in a title: a regular expression whose first group is the number. */
    Optional<String> numberInTitle();
}
