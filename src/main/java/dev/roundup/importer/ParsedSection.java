package dev.roundup.importer;

import java.util.List;
import java.util.Optional;

import dev.roundup.section.SectionKind;

/** A section of a roundup; the heading is empty for link items above the first heading. */
public record ParsedSection(
        int position,
        Optional<String> heading,
        Optional<String> slug,
        SectionKind kind,
        String markdown,
        String html,
        List<ParsedLinkItem> linkItems) {
}
