package dev.roundup.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** As-you-type suggestions: titles and event names whose words start like the query, and tags whose names do. */
@Schema(name = "SearchSuggestions")
public record Suggestions(
        @Schema(example = "kafk") String query,
        List<Title> titles,
        List<Tag> tags) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SearchSuggestionTitle")
    public record Title(
            @Schema(description = "post, link or event", enumeration = {
                    "post", "link", "event" }, example = "link") String type,
            @Schema(description = "A title, or an event's name",
                    example = "Kafka on the Edge: Lessons from a Fleet of Ships") String title,
            @Schema(description = "The linked article or event page, or the post's page") String url,
            @Schema(description = "The post's slug (of the link item's post, for links; of the latest published post"
                    + " that mentions it, for events)") String postSlug,
            @Schema(description = "The event's slug (events only)", example = "data-saturday-lisbon-2026") String eventSlug){
    }

    @Schema(name = "SearchSuggestionTag")
    public record Tag(@Schema(example = "Kafka") String name, @Schema(example = "kafka") String slug,
            @Schema(description = "Published posts with the tag", example = "9") long posts) {
    }
}
