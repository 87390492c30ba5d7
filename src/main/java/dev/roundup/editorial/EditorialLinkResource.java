package dev.roundup.editorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import dev.roundup.common.security.Roles;

/** Corrections of link items, kept across re-imports of their post. */
@Path(EditorialLinkResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial", description = "Writing posts (bearer token with the editor or admin role)")
@APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors, or an id that is not a number")
@APIResponse(responseCode = "404", description = "No link item has this id")
@APIResponse(responseCode = "412", description = "If-Match names another version of the item's post than the stored one")
public class EditorialLinkResource {

    public static final String PATH = "/api/v1/links";

    @Inject
    EditorialLinkService links;

    @Inject
    EditorialBodies bodies;

    @PATCH
    @Path("/{id}")
    @Consumes({ EditorialPostResource.MERGE_PATCH, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Correct a link item", description = "A JSON merge patch (RFC 7396) of title, url and"
            + " commentary (markdown, rendered to HTML and text as the importer does; domain and normalized URL follow"
            + " the url). A link item is part of its post: If-Match takes the post's ETag and the correction makes a"
            + " new post version. The correction is kept apart and applied again whenever the post is written, by"
            + " an import too, as long as the post's markdown still has a link item with the item's original URL;"
            + " the post's markdown body itself is not changed. The item gets a new id when its post is written.")
    @RequestBody(required = true, content = @Content(mediaType = EditorialPostResource.MERGE_PATCH,
            schema = @Schema(type = SchemaType.OBJECT, description = "The fields to change"),
            example = "{\"title\": \"Watermarks That Never Move\", \"commentary\": \"Why **idle** partitions stall a job.\"}"))
    @APIResponse(responseCode = "200", description = "Corrected; ETag is the post's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkWriteResult.class)))
    public Response patch(
            @Parameter(description = "The link item's id", example = "118") @RestPath String id,
            @Parameter(description = "The ETag of the item's post, or *",
                    example = "\"3\"") @RestHeader("If-Match") String ifMatch,
            String body) {
        var expected = EntityTags.expected(ifMatch);
        LinkWriteResult result = links.patch(id, bodies.json(body), expected);
        return Response.ok(result).header(HttpHeaders.ETAG, EntityTags.of(result.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a link item", description = "Admins only. If-Match takes the ETag of the item's post."
            + " The deletion is kept like a correction: a re-import of the post leaves the item out while the post's"
            + " markdown still has it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @Parameter(description = "The link item's id", example = "118") @RestPath String id,
            @Parameter(description = "The ETag of the item's post, or *",
                    example = "\"3\"") @RestHeader("If-Match") String ifMatch) {
        links.delete(id, EntityTags.expected(ifMatch));
        return Response.noContent().build();
    }
}
