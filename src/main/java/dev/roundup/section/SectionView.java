package dev.roundup.section;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.roundup.link.LinkItemView;

/** A section of a post, with its own link items and its sub-sections. */
@Schema(name = "Section")
public record SectionView(
        @Schema(description = "As written; null for link items above the first heading") String heading,
        String slug,
        @Schema(enumeration = {
                "links", "wind", "finally", "other", "events" }) String kind,
        @Schema(description = "Its place among all the post's sections and sub-sections, in document order") int position,
        @Schema(description = "Markdown as written, sub-sections included") String markdown,
        @Schema(description = "HTML, sub-sections included") String html,
        @Schema(description = "The link items directly under its heading (those of sub-sections are in them)") List<LinkItemView> links,
        @Schema(description = "The heading's level as written: 1 for #, 2 for ##, ...; 0 for the untitled section",
                example = "2") int level,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Where the heading links to, when it is a link",
                example = "https://github.com/rust-lang/rfcs/commits/master") String url,
        @Schema(description = "The sections under this one's heading, each with its own") List<SectionView> sections){

    /** Its link items and those of its sub-sections, in document order. */
    public List<LinkItemView> linksInOrder() {
        List<LinkItemView> all = new ArrayList<>(links);
        sections.forEach(section -> all.addAll(section.linksInOrder()));
        return all;
    }
}
