package dev.roundup.link;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.http.OnRequest;
import dev.roundup.post.PostRef;
import dev.roundup.tag.TagRef;

/** A curated link item in a list across posts: the link, the author's words, where and when it was featured. */
@Schema(name = "LinkSummary")
public record LinkSummary(
        @Schema(description = "The link item's id", example = "118") long id,
        @Schema(example = "Watermarks That Never Move") String title,
        @Schema(example = "https://streams.example.org/watermarks-that-never-move") String url,
        @Schema(description = "The host without www., null for links without one",
                example = "streams.example.org") String domain,
        Commentary commentary,
        @Schema(description = "The section it sits in: the heading it is under") SectionRef section,
        @Schema(description = "The post that featured the link; date with the offset the author wrote") PostRef post,
        @Schema(description = "The post's tags") List<TagRef> tags,
        @Schema(description = "Labels written before the link, e.g. [video] [series]",
                example = "[\"video\"]") List<String> labels,
        @Schema(description = "The bullets nested under the item") List<LinkItemView.SubItem> subItems,
        @Schema(description = "The sections it sits in, from the top-level one down to its own") List<SectionRef> sectionPath,
        @Schema(description = "The commentary as the author wrote it (markdown); only when fields= names it") @OnRequest String commentaryMarkdown,
        @Schema(description = "The whole commentary as plain text; only when fields= names it") @OnRequest String commentaryText) {

    /** The author's words on the link once, as HTML, with a short plain-text excerpt for lists. */
    @Schema(name = "LinkCommentary")
    public record Commentary(
            String html,
            @Schema(description = "Plain text, at most about 280 characters, cut at a word boundary with an ellipsis") String excerpt) {
    }

    /** The section of the post that holds the link. */
    @Schema(name = "LinkSection")
    public record SectionRef(
            @Schema(description = "As written; null for link items above the first heading",
                    example = "Streaming") String heading,
            @Schema(example = "streaming") String slug) {
    }
}
