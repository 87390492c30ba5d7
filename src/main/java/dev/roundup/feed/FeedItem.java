package dev.roundup.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of any feed, whatever its source: a post, or (for a links feed) a curated link whose
 * {@code externalUrl} is the article and whose {@code url} is its place in the roundup.
 *
 * @param id stable across fetches and renames of nothing but the slug: the item's canonical URL
 */
public record FeedItem(
        String id,
        String url,
        String externalUrl,
        String title,
        String summary,
        String contentHtml,
        String author,
        OffsetDateTime published,
        OffsetDateTime modified,
        List<String> tags,
        String image) {
}
