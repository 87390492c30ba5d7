package dev.roundup.section;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.http.FieldsParam;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Sort;
import dev.roundup.link.LinkFilter;
import dev.roundup.link.LinkListQuery;
import dev.roundup.link.LinkService;
import dev.roundup.link.LinkSummary;

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "Section topics: headings merged across their spellings")
public class SectionResource {

    @Inject
    SectionService sections;

    @Inject
    SectionAliases sectionAliases;

    @Inject
    LinkService links;

    @GET
    @Operation(summary = "List section topics", description = "Every heading of published roundups, merged into"
            + " topics by the alias mapping (roundup.sections.aliases), with the spellings as written. The untitled"
            + " section (link items above the first heading) is not a topic; WIND and Finally are, with their kind."
            + " Most used first by default. The cursor is a position in the list.")
    @APIResponse(responseCode = "200", description = "A page of section topics, with X-Total-Count and Link headers")
    public Page<SectionTopic> list(
            @Parameter(description = "Only topics of this kind",
                    schema = @Schema(enumeration = { "links", "wind", "finally", "other", "events" }),
                    example = "links") @RestQuery String kind,
            @BeanParam PageParams paging,
            @Parameter(description = "count (published posts), name (heading) or lastSeen, '-' in front for"
                    + " descending (default -count)", example = "-count") @RestQuery String sort) {
        Sort order = Sort.parse(sort, SectionService.DEFAULT_SORT, SectionService.SORTS);
        return sections.list(SectionService.kind(kind), order, paging.request(order.name()));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One section topic", description = "By its canonical slug, by the slug of any of its"
            + " spellings (ai-ml finds generative-ai with the default aliases) or by a heading as written;"
            + " the answer always carries the canonical slug.")
    @APIResponse(responseCode = "200", description = "The topic")
    @APIResponse(responseCode = "404", description = "No published post has such a section")
    public SectionTopic get(
            @Parameter(description = "Topic slug, a spelling's slug, or a heading",
                    example = "generative-ai") @RestPath String slug,
            @BeanParam FieldsParam fields) {
        return sections.get(slug);
    }

    @GET
    @Path("/{slug}/links")
    @Operation(summary = "A section topic's link items", description = "The curated link items of every section"
            + " of this topic, whatever its spelling, newest post first by default; the same sorts, paging and"
            + " fields as GET /links.")
    @APIResponse(responseCode = "200", description = "A page of link items, with X-Total-Count and Link headers")
    @APIResponse(responseCode = "404", description = "No published post has such a section")
    public Page<LinkSummary> links(
            @Parameter(description = "Topic slug, a spelling's slug, or a heading",
                    example = "generative-ai") @RestPath String slug,
            @BeanParam LinkListQuery query) {
        Sort order = query.order();
        PageRequest request = query.request(order.name());
        String topic = sections.require(slug);
        return links.list(LinkFilter.all().withSectionSlugs(sectionAliases.rawSlugs(topic)), order, request);
    }
}
