package dev.roundup.link;

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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.http.FieldsParam;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Sort;

@Path("/api/v1/links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Links", description = "Curated link items across all published roundups")
public class LinkResource {

    @Inject
    LinkService links;

    @GET
    @Operation(summary = "List curated link items", description = "Every link item of every published post, except"
            + " those in WIND and Finally sections. Newest post first by default, each post's links in their order."
            + " Page with page/size, or follow meta.nextCursor for deep paging (keyset: any depth costs the same).")
    @APIResponse(responseCode = "200", description = "A page of link items, with X-Total-Count and Link headers")
    public Page<LinkSummary> list(
            @Parameter(
                    description = "Tag slug or name of the link's post, e.g. kafka; repeat for several") @RestQuery List<String> tag,
            @Parameter(description = "all (default): posts with every tag; any: with at least one",
                    schema = @Schema(enumeration = { "all", "any" })) @RestQuery String tagMode,
            @Parameter(description = "Section topic or any of its spellings' slugs (see /sections)",
                    example = "streaming") @RestQuery String section,
            @Parameter(description = "Domain of the link, case-insensitive, www. ignored",
                    example = "streams.example.org") @RestQuery String domain,
            @Parameter(description = "Slug of the post",
                    example = "2026-09-20-interesting-stuff-week-38-2026") @RestQuery String post,
            @Parameter(description = "Posts from this date or date-time (inclusive)",
                    example = "2026-06-01") @RestQuery String from,
            @Parameter(description = "Posts up to this date (inclusive) or date-time (exclusive)",
                    example = "2026-12-31") @RestQuery String to,
            @Parameter(description = "Full-text query, the syntax of GET /search (words, \"phrases\", -excluded, OR),"
                    + " over the link's title, commentary and domain; it filters, GET /search ranks",
                    example = "watermarks") @RestQuery String q,
            @BeanParam LinkListQuery query) {
        Sort order = query.order();
        PageRequest request = query.request(order.name());
        LinkFilter filter = links.withSectionSpellings(LinkFilter.of(tag, tagMode, section, domain, post, from, to))
                .withQuery(q);
        return links.list(filter, order, request);
    }

    @GET
    @Path("/lookup")
    @Operation(summary = "Was this article featured?", description = "Normalises the URL (scheme, www., trailing"
            + " slash, fragment, utm_* and other tracking parameters) and answers every curated link item that points"
            + " to it, oldest post first (at most 100 items; count is the full number). A URL without scheme is"
            + " taken as https.")
    @APIResponse(responseCode = "200", description = "Whether, where and when it was featured",
            content = @Content(schema = @Schema(implementation = LinkLookup.class)))
    public LinkLookup lookup(
            @Parameter(description = "The article's address", required = true,
                    example = "https://www.streams.example.org/watermarks-that-never-move/?utm_source=feed") @RestQuery String url) {
        return links.lookup(url);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One link item", description = "Any link item of a published post (WIND and Finally"
            + " included), with its whole commentary.")
    @APIResponse(responseCode = "200", description = "The link item")
    @APIResponse(responseCode = "404", description = "No link item of a published post has this id")
    public LinkView get(
            @Parameter(description = "The link item's id", example = "118") @RestPath String id,
            @BeanParam FieldsParam fields) {
        return links.get(id);
    }
}
