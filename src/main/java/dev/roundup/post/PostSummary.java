package dev.roundup.post;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.tag.TagRef;

/** A post in a list. */
@Schema(name = "PostSummary")
public record PostSummary(
        @Schema(example = "2026-08-09-interesting-stuff-week-32-2026") String slug,
        @Schema(example = "Interesting Stuff - Week 32, 2026") String title,
        @Schema(description = "The issue number, when the metadata or the title gives one",
                example = "665") Integer number,
        @Schema(description = "Publication date with the offset the author wrote",
                example = "2026-08-09T10:12:44+02:00") OffsetDateTime date,
        String author,
        String description,
        List<TagRef> tags,
        List<String> categories,
        String image,
        String thumbnail,
        @Schema(description = "The post's public page") String url,
        @Schema(description = "Curated link items (WIND and Finally links not counted)") int linkCount,
        @Schema(description = "The headings of the top-level sections") List<String> sectionHeadings,
        int readingMinutes) {
}
