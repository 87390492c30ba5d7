package dev.roundup.section;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * How section headings written in different ways become one topic: {@code roundup.sections.aliases.TOPIC=SLUG,...}
 * lists, for a canonical topic slug, the heading slugs it absorbs ({@code *} matches any run of characters).
 * Environment: {@code ROUNDUP_SECTIONS_ALIASES_STREAMING=stream-processing,streams}.
 */
@ConfigMapping(prefix = "roundup.sections")
public interface SectionsConfig {

    Map<String, List<String>> aliases();
}
