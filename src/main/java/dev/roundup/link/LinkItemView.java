package dev.roundup.link;

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
                description = "For links to another post of the blog") PostRef linkedPost) {

    /** The author's words on the link. */
    public record Commentary(String markdown, String html, String text) {
    }
}
