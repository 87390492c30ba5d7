package dev.roundup.feed;

import java.util.Locale;

/** The three formats of every feed, named by the extension of the feed's URL. */
enum FeedFormat {

    RSS(FeedWriter.RSS), ATOM(FeedWriter.ATOM), JSON(FeedWriter.JSON_FEED);

    /** The extensions a feed URL ends with, as a path template's pattern. */
    static final String EXTENSIONS = "rss|atom|json";

    final String mediaType;

    FeedFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** @param extension one of {@link #EXTENSIONS}: the path template lets no other through */
    static FeedFormat of(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }

    String render(FeedWriter writer, Feed feed, FeedLinks links) {
        return switch (this) {
            case RSS -> writer.rss(feed, links);
            case ATOM -> writer.atom(feed, links);
            case JSON -> writer.json(feed, links);
        };
    }
}
