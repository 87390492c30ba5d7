package dev.roundup.tag;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One tag: its numbers and the tags most often found beside it. */
@Schema(name = "Tag")
public record TagView(
        @Schema(example = "Kafka") String name,
        @Schema(example = "kafka") String slug,
        @Schema(description = "Published posts with this tag", example = "11") long postCount,
        @Schema(description = "Curated link items of those posts (WIND and Finally links not counted)",
                example = "96") long linkCount,
        @Schema(example = "2026-08-09T10:12:44+02:00") OffsetDateTime firstUsed,
        @Schema(example = "2026-11-15T17:02:40+01:00") OffsetDateTime lastUsed,
        @Schema(description = "Up to 5 tags most often on the same published posts, most shared first") List<RelatedTag> related) {

    static TagView of(TagSummary tag, List<RelatedTag> related) {
        return new TagView(tag.name(), tag.slug(), tag.postCount(), tag.linkCount(), tag.firstUsed(), tag.lastUsed(),
                related);
    }

    /** A tag that shares posts with another. */
    @Schema(name = "RelatedTag")
    public record RelatedTag(
            @Schema(example = "Flink") String name,
            @Schema(example = "flink") String slug,
            @Schema(description = "Published posts that carry both tags", example = "6") long sharedPosts) {
    }
}
