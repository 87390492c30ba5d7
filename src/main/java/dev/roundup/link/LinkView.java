package dev.roundup.link;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.post.PostRef;
import dev.roundup.tag.TagRef;

/** One link item on its own: the summary's fields with the whole commentary as plain text too. */
@Schema(name = "LinkDetail")
public record LinkView(
        @Schema(example = "118") long id,
        @Schema(example = "Watermarks That Never Move") String title,
        @Schema(example = "https://streams.example.org/watermarks-that-never-move") String url,
        @Schema(example = "streams.example.org") String domain,
        Commentary commentary,
        LinkSummary.SectionRef section,
        @Schema(description = "Order within the post, from 0") int position,
        PostRef post,
        List<TagRef> tags,
        @Schema(description = "Labels written before the link, e.g. [video] [series]") List<String> labels,
        @Schema(description = "The bullets nested under the item") List<LinkItemView.SubItem> subItems,
        @Schema(description = "The sections it sits in, from the top-level one down to its own") List<LinkSummary.SectionRef> sectionPath) {

    /** The author's whole commentary. */
    @Schema(name = "LinkFullCommentary")
    public record Commentary(
            String markdown,
            String html,
            @Schema(description = "The whole commentary as plain text") String text,
            @Schema(description = "Plain text, at most about 280 characters, cut at a word boundary with an ellipsis") String excerpt) {
    }
}
