package dev.roundup.editorial;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.importer.ParsedPost;
import dev.roundup.post.PostStatus;

/** What a write stored: enough to check the parse; GET the post (with preview=true) for all of it. */
@Schema(name = "PostWriteResult", description = "The post as stored by a write")
public record PostWriteResult(
        @Schema(example = "2026-11-22-interesting-stuff-week-47-2026") String slug,
        @Schema(example = "Interesting Stuff - Week 47, 2026") String title,
        @Schema(description = "draft, scheduled (dated in the future) or published") PostStatus status,
        OffsetDateTime date,
        @Schema(description = "The version, also the ETag; send it back in If-Match to change the post",
                example = "3") long version,
        @Schema(description = "Where the post is read",
                example = "/api/v1/posts/2026-11-22-interesting-stuff-week-47-2026") String location,
        @Schema(description = "Whether the post is a roundup, whose sections and link items are structured") boolean roundup,
        List<SectionSummary> sections,
        @Schema(description = "Link items in all sections", example = "12") int linkItems,
        @Schema(description = "What the parser noticed but accepted, e.g. an undefined link reference") List<String> warnings) {

    public record SectionSummary(@Schema(example = "Streaming") String heading, @Schema(example = "links") String kind,
            @Schema(example = "4") int linkItems) {
    }

    static PostWriteResult of(ParsedPost post, long version) {
        List<SectionSummary> sections = post.sections().stream()
                .map(section -> new SectionSummary(section.heading().orElse(null), section.kind().dbValue(),
                        section.linkItems().size()))
                .toList();
        return new PostWriteResult(post.slug(), post.title(), PostStatus.of(post.draft(), post.date()), post.date(),
                version, EditorialPostResource.PATH + "/" + post.slug(), post.roundup(), sections, post.linkItemCount(),
                post.warnings());
    }
}
