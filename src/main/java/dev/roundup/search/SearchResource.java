package dev.roundup.search;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.Parameters;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over posts, link items and events")
@APIResponse(responseCode = "400", description = "An empty or too long query, or a malformed parameter")
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    SuggestService suggestions;

    @GET
    @Operation(summary = "Search", description = "One ranked list of posts, link items and events. Web-search"
            + " syntax: every word must match (English stemming, accents ignored), \"quoted phrases\", -excluded"
            + " words, OR. Titles and event names weigh most, then tags and an event's place, then texts (an event's"
            + " description and talks). A query that finds nothing is corrected by spelling when a correction finds"
            + " something (see didYouMean). Facets count the whole result set. Drafts and future posts never match,"
            + " nor do events only they mention (the rule of GET /api/v1/events, editors' corrections included)."
            + " An event's post is the latest published post that mentions it: tag and section filter by that"
            + " post's tags and WIND section. Cursors (meta.nextCursor) are issued for sort=date only; page"
            + " through relevance with page.")
    @APIResponse(responseCode = "200", description = "A page of results with facets, X-Total-Count and Link headers")
    public SearchPage search(
            @Parameter(description = "The query, 1 to 500 characters", required = true,
                    example = "kafka \"exactly once\" -flink") @RestQuery String q,
            @Parameter(description = "post, link or event; repeat or comma-separate for several (default: all),"
                    + " e.g. link") @RestQuery List<String> type,
            @Parameter(description = "Tag slug or name of the result's post (an event's: the latest that mentions it),"
                    + " e.g. kafka; repeat for several") @RestQuery List<String> tag,
            @Parameter(description = "all (default): posts with every tag; any: with at least one",
                    schema = @Schema(enumeration = { "all", "any" })) @RestQuery String tagMode,
            @Parameter(description = "Section slug: link items of that section, posts that have one, events when it is"
                    + " their post's WIND section (any other section leaves events out)",
                    example = "streaming") @RestQuery String section,
            @Parameter(description = "Link host (www. ignored): link items and events linking to it, posts that link to it",
                    example = "example.com") @RestQuery String domain,
            @Parameter(description = "From this date or date-time (inclusive): the post's date; for events, the event's"
                    + " first day", example = "2026-06-01") @RestQuery String from,
            @Parameter(description = "Up to this date (inclusive) or date-time (exclusive); for events, of their first day",
                    example = "2026-12-31") @RestQuery String to,
            @Parameter(description = "relevance (default, best first) or date (newest first)",
                    schema = @Schema(enumeration = { "relevance", "date" })) @RestQuery String sort,
            @Parameter(description = "false to skip the tag, section and year facets (type counts always come)",
                    example = "true") @RestQuery String facets,
            @BeanParam PageParams paging) {
        SearchRequest request = SearchRequest.of(q, type, tag, tagMode, section, domain, from, to, sort, facets, paging);
        return SearchPage.of(search.search(request));
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Suggestions while typing", description = "Titles of posts and link items and names of"
            + " events containing every word of q, the last one as a prefix (kafk finds Kafka), best first; and tags"
            + " whose names start like q.")
    @APIResponse(responseCode = "200", description = "Suggested titles and tags",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Suggestions.class)))
    public Suggestions suggest(
            @Parameter(description = "What has been typed so far, 1 to 500 characters", required = true,
                    example = "kafk") @RestQuery String q,
            @Parameter(description = "Titles and tags to return (each), 1 to 20 (default 8)",
                    example = "8") @RestQuery String size) {
        String query = SearchConditions.checkedQuery("q", q);
        int count = Parameters.intIn("size", size, 8, 1, SuggestService.MAX_SIZE);
        return suggestions.suggest(query, count);
    }
}
