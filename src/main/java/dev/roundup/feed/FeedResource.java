package dev.roundup.feed;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.roundup.common.http.ContentHash;
import dev.roundup.link.LinkFilter;
import dev.roundup.link.LinkService;

/**
 * The syndication feeds, one URL shape for all: {@code /feeds/{scope}.{format}}, the format being rss (RSS 2.0),
 * atom (Atom 1.0) or json (JSON Feed 1.1). Each answer has a strong ETag (a hash of the exact bytes) and a
 * Last-Modified, and a matching conditional request gets a 304. The URLs of before redirect here (FeedRedirects).
 */
@Path("/")
@Produces({ FeedWriter.RSS, FeedWriter.ATOM, FeedWriter.JSON_FEED })
@Tag(name = "Feeds", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the published posts")
@APIResponse(responseCode = "200", description = "The feed in the format of the URL's extension", content = {
        @Content(mediaType = FeedWriter.RSS, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = FeedWriter.ATOM, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = FeedWriter.JSON_FEED, schema = @Schema(type = SchemaType.OBJECT)) })
@APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
@APIResponse(responseCode = "400", description = "A malformed page parameter")
public class FeedResource {

    static final String FORMAT = ".{format: " + FeedFormat.EXTENSIONS + "}";
    private static final CacheControl CACHE = CacheControl.valueOf("public, max-age=300");

    @Inject
    FeedService feeds;

    @Inject
    FeedWriter writer;

    @Inject
    LinkService links;

    @GET
    @Path("feeds/posts" + FORMAT)
    @Operation(summary = "The latest posts", description = "Full HTML of each post with absolute URLs, summary,"
            + " author, date, tags as categories and the image (an enclosure in RSS). Paged: RFC 5005 first, next and"
            + " previous links in Atom, next_url in JSON Feed, a Link header in all three.")
    public Response posts(@BeanParam FeedRequest feed, @Context UriInfo uri, @Context Request request) {
        return respond(feeds.posts(feed.page()), feed, uri, request);
    }

    @GET
    @Path("feeds/tags/{slug}" + FORMAT)
    @Operation(summary = "A tag's posts")
    @APIResponse(responseCode = "404", description = "No published post has this tag")
    public Response tag(@Parameter(description = "Tag slug", example = "kafka") @RestPath String slug,
            @BeanParam FeedRequest feed, @Context UriInfo uri, @Context Request request) {
        return respond(feeds.tag(slug, feed.page()), feed, uri, request);
    }

    @GET
    @Path("feeds/sections/{slug}" + FORMAT)
    @Operation(summary = "A section topic's posts", description = "Posts with a section of the topic, in any of its"
            + " spellings (see /api/v1/sections).")
    @APIResponse(responseCode = "404", description = "No published post has such a section")
    public Response section(
            @Parameter(description = "Topic slug, a spelling's slug or a heading", example = "streaming") @RestPath String slug,
            @BeanParam FeedRequest feed, @Context UriInfo uri, @Context Request request) {
        return respond(feeds.section(slug, feed.page()), feed, uri, request);
    }

    @GET
    @Path("feeds/links" + FORMAT)
    @Operation(summary = "Every curated link", description = "One item per link item, newest post first, filtered"
            + " like GET /api/v1/links: 'every Kafka link' is /feeds/links.json?tag=kafka. In JSON Feed external_url"
            + " is the article, url its place in the roundup and content_html the commentary; an RSS item links to"
            + " the article, its guid the link's place in the roundup; an Atom entry's alternate link is its place in"
            + " the roundup and its rel=\"related\" link the article.")
    public Response links(@BeanParam LinkFeedFilter filter, @Context UriInfo uri, @Context Request request) {
        LinkFilter checked = LinkFilter.of(filter.tag, filter.tagMode, filter.section, filter.domain, null, null, null);
        return respond(feeds.links(links.withSectionSpellings(checked), filter.page()), filter, uri, request);
    }

    private Response respond(Feed feed, FeedRequest asked, UriInfo uri, Request request) {
        FeedLinks links = FeedLinks.of(uri, feed);
        FeedFormat format = asked.format();
        byte[] body = format.render(writer, feed, links).getBytes(StandardCharsets.UTF_8);
        EntityTag etag = new EntityTag(ContentHash.of(body));
        // HTTP dates have whole seconds: a Last-Modified with milliseconds would never match If-Modified-Since
        Date lastModified = feed.lastModified().map(date -> Date.from(date.toInstant().truncatedTo(ChronoUnit.SECONDS)))
                .orElse(null);
        Response.ResponseBuilder notModified = lastModified == null ? request.evaluatePreconditions(etag)
                : request.evaluatePreconditions(lastModified, etag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(body, format.mediaType + ";charset=utf-8");
        response.tag(etag).cacheControl(CACHE);
        if (lastModified != null) {
            response.lastModified(lastModified);
        }
        if (links.next() != null) {
            response.header("Link", "<" + links.next() + ">; rel=\"next\"");
        }
        return response.build();
    }
}
