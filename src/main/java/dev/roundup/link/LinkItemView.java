package dev.roundup.link;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.roundup.post.PostRef;

/** A link item inside its post. */
@Schema(name = "LinkItem")
public record LinkItemView(
        long id,
        String title,
        String url,
        String domain,
        Commentary commentary,
        int position,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
                description = "For links to another post of the blog") PostRef linkedPost,
        @Schema(description = "Labels written before the link, e.g. [video] [series]",
                example = "[\"video\", \"series\"]") List<String> labels,
        @Schema(description = "The bullets nested under the item") List<SubItem> subItems,
        @Schema(description = "The sections it sits in, from the top-level one down to its own") List<LinkSummary.SectionRef> sectionPath) {

    /** The author's words on the link. */
    public record Commentary(String markdown, String html, String text) {
    }

    /** A bullet nested under a link item; title and url when it opens with a link. */
    @Schema(name = "LinkSubItem")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SubItem(
            @Schema(description = "1 directly under the item, 2 under that one, ...", example = "1") int depth,
            @Schema(example = "Dealing with Dependencies") String title,
            @Schema(example = "https://www.example.com/events/42") String url,
            List<String> labels,
            @Schema(description = "Its whole text") String text) {
    }
}
