package dev.roundup.editorial;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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

/** New link items in a post's sections, kept across re-imports like corrections. */
@Path(EditorialPostResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial", description = "Writing posts (bearer token with the editor or admin role)")
public class EditorialPostLinkResource {

    @Inject
    LinkAdditionService additions;

    @Inject
    EditorialBodies bodies;

    @POST
    @Path("/{slug}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Add a link item to a post", description = "Into the section named by its slug (section) or"
            + " by its position in the post (sectionPosition), at position (from 0; by default last). The commentary is"
            + " markdown, rendered as the importer renders it. A link item is part of its post: If-Match takes the"
            + " post's ETag and the addition makes a new post version. It is kept apart and put back whenever the"
            + " post is written, by an import too: after the item it followed, in the section with the same slug."
            + " The post's markdown body itself is not changed; once it has the link itself, the addition lapses"
            + " and its fields correct that item. Items get new ids whenever their post is written.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateLinkItemRequest.class),
            example = "{\"section\": \"streaming\", \"position\": 0, \"title\": \"Watermarks That Never Move\","
                    + " \"url\": \"https://streams.example.org/watermarks\", \"commentary\": \"Why **idle** partitions"
                    + " stall a job.\"}"))
    @APIResponse(responseCode = "201", description = "Added; Location names the link item, ETag is the post's new version",
            headers = {
                    @Header(name = "Location", description = "The link item's URL", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The post's new version",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkWriteResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors (an unknown section too)")
    @APIResponse(responseCode = "404", description = "No post has this slug")
    @APIResponse(responseCode = "409", description = "The post has a link item with this URL already: correct that one")
    @APIResponse(responseCode = "412", description = "If-Match names another version of the post than the stored one")
    public Response create(
            @Parameter(description = "The post's slug",
                    example = "2026-11-15-interesting-stuff-week-46-2026") @RestPath String slug,
            @Parameter(description = "The post's ETag, or *", example = "\"3\"") @RestHeader("If-Match") String ifMatch,
            String body) {
        var expected = EntityTags.expected(ifMatch);
        LinkWriteResult result = additions.create(slug, bodies.read(body, CreateLinkItemRequest.class), expected);
        return Response.created(URI.create(result.location())).header(HttpHeaders.ETAG, EntityTags.of(result.version()))
                .entity(result).build();
    }
}
