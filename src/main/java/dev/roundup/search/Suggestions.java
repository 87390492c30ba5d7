package dev.roundup.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** As-you-type suggestions: titles whose words start like the query, and tags whose names do. */
@Schema(name = "SearchSuggestions")
public record Suggestions(
        @Schema(example = "kafk") String query,
        List<Title> titles,
        List<Tag> tags) {

    @Schema(name = "SearchSuggestionTitle")
    public record Title(
            @Schema(description = "post or link", example = "link") String type,
            @Schema(example = "Kafka on the Edge: Lessons from a Fleet of Ships") String title,
            @Schema(description = "The linked article, or the post's page") String url,
            @Schema(description = "The post's slug (of the link item's post, for links)") String postSlug) {
    }

    @Schema(name = "SearchSuggestionTag")
    public record Tag(@Schema(example = "Kafka") String name, @Schema(example = "kafka") String slug,
            @Schema(description = "Published posts with the tag", example = "9") long posts) {
    }
}
