package dev.roundup.section;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.error.Problem;
import dev.roundup.common.http.SparseFields;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.PagedResponse;
import dev.roundup.common.paging.Sort;
import dev.roundup.link.LinkFilter;
import dev.roundup.link.LinkListQuery;
import dev.roundup.link.LinkService;
import dev.roundup.link.LinkSummary;
import dev.roundup.link.LinkSummaryPage;

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "Section topics: headings merged across their spellings")
@APIResponse(responseCode = "400", description = "A malformed parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SectionResource {

    @Inject
    SectionService sections;

    @Inject
    SectionAliases sectionAliases;

    @Inject
    LinkService links;

    @Inject
    SparseFields sparseFields;

    @GET
    @Operation(summary = "List section topics", description = "Every heading of published roundups, merged into"
            + " topics by the alias mapping (roundup.sections.aliases), with the spellings as written. The untitled"
            + " section (link items above the first heading) is not a topic; WIND and Finally are, with their kind."
            + " Most used first by default. The cursor is a position in the list.")
    @APIResponse(responseCode = "200", description = "A page of section topics, with X-Total-Count and Link headers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SectionTopicPage.class)))
    public Response list(
            @Parameter(description = "Only topics of this kind",
                    schema = @Schema(enumeration = { "links", "wind", "finally", "other", "events" }),
                    example = "links") @RestQuery String kind,
            @Parameter(description = "Page number, from 1", example = "1") @RestQuery String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)", example = "20") @RestQuery String size,
            @Parameter(description = "Opaque cursor from meta.nextCursor") @RestQuery String cursor,
            @Parameter(description = "count (published posts), name (heading) or lastSeen, '-' in front for"
                    + " descending (default -count)", example = "-count") @RestQuery String sort,
            @Parameter(description = "Only these fields of each item, comma separated",
                    example = "slug,heading,postCount") @RestQuery String fields,
            @Context UriInfo uri) {
        Sort order = Sort.parse(sort, SectionService.DEFAULT_SORT, SectionService.SORTS);
        PageRequest request = PageRequest.of(page, size, cursor, order.name());
        Page<SectionTopic> result = sections.list(SectionService.kind(kind), order, request);
        return PagedResponse.of(sparseFields.apply(result, fields, SectionTopic.class), result.meta(), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One section topic", description = "By its canonical slug, by the slug of any of its"
            + " spellings (ai-ml finds generative-ai with the default aliases) or by a heading as written;"
            + " the answer always carries the canonical slug.")
    @APIResponse(responseCode = "200", description = "The topic",
            content = @Content(schema = @Schema(implementation = SectionTopic.class)))
    @APIResponse(responseCode = "404", description = "No published post has such a section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Object get(
            @Parameter(description = "Topic slug, a spelling's slug, or a heading",
                    example = "generative-ai") @RestPath String slug,
            @Parameter(description = "Only these fields, comma separated",
                    example = "slug,spellings") @RestQuery String fields) {
        return sparseFields.apply(sections.get(slug), fields);
    }

    @GET
    @Path("/{slug}/links")
    @Operation(summary = "A section topic's link items", description = "The curated link items of every section"
            + " of this topic, whatever its spelling, newest post first by default; the same sorts, paging and"
            + " fields as GET /links.")
    @APIResponse(responseCode = "200", description = "A page of link items, with X-Total-Count and Link headers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkSummaryPage.class)))
    @APIResponse(responseCode = "404", description = "No published post has such a section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response links(
            @Parameter(description = "Topic slug, a spelling's slug, or a heading",
                    example = "generative-ai") @RestPath String slug,
            @BeanParam LinkListQuery query, @Context UriInfo uri) {
        Sort order = query.order();
        PageRequest request = query.pageRequest(order);
        String topic = sections.require(slug);
        LinkFilter filter = LinkFilter.all().withSectionSlugs(sectionAliases.rawSlugs(topic));
        Page<LinkSummary> result = links.list(filter, order, request);
        return PagedResponse.of(sparseFields.apply(result, query.fields, LinkSummary.class), result.meta(), uri);
    }
}
