package dev.roundup.importer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The metadata fields Roundup API uses, whatever form the file wrote them in; {@code json} keeps all of it,
 * unknown keys included.
 */
public record FrontMatter(
        Optional<String> title,
        Optional<String> author,
        Optional<OffsetDateTime> date,
        Optional<String> slug,
        boolean draft,
        List<String> tags,
        List<String> categories,
        List<String> keywords,
        Optional<String> description,
        Optional<String> image,
        Optional<String> thumbnail,
        Optional<Integer> number,
        String json) {
}
