package dev.roundup.tag;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag in the list, with what published posts make of it. */
@Schema(name = "TagSummary")
public record TagSummary(
        @Schema(description = "Display name: the first spelling seen", example = "Kafka") String name,
        @Schema(example = "kafka") String slug,
        @Schema(description = "Published posts with this tag", example = "11") long postCount,
        @Schema(description = "Curated link items of those posts (WIND and Finally links not counted)",
                example = "96") long linkCount,
        @Schema(description = "Date of the first published post with this tag, with the author's offset",
                example = "2026-08-09T10:12:44+02:00") OffsetDateTime firstUsed,
        @Schema(description = "Date of the latest published post with this tag",
                example = "2026-11-15T17:02:40+01:00") OffsetDateTime lastUsed) {
}
