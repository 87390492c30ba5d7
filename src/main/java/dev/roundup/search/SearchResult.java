package dev.roundup.search;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.roundup.post.PostRef;

/** One hit: a post, a link item or an event, with its score and highlighted snippets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchResult")
public record SearchResult(
        @Schema(description = "post, link or event", enumeration = {
                "post", "link", "event" }, example = "link") String type,
        @Schema(description = "The result's id within its type", example = "4711") long id,
        @Schema(description = "The post's slug, or the event's (GET /api/v1/events/{slug}); absent for link items",
                example = "2026-09-20-interesting-stuff-week-38-2026") String slug,
        @Schema(description = "The post's or link item's title, the event's name",
                example = "Streaming SQL That Does Not Surprise You") String title,
        @Schema(description = "Where the result leads: the linked article, the post's public page, or the event's own page"
                + " (when it has none, the page of its post)") String url,
        @Schema(description = "The post's publication date, with the author's offset; for an event its first day at 00:00"
                + " UTC (an undated event: its post's date)") OffsetDateTime date,
        @Schema(description = "The post a link item belongs to; for an event, the latest published post that mentions it"
                + " (absent for an editor's event no post names yet)") PostRef post,
        @Schema(description = "The link's host without www. (link items and events)", example = "example.com") String domain,
        @Schema(description = "The section a link item stands in; for an event, its post's WIND section") Section section,
        @Schema(description = "Relevance: higher is better; comparable within one response", example = "0.42") double score,
        Highlight highlight){

    @Schema(name = "SearchResultSection")
    public record Section(@Schema(example = "streaming") String slug, @Schema(example = "Streaming") String heading) {
    }

    /** HTML-safe snippets: the text is escaped and only {@code <mark>} elements are added. */
    @Schema(name = "SearchHighlight")
    public record Highlight(
            @Schema(example = "Streaming <mark>SQL</mark> That Does Not Surprise You") String title,
            @Schema(example = "A clear explanation of why the same GROUP BY produces different results in a batch engine and a <mark>streaming</mark> engine") String text) {
    }
}
