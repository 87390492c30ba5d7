package dev.roundup.post;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.roundup.common.error.Problem;
import dev.roundup.common.http.HttpCaching;
import dev.roundup.common.http.SparseFields;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Parameters;
import dev.roundup.common.paging.Sort;
import dev.roundup.common.security.EditorAccess;
import dev.roundup.link.LinkItemView;
import dev.roundup.section.SectionAliases;

@Path("/api/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts", description = "Published roundups and articles")
// This reference brings the Problem schema into the document; every other failure points at it (OpenApiFilter)
@APIResponse(responseCode = "400", description = "A malformed parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "preview=true without a valid bearer token")
@APIResponse(responseCode = "403", description = "preview=true with a token lacking the editor or admin role")
public class PostResource {

    @Inject
    PostService posts;

    @Inject
    SparseFields sparseFields;

    @Inject
    SectionAliases sectionAliases;

    @Inject
    EditorAccess editorAccess;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(summary = "List published posts", description = "Newest first by default. Drafts and posts dated in"
            + " the future never appear. Page with page/size, or follow meta.nextCursor for deep paging.")
    @APIResponse(responseCode = "200", description = "A page of post summaries, with X-Total-Count and Link headers")
    public Page<PostSummary> list(
            @Parameter(description = "Tag slug or name, e.g. kafka; repeat for several") @RestQuery List<String> tag,
            @Parameter(description = "all (default): posts with every tag; any: with at least one",
                    schema = @Schema(enumeration = { "all", "any" })) @RestQuery String tagMode,
            @Parameter(description = "Category", example = "roundup") @RestQuery String category,
            @Parameter(description = "Section topic or heading slug: posts with a section (or sub-section) of that"
                    + " topic, in any of its spellings (see /sections)", example = "streaming") @RestQuery String section,
            @Parameter(description = "Author, case-insensitive", example = "nora") @RestQuery String author,
            @Parameter(description = "From this date or date-time (inclusive)", example = "2026-06-01") @RestQuery String from,
            @Parameter(description = "Up to this date (inclusive) or date-time (exclusive)",
                    example = "2026-12-31") @RestQuery String to,
            @Parameter(description = "Publication year", example = "2026") @RestQuery String year,
            @Parameter(description = "Issue number: the roundup whose metadata (Number: 665) or title ('... 665')"
                    + " gives it", example = "665") @RestQuery String number,
            @Parameter(description = "Full-text query, the syntax of GET /search (words, \"phrases\", -excluded, OR);"
                    + " enables sort=relevance, which is then the default",
                    example = "kafka \"consumer lag\"") @RestQuery String q,
            @BeanParam PageParams paging,
            @Parameter(description = "date or title, '-' in front for descending (default -date); with q also relevance"
                    + " (the default then; no cursor paging)", example = "-date") @RestQuery String sort,
            @Parameter(description = "true: drafts and scheduled posts too, each item with its status (draft, scheduled,"
                    + " published); needs a bearer token with the editor or admin role (401 without, 403 with another role)",
                    example = "false") @RestQuery String preview) {
        boolean previewing = preview(preview);
        PostFilter filter = PostFilter.of(tag, tagMode, category, section, author, from, to, year, q)
                .withNumber(number).withSectionSpellings(sectionAliases::rawSlugs);
        Sort order = PostService.sort(sort, filter);
        PageRequest request = paging.request(order.name());
        return previewing ? withStatuses(posts.list(filter, order, request, true)) : posts.list(filter, order, request);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One whole post", description = "Intro and body as markdown and HTML, its sections with"
            + " their link items, previous and next post, related posts and the links between posts.")
    @APIResponse(responseCode = "200", description = "The post; its ETag starts with its version and is what writes"
            + " send back in If-Match",
            headers = @Header(name = "ETag", description = "The post's version and a hash of the"
                    + " bytes sent, e.g. \"3-kq0TnU2xW9d1L8bV4sZ7cA5eR3yH6jPm\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "404", description = "No published post has this slug")
    public Response get(
            @Parameter(description = "The post's slug",
                    example = "2026-08-09-interesting-stuff-week-32-2026") @RestPath String slug,
            @Parameter(description = "Only these fields, comma separated",
                    example = "slug,title,sections") @RestQuery String fields,
            @Parameter(description = "true: a draft or scheduled post too, with its status and version; needs a bearer"
                    + " token with the editor or admin role", example = "false") @RestQuery String preview) {
        boolean previewing = preview(preview);
        PostService.Detail detail = previewing ? posts.detail(slug, true) : posts.published(slug);
        Object body = sparseFields.apply(detail.view(), fields);
        if (previewing) {
            ObjectNode node = mapper.valueToTree(body);
            node.put("status", detail.status().name());
            node.put("version", detail.version());
            body = node;
        }
        return Response.ok(body).header(HttpCaching.VERSION_HEADER, detail.version()).build();
    }

    /**
     * In a preview list each item says whether it is a draft, scheduled or published: a member beyond the summary's,
     * which fields= leaves in place.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Page<PostSummary> withStatuses(Page<PostSummary> page) {
        Map<String, PostStatus> statuses = posts.statuses(page.items().stream().map(PostSummary::slug).toList());
        List<ObjectNode> items = page.items().stream().map(summary -> {
            ObjectNode item = mapper.valueToTree(summary);
            return item.put("status", statuses.get(summary.slug()).name());
        }).toList();
        return (Page) new Page<>(items, page.meta());
    }

    /** preview=true shows what is not public: editors only. */
    private boolean preview(String preview) {
        boolean previewing = Parameters.bool("preview", preview);
        if (previewing) {
            editorAccess.require();
        }
        return previewing;
    }

    @GET
    @Path("/{slug}/links")
    @Operation(summary = "A post's link items", description = "In the order of the post, paged like every list.")
    @APIResponse(responseCode = "200", description = "A page of link items")
    @APIResponse(responseCode = "404", description = "No published post has this slug")
    public Page<LinkItemView> links(@RestPath String slug, @BeanParam PageParams paging) {
        return posts.links(slug, paging.request(PostService.POSITION_SORT));
    }
}
