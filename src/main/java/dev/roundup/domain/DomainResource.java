package dev.roundup.domain;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.Sort;
import dev.roundup.link.LinkListQuery;
import dev.roundup.link.LinkSummary;

@Path("/api/v1/domains")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Domains", description = "The sites the roundups link to")
public class DomainResource {

    @Inject
    DomainService domains;

    @GET
    @Operation(summary = "List linked domains", description = "Every domain of a curated link item of a published"
            + " post (WIND and Finally not counted), with how many links and posts, first and last seen. An aggregate"
            + " list: it pages by page/size only, and a cursor parameter is a 400.")
    @APIResponse(responseCode = "200", description = "A page of domains, with X-Total-Count and Link headers")
    public Page<DomainSummary> list(
            @Parameter(description = "Only domains starting with this, case-insensitive, www. ignored",
                    example = "streams") @RestQuery String q,
            @Parameter(description = "count (links), name or lastSeen, '-' in front for descending (default -count)",
                    example = "-count") @RestQuery String sort,
            @BeanParam PageParams paging) {
        if (paging.cursor != null && !paging.cursor.isBlank()) {
            throw new InvalidParameterException("cursor", "the domain list pages by page and size only, not by cursor");
        }
        Sort order = Sort.parse(sort, DomainService.DEFAULT_SORT, DomainService.SORTS);
        return domains.list(q, order, paging.request(order.name()));
    }

    @GET
    @Path("/{domain}/links")
    @Operation(summary = "A domain's link items", description = "The curated link items to this domain"
            + " (case-insensitive, www. ignored), sorted and paged like GET /api/v1/links.")
    @APIResponse(responseCode = "200", description = "A page of link items")
    @APIResponse(responseCode = "404", description = "No published post links to this domain")
    public Page<LinkSummary> links(
            @Parameter(description = "The domain", example = "streams.example.org") @RestPath String domain,
            @BeanParam LinkListQuery query) {
        Sort order = query.order();
        return domains.links(domain, order, query.request(order.name()));
    }
}
