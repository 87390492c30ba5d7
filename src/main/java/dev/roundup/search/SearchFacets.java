package dev.roundup.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Counts over the whole result set (not just the page), each list largest first. */
@Schema(name = "SearchFacets")
public record SearchFacets(
        @Schema(description = "Results per type, every type listed") List<Count> type,
        @Schema(description = "The top tags of the results' posts (an event's post: the latest that mentions it)") List<Count> tag,
        @Schema(description = "The top sections of the link items and events found (an event stands in its post's WIND"
                + " section)") List<Count> section,
        @Schema(description = "Results per year of publication (of an event: of its first day), newest first") List<Count> year,
        @Schema(description = "True when more results matched than are ranked (" + SearchQueries.CANDIDATES
                + " per type): then the tag, section and year counts are over the ranked candidates only, and"
                + " relevance pages end there. The type counts are exact (see totalApproximate).") boolean approximate) {

    public static final int TOP = 10;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SearchFacetCount")
    public record Count(
            @Schema(description = "The value to filter by", example = "kafka") String value,
            @Schema(description = "A display name, where it differs from the value", example = "Kafka") String label,
            @Schema(example = "12") long count) {
    }
}
