package dev.roundup.editorial;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post as JSON: its front matter fields and its markdown body, which is parsed like an imported file. */
@Schema(name = "PostRequest", description = "A post as JSON: front matter fields and the markdown body")
public record PostRequest(
        @Schema(description = "The slug; by default the date and the title, e.g. 2026-11-22-interesting-stuff-week-47-2026",
                example = "2026-11-22-interesting-stuff-week-47-2026") @Pattern(regexp = SlugRule.PATTERN,
                        message = SlugRule.RULE) String slug,
        @Schema(description = "The title", example = "Interesting Stuff - Week 47, 2026", required = true) @NotBlank(
                message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String title,
        @Schema(description = "Publication date, ISO 8601 with or without time and offset; a future date schedules"
                + " the post; by default now", example = "2026-11-22T09:30:00+01:00") @IsoDate String date,
        @Schema(description = "A draft is never public, whatever its date", example = "false") Boolean draft,
        @Schema(description = "Author", example = "nora") @Size(max = 200,
                message = "must be at most 200 characters") String author,
        @Schema(description = "Summary for lists and feeds", example = "Streaming, data science and a conference talk") @Size(
                max = 2000, message = "must be at most 2000 characters") String description,
        @Schema(description = "Tags", example = "[\"Kafka\", \"Flink\"]") @Size(max = 50,
                message = "must hold at most 50 tags") List<@NotBlank(message = "must not be blank") @Size(max = 100,
                        message = "must be at most 100 characters") String> tags,
        @Schema(description = "Categories; 'roundup' makes the body's sections and link items structured",
                example = "[\"roundup\"]") @Size(max = 20,
                        message = "must hold at most 20 categories") List<@NotBlank(message = "must not be blank") @Size(
                                max = 100,
                                message = "must be at most 100 characters") String> categories,
        @Schema(description = "Keywords", example = "[\"stream processing\"]") @Size(max = 50,
                message = "must hold at most 50 keywords") List<@NotBlank(message = "must not be blank") @Size(max = 100,
                        message = "must be at most 100 characters") String> keywords,
        @Schema(description = "Image URL or path", example = "/images/week-47.png") @Size(max = 2000,
                message = "must be at most 2000 characters") String image,
        @Schema(description = "Thumbnail URL or path", example = "/images/week-47-thumb.png") @Size(max = 2000,
                message = "must be at most 2000 characters") String thumbnail,
        @Schema(description = "The markdown body: intro, <!--more-->, '## Heading' sections with '* [title](url) commentary'"
                + " link items",
                example = "Intro.\n\n<!--more-->\n\n## Streaming\n\n* [A link](https://example.com/a): why it matters.",
                required = true) @NotNull(message = "must be given") @Size(max = 2_000_000,
                        message = "must be at most 2,000,000 characters") String body) {
}
