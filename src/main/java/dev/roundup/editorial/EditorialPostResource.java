package dev.roundup.editorial;

import java.net.URI;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.error.ProblemException;
import dev.roundup.common.security.Roles;

/** Writes of posts, as JSON or as the roundup markdown itself. Editors write; only admins delete. */
@Path(EditorialPostResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial", description = "Writing posts (bearer token with the editor or admin role)")
@APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors")
public class EditorialPostResource {

    public static final String PATH = "/api/v1/posts";
    static final String MARKDOWN = "text/markdown";
    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    EditorialPostService posts;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, MARKDOWN })
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Create a post", description = "JSON (front matter fields and a markdown body) or the"
            + " roundup markdown file itself (text/markdown). Either is parsed by the importer, so sections and link"
            + " items come out as for an imported file. draft: true keeps it private; a future date schedules it.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostRequest.class)),
            @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING),
                    example = "---\ntitle: Interesting Stuff - Week 47, 2026\ndate: 2026-11-22T09:30:00+01:00\n"
                            + "categories: [roundup]\n---\n\nIntro.\n\n<!--more-->\n\n## Streaming\n\n"
                            + "* [A link](https://example.com/a): why it matters.\n") })
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            headers = { @Header(name = "Location", description = "The post's URL", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The post's version", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostWriteResult.class)))
    @APIResponse(responseCode = "409", description = "A post with this slug exists")
    public Response create(String body, HttpHeaders headers) {
        PostWriteResult result = isMarkdown(headers) ? posts.create(body) : posts.create(request(body));
        return Response.created(URI.create(result.location())).header(HttpHeaders.ETAG, EntityTags.of(result.version()))
                .entity(result).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes({ MediaType.APPLICATION_JSON, MARKDOWN })
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Replace a post", description = "The whole post, as JSON or markdown like a create. If-Match"
            + " with the current ETag is required: a stale one gets 412, none 428.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostRequest.class)),
            @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostWriteResult.class)))
    @APIResponse(responseCode = "404", description = "No post has this slug")
    public Response replace(
            @Parameter(description = "The post's slug",
                    example = "2026-11-22-interesting-stuff-week-47-2026") @RestPath String slug,
            @Parameter(description = "The post's ETag, or *", example = "\"3\"") @RestHeader("If-Match") String ifMatch,
            String body, HttpHeaders headers) {
        var expected = EntityTags.expected(ifMatch);
        PostWriteResult result = isMarkdown(headers) ? posts.replace(slug, body, expected)
                : posts.replace(slug, request(body), expected);
        return written(result);
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Change some fields of a post", description = "A JSON merge patch (RFC 7396) of title, date,"
            + " draft, author, description, tags, categories, keywords, image, thumbnail and body; null removes an"
            + " optional field. Publish a draft with {\"draft\": false}. If-Match is required.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(type = SchemaType.OBJECT, description = "The fields to change"),
            example = "{\"title\": \"Interesting Stuff - Week 47, 2026\", \"draft\": false, \"tags\": [\"Kafka\"]}"))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostWriteResult.class)))
    @APIResponse(responseCode = "404", description = "No post has this slug")
    public Response patch(
            @Parameter(description = "The post's slug",
                    example = "2026-11-22-interesting-stuff-week-47-2026") @RestPath String slug,
            @Parameter(description = "The post's ETag, or *", example = "\"3\"") @RestHeader("If-Match") String ifMatch,
            String body) {
        var expected = EntityTags.expected(ifMatch);
        return written(posts.patch(slug, json(body), expected));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a post", description = "Admins only. If-Match is required.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No post has this slug")
    public Response delete(
            @Parameter(description = "The post's slug",
                    example = "2026-11-22-interesting-stuff-week-47-2026") @RestPath String slug,
            @Parameter(description = "The post's ETag, or *", example = "\"3\"") @RestHeader("If-Match") String ifMatch) {
        posts.delete(slug, EntityTags.expected(ifMatch));
        return Response.noContent().build();
    }

    private static Response written(PostWriteResult result) {
        return Response.ok(result).header(HttpHeaders.ETAG, EntityTags.of(result.version())).build();
    }

    private static boolean isMarkdown(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return type != null && (type.getType() + "/" + type.getSubtype()).equalsIgnoreCase(MARKDOWN);
    }

    private PostRequest request(String body) {
        PostRequest request;
        try {
            request = mapper.readValue(body, PostRequest.class);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        if (request == null) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "the body is empty");
        }
        Set<ConstraintViolation<PostRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private JsonNode json(String body) {
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private static ProblemException malformed(JsonProcessingException e) {
        return new ProblemException(400, "malformed-body", "Malformed request body",
                "the body is not valid JSON for this operation: " + e.getOriginalMessage());
    }
}
