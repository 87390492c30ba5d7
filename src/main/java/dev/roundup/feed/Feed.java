package dev.roundup.feed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A page of a feed, ready for any of the three formats.
 *
 * @param title the feed's title: the site's, with the source's name after it
 * @param homeUrl the page of the site the feed follows
 * @param page from 1; page 1 is the subscription document, later pages are archives (RFC 5005)
 */
public record Feed(
        String title,
        String description,
        String homeUrl,
        List<FeedItem> items,
        int page,
        boolean hasNext) {

    /** The latest change among the items: what Last-Modified says. */
    public Optional<OffsetDateTime> lastModified() {
        return items.stream().map(FeedItem::modified).max(OffsetDateTime::compareTo);
    }
}
