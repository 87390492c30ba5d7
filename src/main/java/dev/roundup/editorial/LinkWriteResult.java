package dev.roundup.editorial;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A link item as an editorial write left it. */
@Schema(name = "LinkWriteResult", description = "The link item as stored by a write")
public record LinkWriteResult(
        @Schema(description = "The link item's id; a later write of its post gives it a new one", example = "118") long id,
        @Schema(description = "The post the item is in", example = "2026-11-15-interesting-stuff-week-46-2026") String post,
        @Schema(description = "The slug of the item's section (absent for the untitled one)",
                example = "streaming") @JsonInclude(JsonInclude.Include.NON_NULL) String section,
        @Schema(description = "The section's position in the post, from 0", example = "1") int sectionPosition,
        @Schema(description = "The item's place in its section, from 0", example = "3") int position,
        @Schema(example = "Watermarks That Never Move") String title,
        @Schema(example = "https://streams.example.org/watermarks-that-never-move") String url,
        @Schema(example = "streams.example.org") String domain,
        @Schema(description = "The commentary as the editor wrote it") String commentaryMarkdown,
        @Schema(description = "The commentary rendered as the importer renders it") String commentaryHtml,
        @Schema(description = "The commentary as plain text") String commentaryText,
        @Schema(description = "The version of the item's post, also the ETag; send it back in If-Match",
                example = "4") long version,
        @Schema(description = "Where the item is read", example = "/api/v1/links/118") String location) {
}
