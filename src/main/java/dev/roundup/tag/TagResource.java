package dev.roundup.tag;

import java.util.List;

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
import dev.roundup.post.PostFilter;
import dev.roundup.post.PostService;
import dev.roundup.post.PostSummary;
import dev.roundup.post.PostSummaryPage;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "The tags of published posts, with their numbers")
@APIResponse(responseCode = "400", description = "A malformed parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TagResource {

    @Inject
    TagService tags;

    @Inject
    PostService posts;

    @Inject
    LinkService links;

    @Inject
    SparseFields sparseFields;

    @GET
    @Operation(summary = "List tags", description = "Tags of published posts only (a tag used only by drafts or"
            + " scheduled posts is not listed), most used first by default. q filters by prefix for autocomplete."
            + " Page with page/size, or follow meta.nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of tags, with X-Total-Count and Link headers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagSummaryPage.class)))
    public Response list(
            @Parameter(description = "Prefix of the tag's name or slug, case-insensitive (at most 100 characters)",
                    example = "kaf") @RestQuery String q,
            @Parameter(description = "Page number, from 1", example = "1") @RestQuery String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)", example = "20") @RestQuery String size,
            @Parameter(description = "Opaque keyset cursor from meta.nextCursor") @RestQuery String cursor,
            @Parameter(description = "count (published posts), name or lastUsed, '-' in front for descending"
                    + " (default -count)", example = "-count") @RestQuery String sort,
            @Parameter(description = "Only these fields of each item, comma separated",
                    example = "name,slug,postCount") @RestQuery String fields,
            @Context UriInfo uri) {
        Sort order = Sort.parse(sort, TagService.DEFAULT_SORT, TagService.SORTS);
        PageRequest request = PageRequest.of(page, size, cursor, order.name());
        Page<TagSummary> result = tags.list(TagFilter.of(q), order, request);
        return PagedResponse.of(sparseFields.apply(result, fields, TagSummary.class), result.meta(), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One tag", description = "By slug, or by name (slugified: 'Azure Data Explorer' finds"
            + " azure-data-explorer). With the tags most often used on the same posts.")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "404", description = "No published post carries this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Object get(
            @Parameter(description = "The tag's slug or name", example = "kafka") @RestPath String slug,
            @Parameter(description = "Only these fields, comma separated",
                    example = "name,postCount") @RestQuery String fields) {
        return sparseFields.apply(tags.get(slug), fields);
    }

    @GET
    @Path("/{slug}/posts")
    @Operation(summary = "A tag's posts", description = "Exactly GET /posts?tag={slug}: the same sorts, paging and"
            + " fields, newest first by default.")
    @APIResponse(responseCode = "200", description = "A page of post summaries, with X-Total-Count and Link headers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostSummaryPage.class)))
    @APIResponse(responseCode = "404", description = "No published post carries this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response posts(
            @Parameter(description = "The tag's slug or name", example = "kafka") @RestPath String slug,
            @Parameter(description = "Page number, from 1", example = "1") @RestQuery String page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)", example = "20") @RestQuery String size,
            @Parameter(description = "Opaque keyset cursor from meta.nextCursor") @RestQuery String cursor,
            @Parameter(description = "date or title, '-' in front for descending (default -date)",
                    example = "-date") @RestQuery String sort,
            @Parameter(description = "Only these fields of each item, comma separated",
                    example = "slug,title,date") @RestQuery String fields,
            @Context UriInfo uri) {
        Sort order = Sort.parse(sort, PostService.DEFAULT_SORT, PostService.SORTS);
        PageRequest request = PageRequest.of(page, size, cursor, order.name());
        String tag = tags.require(slug);
        PostFilter filter = PostFilter.of(List.of(tag), null, null, null, null, null, null, null);
        Page<PostSummary> result = posts.list(filter, order, request);
        return PagedResponse.of(sparseFields.apply(result, fields, PostSummary.class), result.meta(), uri);
    }

    @GET
    @Path("/{slug}/links")
    @Operation(summary = "A tag's link items", description = "Exactly GET /links?tag={slug}: the curated link items"
            + " of the tag's posts, newest post first by default, with the same sorts, paging and fields.")
    @APIResponse(responseCode = "200", description = "A page of link items, with X-Total-Count and Link headers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkSummaryPage.class)))
    @APIResponse(responseCode = "404", description = "No published post carries this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response links(
            @Parameter(description = "The tag's slug or name", example = "kafka") @RestPath String slug,
            @BeanParam LinkListQuery query, @Context UriInfo uri) {
        Sort order = query.order();
        PageRequest request = query.pageRequest(order);
        LinkFilter filter = LinkFilter.of(List.of(tags.require(slug)), null, null, null, null, null, null);
        Page<LinkSummary> result = links.list(filter, order, request);
        return PagedResponse.of(sparseFields.apply(result, query.fields, LinkSummary.class), result.meta(), uri);
    }
}
