package dev.roundup.section;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithName;

/**
 * How a site's section headings are read. {@code roundup.sections.aliases.TOPIC=SLUG,...} lists, for a canonical
 * topic slug, the heading slugs it absorbs ({@code *} matches any run of characters); environment:
 * {@code ROUNDUP_SECTIONS_ALIASES_STREAMING=stream-processing,streams}. None are shipped: a newsletter whose
 * headings are stable needs none. {@code roundup.sections.kinds.*} say which headings make WIND, Finally and
 * events sections.
 */
@ConfigMapping(prefix = "roundup.sections")
public interface SectionsConfig {

    @WithDefaults
    Map<String, List<String>> aliases();

    Kinds kinds();

    /** Heading slug patterns per special kind of section. */
    interface Kinds {
        /** The author's own news, in prose: its events are read out of it (e.g. wind*,what-is-*-doing). */
        Optional<List<String>> wind();

        /** Closing words, whose links are not curated ones (e.g. finally*). */
        @WithName("finally")
        Optional<List<String>> closing();

        /** A calendar of upcoming events: its lines are never link items. */
        @WithDefault("upcoming-events,upcoming-events-*")
        List<String> events();
    }
}
