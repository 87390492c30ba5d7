package dev.roundup.link;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an article was featured, and in which posts, oldest first. */
@Schema(name = "LinkLookup")
public record LinkLookup(
        @Schema(description = "The URL as asked",
                example = "https://www.streams.example.org/watermarks-that-never-move/?utm_source=x") String url,
        @Schema(description = "The form compared: no scheme, www., trailing slash, fragment or tracking parameters",
                example = "streams.example.org/watermarks-that-never-move") String normalizedUrl,
        @Schema(description = "Whether any published post features it as a curated link") boolean featured,
        @Schema(description = "How many curated link items point to it", example = "1") long count,
        @Schema(description = "Those link items, oldest post first (at most 100)") List<LinkSummary> items) {
}
