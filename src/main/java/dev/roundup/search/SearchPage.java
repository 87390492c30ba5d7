package dev.roundup.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.Paged;

/** The body of {@code GET /search}: a page of results, the facets, and what was searched for. */
@Schema(name = "SearchPage")
public record SearchPage(
        List<SearchResult> items,
        Page.Meta meta,
        SearchFacets facets,
        @Schema(description = "True when meta.total is a lower bound: a type matched more than "
                + SearchQueries.COUNT_LIMIT + " results, and counting stops there") boolean totalApproximate,
        @Schema(description = "The query the results are for: q as given, or the corrected query when q found nothing",
                example = "kafka streams") String searchedFor,
        @Schema(description = "A corrected query, when q found nothing and a spelling with results exists; the"
                + " results are then those of this query", example = "kafka streams", nullable = true) String didYouMean)
        implements
            Paged {

    static SearchPage of(SearchService.Outcome outcome) {
        return new SearchPage(outcome.page().items(), outcome.page().meta(), outcome.facets(),
                outcome.totalApproximate(), outcome.searchedFor(), outcome.didYouMean());
    }
}
