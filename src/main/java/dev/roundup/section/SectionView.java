package dev.roundup.section;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.link.LinkItemView;

/** A section of a post, with its link items. */
@Schema(name = "Section")
public record SectionView(
        @Schema(description = "As written; null for link items above the first heading") String heading,
        String slug,
        @Schema(enumeration = {
                "links", "wind", "finally", "other" }) String kind,
        int position,
        String markdown,
        String html,
        List<LinkItemView> links){
}
