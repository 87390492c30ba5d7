package dev.roundup.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The query of the links feeds: the filters of GET /api/v1/links that make sense for a subscription, and, as every feed, the format and page. */
public class LinkFeedFilter extends FeedRequest {

    @Parameter(description = "Tag slug or name of the link's post, e.g. kafka; repeat for several")
    @RestQuery
    public List<String> tag;

    @Parameter(description = "all (default): posts with every tag; any: with at least one",
            schema = @Schema(enumeration = { "all", "any" }))
    @RestQuery
    public String tagMode;

    @Parameter(description = "Section topic or any of its spellings' slugs", example = "streaming")
    @RestQuery
    public String section;

    @Parameter(description = "Domain of the link, case-insensitive, www. ignored", example = "streams.example.org")
    @RestQuery
    public String domain;
}
