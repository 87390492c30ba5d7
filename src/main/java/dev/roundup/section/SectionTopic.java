package dev.roundup.section;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section topic: the headings that mean the same thing, merged by roundup.sections.aliases. */
@Schema(name = "SectionTopic")
public record SectionTopic(
        @Schema(description = "Canonical topic slug", example = "generative-ai") String slug,
        @Schema(description = "The most used spelling of the heading", example = "Generative AI") String heading,
        @Schema(description = "What its sections mostly hold", enumeration = {
                "links", "wind", "finally", "other", "events" },
                example = "links") String kind,
        @Schema(description = "The headings as written, most used first") List<Spelling> spellings,
        @Schema(description = "Published posts with such a section", example = "8") long postCount,
        @Schema(description = "Link items in those sections", example = "31") long linkCount,
        @Schema(description = "Date of the first published post with such a section",
                example = "2026-08-09T10:12:44+02:00") OffsetDateTime firstSeen,
        @Schema(description = "Date of the latest published post with such a section",
                example = "2026-11-15T17:02:40+01:00") OffsetDateTime lastSeen){

    /** One way the heading was written. */
    @Schema(name = "SectionSpelling")
    public record Spelling(
            @Schema(description = "The heading as written", example = "AI/ML") String heading,
            @Schema(description = "Its own slug, as on the post's section", example = "ai-ml") String slug,
            @Schema(description = "Published posts with this heading", example = "2") long postCount) {
    }
}
