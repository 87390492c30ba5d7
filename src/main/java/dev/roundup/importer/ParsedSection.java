package dev.roundup.importer;

import java.util.List;
import java.util.Optional;

import dev.roundup.section.SectionKind;

/**
 * A section of a roundup: a heading of any level with what follows it up to the next heading of the same or a
 * higher level, so its markdown and HTML hold its sub-sections too; its link items are the ones directly under
 * its own heading. The heading is empty for link items above the first heading (the untitled section).
 *
 * @param level the heading's level as written (1 to 6), 0 for the untitled section
 * @param parentPosition the position of the enclosing section, -1 for a top-level one
 * @param path the slugs from the top-level section down to this one; empty for the untitled section
 * @param headingUrl where the heading points when it is a link
 * @param subtreeEnd the position of the last section inside this one (its own position when it has none)
 */
public record ParsedSection(
        int position,
        Optional<String> heading,
        Optional<String> slug,
        SectionKind kind,
        String markdown,
        String html,
        List<ParsedLinkItem> linkItems,
        int level,
        int parentPosition,
        List<String> path,
        Optional<String> headingUrl,
        int subtreeEnd) {

    /** A top-level {@code ##} section without sub-sections. */
    public ParsedSection(int position, Optional<String> heading, Optional<String> slug, SectionKind kind,
            String markdown, String html, List<ParsedLinkItem> linkItems) {
        this(position, heading, slug, kind, markdown, html, linkItems, heading.isPresent() ? 2 : 0, -1,
                slug.map(List::of).orElse(List.of()), Optional.empty(), position);
    }

    /** How deep it sits: 0 for a top-level section. */
    public int depth() {
        return Math.max(0, path.size() - 1);
    }

    public boolean topLevel() {
        return parentPosition < 0;
    }
}
