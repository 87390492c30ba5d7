package dev.roundup.domain;

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

import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.error.Problem;
import dev.roundup.common.http.SparseFields;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.PagedResponse;
import dev.roundup.common.paging.Sort;
import dev.roundup.link.LinkListQuery;
import dev.roundup.link.LinkSummary;
import dev.roundup.link.LinkSummaryPage;

@Path("/api/v1/domains")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Domains", description = "The sites the roundups link to")
@APIResponse(responseCode = "400", description = "A malformed parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DomainResource {

    @Inject
    DomainService domains;

    @Inject
    SparseFields sparseFields;

    @GET
    @Operation(summary = "List linked domains", description = "Every domain of a curated link item of a published"
            + " post (WIND and Finally not counted), with how many links and posts, first and last seen. An aggregate"
            + " list: it pages by page/size only, and a cursor parameter is a 400.")
    @APIResponse(responseCode = "200", description = "A page of domains, with X-Total-Count and Link headers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DomainSummaryPage.class)))
    public Response list(
            @Parameter(description = "Only domains starting with this, case-insensitive, www. ignored",
                    example = "streams") @RestQuery String q,
            @Parameter(description = "count (links), name or lastSeen, '-' in front for descending (default -count)",
                    example = "-count") @RestQuery String sort,
            @Parameter(description = "Page number, from 1", example = "1") @RestQuery String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)", example = "20") @RestQuery String size,
            @Parameter(description = "Not supported here: this list pages by number") @RestQuery String cursor,
            @Parameter(description = "Only these fields of each item, comma separated",
                    example = "name,linkCount") @RestQuery String fields,
            @Context UriInfo uri) {
        if (cursor != null && !cursor.isBlank()) {
            throw new InvalidParameterException("cursor", "the domain list pages by page and size only, not by cursor");
        }
        Sort order = Sort.parse(sort, DomainService.DEFAULT_SORT, DomainService.SORTS);
        PageRequest request = PageRequest.of(page, size, null, order.name());
        Page<DomainSummary> result = domains.list(q, order, request);
        return PagedResponse.of(sparseFields.apply(result, fields, DomainSummary.class), result.meta(), uri);
    }

    @GET
    @Path("/{domain}/links")
    @Operation(summary = "A domain's link items", description = "The curated link items to this domain"
            + " (case-insensitive, www. ignored), sorted and paged like GET /api/v1/links.")
    @APIResponse(responseCode = "200", description = "A page of link items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkSummaryPage.class)))
    @APIResponse(responseCode = "404", description = "No published post links to this domain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response links(
            @Parameter(description = "The domain", example = "streams.example.org") @RestPath String domain,
            @BeanParam LinkListQuery query, @Context UriInfo uri) {
        Sort order = query.order();
        PageRequest request = query.pageRequest(order);
        Page<LinkSummary> result = domains.links(domain, order, request);
        return PagedResponse.of(sparseFields.apply(result, query.fields, LinkSummary.class), result.meta(), uri);
    }
}
