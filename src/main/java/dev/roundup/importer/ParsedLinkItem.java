package dev.roundup.importer;

import java.util.Optional;

/** A curated link item: the link that opens a top-level bullet, and the commentary after it. */
public record ParsedLinkItem(
        int position,
        String title,
        String url,
        Optional<String> domain,
        Optional<String> targetSlug,
        String commentaryMarkdown,
        String commentaryHtml,
        String commentaryText) {
}
