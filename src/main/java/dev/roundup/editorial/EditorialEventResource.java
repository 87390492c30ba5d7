package dev.roundup.editorial;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import dev.roundup.common.security.Roles;

/** Events written by hand and corrections of extracted ones; a re-import keeps them. */
@Path(EditorialEventResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial", description = "Writing posts (bearer token with the editor or admin role)")
@APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors")
public class EditorialEventResource {

    public static final String PATH = "/api/v1/events";
    private static final String SLUG_EXAMPLE = "data-saturday-lisbon-2026";
    private static final String EXAMPLE = "{\"name\": \"Data Saturday Lisbon\", \"startsOn\": \"2026-10-03\","
            + " \"city\": \"Lisbon\", \"country\": \"Portugal\", \"url\": \"https://datasaturdays.example.org/2026-10-03-lisbon/\","
            + " \"role\": \"speaker\", \"talks\": [{\"title\": \"Offsets Are Promises\"}]}";

    @Inject
    EditorialEventService events;

    @Inject
    EditorialBodies bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Create an event", description = "An event by hand: name, dates (startsOn/endsOn) or times"
            + " (startsAt/endsAt with zone), venue, city, country, url, description, role, status and talks. It has no"
            + " mentions until a post names it: the importer merges a post's event into it by URL, or by name and"
            + " start date. The slug is the name (and the start year when the name lacks it) unless given.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventRequest.class), example = EXAMPLE))
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            headers = { @Header(name = "Location", description = "The event's URL", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The event's version", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventWriteResult.class)))
    @APIResponse(responseCode = "409", description = "An event with this slug, or with this URL, exists")
    public Response create(String body) {
        EventWriteResult result = events.create(bodies.read(body, EventRequest.class));
        return Response.created(URI.create(result.location())).header(HttpHeaders.ETAG, EntityTags.of(result.version()))
                .entity(result).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Replace an event", description = "All its fields, as for a create; absent ones are"
            + " cleared. The event becomes edited: a re-import no longer changes its fields, only its mentions."
            + " If-Match with the current ETag is required: a stale one gets 412, none 428.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventRequest.class), example = EXAMPLE))
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventWriteResult.class)))
    @APIResponse(responseCode = "404", description = "No event has this slug")
    public Response replace(
            @Parameter(description = "The event's slug", example = SLUG_EXAMPLE) @RestPath String slug,
            @Parameter(description = "The event's ETag, or *", example = "\"3\"") @RestHeader("If-Match") String ifMatch,
            String body) {
        var expected = EntityTags.expected(ifMatch);
        return written(events.replace(slug, bodies.read(body, EventRequest.class), expected));
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({ EditorialPostResource.MERGE_PATCH, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Correct some fields of an event", description = "A JSON merge patch (RFC 7396) of name,"
            + " startsOn, endsOn, startsAt, endsAt, zone, venue, city, country, url, description, role, status and"
            + " talks; null removes an optional field. The event becomes edited: a re-import keeps the correction."
            + " If-Match is required.")
    @RequestBody(required = true, content = @Content(mediaType = EditorialPostResource.MERGE_PATCH,
            schema = @Schema(type = SchemaType.OBJECT, description = "The fields to change"),
            example = "{\"city\": \"Porto\", \"startsOn\": \"2026-10-10\", \"endsOn\": null}"))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventWriteResult.class)))
    @APIResponse(responseCode = "404", description = "No event has this slug")
    public Response patch(
            @Parameter(description = "The event's slug", example = SLUG_EXAMPLE) @RestPath String slug,
            @Parameter(description = "The event's ETag, or *", example = "\"3\"") @RestHeader("If-Match") String ifMatch,
            String body) {
        var expected = EntityTags.expected(ifMatch);
        return written(events.patch(slug, bodies.json(body), expected));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an event", description = "Admins only. If-Match is required. Its mentions go with it;"
            + " a later import of a post that announces the event makes it again, as extracted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No event has this slug")
    public Response delete(
            @Parameter(description = "The event's slug", example = SLUG_EXAMPLE) @RestPath String slug,
            @Parameter(description = "The event's ETag, or *", example = "\"3\"") @RestHeader("If-Match") String ifMatch) {
        events.delete(slug, EntityTags.expected(ifMatch));
        return Response.noContent().build();
    }

    private static Response written(EventWriteResult result) {
        return Response.ok(result).header(HttpHeaders.ETAG, EntityTags.of(result.version())).build();
    }
}
