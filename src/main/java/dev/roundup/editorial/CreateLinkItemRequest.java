package dev.roundup.editorial;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link item an editor adds to a section of a roundup; the section by its slug or by its position. */
@Schema(name = "CreateLinkItemRequest", description = "A link item to add to a section of a post: give section or"
        + " sectionPosition")
public record CreateLinkItemRequest(
        @Schema(description = "The section's slug (as in the post's sections), or its heading",
                example = "streaming") @Size(max = 300, message = "must be at most 300 characters") String section,
        @Schema(description = "The section's position in the post, from 0 (the untitled section above the first heading"
                + " has no slug: name it this way)", example = "1") @Min(value = 0, message = "must be 0 or more") @Max(
                        value = 10_000, message = "must be at most 10000") Integer sectionPosition,
        @Schema(description = "Where in the section, from 0; by default last", example = "0") @Min(value = 0,
                message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000") Integer position,
        @Schema(description = "The link's title", example = "Watermarks That Never Move", required = true) @NotBlank(
                message = "must not be blank") @Size(max = 500, message = "must be at most 500 characters") String title,
        @Schema(description = "The article, http or https", example = "https://streams.example.org/watermarks",
                required = true) @NotBlank(message = "must not be blank") @Size(max = 2000,
                        message = "must be at most 2000 characters") @Pattern(regexp = "\\s*https?://[^\\s]+\\s*",
                                message = "must be an http or https URL") String url,
        @Schema(description = "The commentary, markdown (rendered as the importer renders it)",
                example = "Why **idle** partitions stall a job.") @Size(max = 100_000,
                        message = "must be at most 100000 characters") String commentary) {
}
