package dev.roundup.site;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a frontend needs to present the blog before it reads any post. */
@Schema(name = "Site")
public record SiteInfo(
        @Schema(example = "Streams and Signals") String title,
        @Schema(example = "Weekly link roundups") String description,
        @Schema(description = "Where the blog's own pages live (links to posts point there)",
                example = "https://blog.example.com") String baseUrl,
        @Schema(description = "The zone of dates written without an offset", example = "Europe/Berlin") String timeZone,
        @Schema(description = "Published posts") long posts,
        @Schema(description = "The date of the oldest published post; null without posts") OffsetDateTime firstPostDate,
        @Schema(description = "The date of the newest published post; null without posts") OffsetDateTime lastPostDate,
        @Schema(description = "The feeds of all posts, and the events calendar, as paths of this service") Feeds feeds,
        @Schema(description = "Whether this service accepts writes (an editor key is configured)") boolean editorialApi) {

    @Schema(name = "SiteFeeds")
    public record Feeds(
            @Schema(example = "/feeds/posts.rss") String rss,
            @Schema(example = "/feeds/posts.atom") String atom,
            @Schema(example = "/feeds/posts.json") String json,
            @Schema(example = "/events.ics") String calendar) {

        static final Feeds ALL_POSTS = new Feeds("/feeds/posts.rss", "/feeds/posts.atom", "/feeds/posts.json",
                "/events.ics");
    }
}
