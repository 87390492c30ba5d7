package dev.roundup.tag;

import java.util.List;

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

import dev.roundup.common.http.FieldsParam;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Sort;
import dev.roundup.link.LinkFilter;
import dev.roundup.link.LinkListQuery;
import dev.roundup.link.LinkService;
import dev.roundup.link.LinkSummary;
import dev.roundup.post.PostFilter;
import dev.roundup.post.PostService;
import dev.roundup.post.PostSummary;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "The tags of published posts, with their numbers")
public class TagResource {

    @Inject
    TagService tags;

    @Inject
    PostService posts;

    @Inject
    LinkService links;

    @GET
    @Operation(summary = "List tags", description = "Tags of published posts only (a tag used only by drafts or"
            + " scheduled posts is not listed), most used first by default. q filters by prefix for autocomplete."
            + " Page with page/size, or follow meta.nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of tags, with X-Total-Count and Link headers")
    public Page<TagSummary> list(
            @Parameter(description = "Prefix of the tag's name or slug, case-insensitive (at most 100 characters)",
                    example = "kaf") @RestQuery String q,
            @BeanParam PageParams paging,
            @Parameter(description = "count (published posts), name or lastUsed, '-' in front for descending"
                    + " (default -count)", example = "-count") @RestQuery String sort) {
        Sort order = Sort.parse(sort, TagService.DEFAULT_SORT, TagService.SORTS);
        return tags.list(TagFilter.of(q), order, paging.request(order.name()));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One tag", description = "By slug, or by name (slugified: 'Azure Data Explorer' finds"
            + " azure-data-explorer). With the tags most often used on the same posts.")
    @APIResponse(responseCode = "200", description = "The tag")
    @APIResponse(responseCode = "404", description = "No published post carries this tag")
    public TagView get(
            @Parameter(description = "The tag's slug or name", example = "kafka") @RestPath String slug,
            @BeanParam FieldsParam fields) {
        return tags.get(slug);
    }

    @GET
    @Path("/{slug}/posts")
    @Operation(summary = "A tag's posts", description = "Exactly GET /posts?tag={slug}: the same sorts, paging and"
            + " fields, newest first by default.")
    @APIResponse(responseCode = "200", description = "A page of post summaries, with X-Total-Count and Link headers")
    @APIResponse(responseCode = "404", description = "No published post carries this tag")
    public Page<PostSummary> posts(
            @Parameter(description = "The tag's slug or name", example = "kafka") @RestPath String slug,
            @BeanParam PageParams paging,
            @Parameter(description = "date or title, '-' in front for descending (default -date)",
                    example = "-date") @RestQuery String sort) {
        Sort order = Sort.parse(sort, PostService.DEFAULT_SORT, PostService.SORTS);
        PageRequest request = paging.request(order.name());
        PostFilter filter = PostFilter.of(List.of(tags.require(slug)), null, null, null, null, null, null, null);
        return posts.list(filter, order, request);
    }

    @GET
    @Path("/{slug}/links")
    @Operation(summary = "A tag's link items", description = "Exactly GET /links?tag={slug}: the curated link items"
            + " of the tag's posts, newest post first by default, with the same sorts, paging and fields.")
    @APIResponse(responseCode = "200", description = "A page of link items, with X-Total-Count and Link headers")
    @APIResponse(responseCode = "404", description = "No published post carries this tag")
    public Page<LinkSummary> links(
            @Parameter(description = "The tag's slug or name", example = "kafka") @RestPath String slug,
            @BeanParam LinkListQuery query) {
        Sort order = query.order();
        PageRequest request = query.request(order.name());
        return links.list(LinkFilter.of(List.of(tags.require(slug)), null, null, null, null, null, null), order, request);
    }
}
