package dev.roundup.importer;

import java.util.List;
import java.util.Optional;

/**
 * A curated link item: the link that opens a top-level bullet (after labels such as {@code [video]}), the
 * commentary after it, and the bullets nested under it.
 */
public record ParsedLinkItem(
        int position,
        String title,
        String url,
        Optional<String> domain,
        Optional<String> targetSlug,
        String commentaryMarkdown,
        String commentaryHtml,
        String commentaryText,
        List<String> labels,
        List<ParsedSubItem> subItems) {

    /** An item without labels and nested bullets. */
    public ParsedLinkItem(int position, String title, String url, Optional<String> domain, Optional<String> targetSlug,
            String commentaryMarkdown, String commentaryHtml, String commentaryText) {
        this(position, title, url, domain, targetSlug, commentaryMarkdown, commentaryHtml, commentaryText, List.of(),
                List.of());
    }
}
