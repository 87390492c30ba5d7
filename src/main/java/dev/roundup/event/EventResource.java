package dev.roundup.event;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.error.Problem;
import dev.roundup.common.http.HttpCaching;
import dev.roundup.common.http.SparseFields;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.Sort;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Conferences and meetups the author writes about in the WIND sections, and the"
        + " events newsletters list under \"Upcoming Events\"")
@APIResponse(responseCode = "400", description = "A malformed parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EventResource {

    @Inject
    EventService events;

    @Inject
    SparseFields sparseFields;

    @GET
    @Operation(summary = "List events", description = "Events read out of the WIND sections and the events lists"
            + " of published posts, merged across the weeks that mention them. Upcoming (not over yet) by default,"
            + " soonest first; past and all latest first. An event only hidden posts mention never appears.")
    @APIResponse(responseCode = "200", description = "A page of events, with X-Total-Count and Link headers")
    public Page<EventSummary> list(
            @BeanParam EventFilterParams filters,
            @BeanParam PageParams paging,
            @Parameter(description = "start or name, '-' in front for descending (default start for upcoming,"
                    + " -start otherwise)", example = "start") @RestQuery String sort) {
        EventFilter filter = filters.filter("upcoming");
        Sort order = Sort.parse(sort, filter.defaultSort(), EventService.SORTS);
        return events.list(filter, order, paging.request(order.name()));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One event", description = "With every published post that mentions it and what it says.")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "No public event has this slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "The event's slug", example = "data-saturday-lisbon-2026") @RestPath String slug,
            @Parameter(description = "Only these fields, comma separated",
                    example = "slug,name,mentions") @RestQuery String fields) {
        EventService.Detail detail = events.get(slug);
        return Response.ok(sparseFields.apply(detail.view(), fields)).header(HttpCaching.VERSION_HEADER, detail.version())
                .build();
    }
}
