package dev.roundup.post;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.event.EventRef;
import dev.roundup.section.SectionView;
import dev.roundup.tag.TagRef;

/** A whole post. */
@Schema(name = "Post")
public record PostView(
        String slug,
        String title,
        @Schema(description = "The issue number, when the metadata or the title gives one") Integer number,
        OffsetDateTime date,
        String author,
        String description,
        List<TagRef> tags,
        List<String> categories,
        List<String> keywords,
        String image,
        String thumbnail,
        String url,
        boolean roundup,
        int linkCount,
        List<String> sectionHeadings,
        int wordCount,
        int readingMinutes,
        @Schema(description = "The text before <!--more-->") Content intro,
        @Schema(description = "The whole body") Content body,
        @Schema(description = "The top-level sections, each with its sub-sections") List<SectionView> sections,
        @Schema(description = "The post before this one by date") PostRef previous,
        @Schema(description = "The post after this one by date") PostRef next,
        @Schema(description = "Posts that share the most tags with this one") List<PostRef> related,
        @Schema(description = "Posts this one links to") List<PostRef> linksTo,
        @Schema(description = "Posts that link to this one") List<PostRef> linkedFrom,
        @Schema(description = "Events the post's WIND section mentions") List<EventRef> events) {

    /** Markdown as written, and its HTML. */
    public record Content(String markdown, String html) {
    }
}
