package dev.roundup.importer;

import java.util.List;
import java.util.Optional;

/**
 * A bullet nested under a link item, in document order (deeper bullets follow their parent with a larger depth).
 * When it opens with a link, that link's title and URL; its text is always there.
 *
 * @param depth 1 for a bullet directly under the item, 2 under that one, ...
 */
public record ParsedSubItem(int depth, Optional<String> title, Optional<String> url, List<String> labels, String text) {
}
