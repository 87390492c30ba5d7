package dev.roundup.feed;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.function.BiFunction;

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
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.error.Problem;
import dev.roundup.common.http.ContentHash;
import dev.roundup.link.LinkFilter;
import dev.roundup.link.LinkService;

/**
 * The syndication feeds: the whole blog and each tag, as RSS 2.0, Atom 1.0 and JSON Feed 1.1. Each answer has a
 * strong ETag (a hash of the exact bytes) and a Last-Modified, and a matching conditional request gets a 304.
 */
@Path("/")
@Tag(name = "Feeds", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the published posts")
@APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
@APIResponse(responseCode = "400", description = "A malformed page parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FeedResource {

    private static final CacheControl CACHE = CacheControl.valueOf("public, max-age=300");

    @Inject
    FeedService feeds;

    @Inject
    FeedWriter writer;

    @Inject
    LinkService links;

    @GET
    @Path("feeds/rss.xml")
    @Produces(FeedWriter.RSS)
    @Operation(summary = "The latest posts as RSS 2.0", description = "Full HTML of each post with absolute URLs,"
            + " summary, author, date, tags as categories and the image as an enclosure.")
    @APIResponse(responseCode = "200", description = "RSS 2.0", content = @Content(mediaType = FeedWriter.RSS,
            schema = @Schema(type = SchemaType.STRING)))
    public Response rss(@Parameter(description = "Page, from 1", example = "1") @RestQuery String page,
            @Context UriInfo uri, @Context Request request) {
        return respond(feeds.posts(FeedService.page(page)), writer::rss, FeedWriter.RSS, uri, request);
    }

    @GET
    @Path("feeds/atom.xml")
    @Produces(FeedWriter.ATOM)
    @Operation(summary = "The latest posts as Atom 1.0", description = "Paged with RFC 5005 first, next and"
            + " previous links.")
    @APIResponse(responseCode = "200", description = "Atom 1.0", content = @Content(mediaType = FeedWriter.ATOM,
            schema = @Schema(type = SchemaType.STRING)))
    public Response atom(@Parameter(description = "Page, from 1", example = "1") @RestQuery String page,
            @Context UriInfo uri, @Context Request request) {
        return respond(feeds.posts(FeedService.page(page)), writer::atom, FeedWriter.ATOM, uri, request);
    }

    @GET
    @Path("feeds/feed.json")
    @Produces(FeedWriter.JSON_FEED)
    @Operation(summary = "The latest posts as JSON Feed 1.1", description = "Paged with next_url.")
    @APIResponse(responseCode = "200", description = "JSON Feed 1.1", content = @Content(mediaType = FeedWriter.JSON_FEED,
            schema = @Schema(type = SchemaType.OBJECT)))
    public Response json(@Parameter(description = "Page, from 1", example = "1") @RestQuery String page,
            @Context UriInfo uri, @Context Request request) {
        return respond(feeds.posts(FeedService.page(page)), writer::json, FeedWriter.JSON_FEED, uri, request);
    }

    @GET
    @Path("tags/{slug}/feed.xml")
    @Produces(FeedWriter.RSS)
    @Operation(summary = "A tag's posts as RSS 2.0")
    @APIResponse(responseCode = "200", description = "RSS 2.0", content = @Content(mediaType = FeedWriter.RSS,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No published post has this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response tagRss(@Parameter(description = "Tag slug", example = "kafka") @RestPath String slug,
            @Parameter(description = "Page, from 1", example = "1") @RestQuery String page,
            @Context UriInfo uri, @Context Request request) {
        return respond(feeds.tag(slug, FeedService.page(page)), writer::rss, FeedWriter.RSS, uri, request);
    }

    @GET
    @Path("tags/{slug}/feed.atom")
    @Produces(FeedWriter.ATOM)
    @Operation(summary = "A tag's posts as Atom 1.0")
    @APIResponse(responseCode = "200", description = "Atom 1.0", content = @Content(mediaType = FeedWriter.ATOM,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No published post has this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response tagAtom(@Parameter(description = "Tag slug", example = "kafka") @RestPath String slug,
            @Parameter(description = "Page, from 1", example = "1") @RestQuery String page,
            @Context UriInfo uri, @Context Request request) {
        return respond(feeds.tag(slug, FeedService.page(page)), writer::atom, FeedWriter.ATOM, uri, request);
    }

    @GET
    @Path("tags/{slug}/feed.json")
    @Produces(FeedWriter.JSON_FEED)
    @Operation(summary = "A tag's posts as JSON Feed 1.1")
    @APIResponse(responseCode = "200", description = "JSON Feed 1.1", content = @Content(mediaType = FeedWriter.JSON_FEED,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No published post has this tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response tagJson(@Parameter(description = "Tag slug", example = "kafka") @RestPath String slug,
            @Parameter(description = "Page, from 1", example = "1") @RestQuery String page,
            @Context UriInfo uri, @Context Request request) {
        return respond(feeds.tag(slug, FeedService.page(page)), writer::json, FeedWriter.JSON_FEED, uri, request);
    }

    @GET
    @Path("sections/{slug}/feed.xml")
    @Produces(FeedWriter.RSS)
    @Operation(summary = "A section topic's posts as RSS 2.0", description = "Posts with a section of the topic, in"
            + " any of its spellings (see /api/v1/sections).")
    @APIResponse(responseCode = "200", description = "RSS 2.0", content = @Content(mediaType = FeedWriter.RSS,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No published post has such a section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sectionRss(
            @Parameter(description = "Topic slug, a spelling's slug or a heading", example = "streaming") @RestPath String slug,
            @Parameter(description = "Page, from 1", example = "1") @RestQuery String page,
            @Context UriInfo uri, @Context Request request) {
        return respond(feeds.section(slug, FeedService.page(page)), writer::rss, FeedWriter.RSS, uri, request);
    }

    @GET
    @Path("sections/{slug}/feed.atom")
    @Produces(FeedWriter.ATOM)
    @Operation(summary = "A section topic's posts as Atom 1.0")
    @APIResponse(responseCode = "200", description = "Atom 1.0", content = @Content(mediaType = FeedWriter.ATOM,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No published post has such a section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sectionAtom(
            @Parameter(description = "Topic slug, a spelling's slug or a heading", example = "streaming") @RestPath String slug,
            @Parameter(description = "Page, from 1", example = "1") @RestQuery String page,
            @Context UriInfo uri, @Context Request request) {
        return respond(feeds.section(slug, FeedService.page(page)), writer::atom, FeedWriter.ATOM, uri, request);
    }

    @GET
    @Path("sections/{slug}/feed.json")
    @Produces(FeedWriter.JSON_FEED)
    @Operation(summary = "A section topic's posts as JSON Feed 1.1")
    @APIResponse(responseCode = "200", description = "JSON Feed 1.1", content = @Content(mediaType = FeedWriter.JSON_FEED,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No published post has such a section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sectionJson(
            @Parameter(description = "Topic slug, a spelling's slug or a heading", example = "streaming") @RestPath String slug,
            @Parameter(description = "Page, from 1", example = "1") @RestQuery String page,
            @Context UriInfo uri, @Context Request request) {
        return respond(feeds.section(slug, FeedService.page(page)), writer::json, FeedWriter.JSON_FEED, uri, request);
    }

    @GET
    @Path("feeds/links.json")
    @Produces(FeedWriter.JSON_FEED)
    @Operation(summary = "Every curated link as JSON Feed 1.1", description = "One item per link item, newest post"
            + " first: external_url is the article, url its place in the roundup, content_html the commentary."
            + " Filtered like GET /api/v1/links: 'every Kafka link' is /feeds/links.json?tag=kafka.")
    @APIResponse(responseCode = "200", description = "JSON Feed 1.1", content = @Content(mediaType = FeedWriter.JSON_FEED,
            schema = @Schema(type = SchemaType.OBJECT)))
    public Response linksJson(@BeanParam LinkFeedFilter filter, @Context UriInfo uri, @Context Request request) {
        return respond(linksFeed(filter), writer::json, FeedWriter.JSON_FEED, uri, request);
    }

    @GET
    @Path("feeds/links.xml")
    @Produces(FeedWriter.RSS)
    @Operation(summary = "Every curated link as RSS 2.0", description = "Each item links to the article; its guid"
            + " is the link's place in the roundup. Filtered like GET /api/v1/links.")
    @APIResponse(responseCode = "200", description = "RSS 2.0", content = @Content(mediaType = FeedWriter.RSS,
            schema = @Schema(type = SchemaType.STRING)))
    public Response linksRss(@BeanParam LinkFeedFilter filter, @Context UriInfo uri, @Context Request request) {
        return respond(linksFeed(filter), writer::rss, FeedWriter.RSS, uri, request);
    }

    @GET
    @Path("feeds/links.atom")
    @Produces(FeedWriter.ATOM)
    @Operation(summary = "Every curated link as Atom 1.0", description = "Each entry's alternate link is its place in"
            + " the roundup and its rel=\"related\" link the article. Filtered like GET /api/v1/links.")
    @APIResponse(responseCode = "200", description = "Atom 1.0", content = @Content(mediaType = FeedWriter.ATOM,
            schema = @Schema(type = SchemaType.STRING)))
    public Response linksAtom(@BeanParam LinkFeedFilter filter, @Context UriInfo uri, @Context Request request) {
        return respond(linksFeed(filter), writer::atom, FeedWriter.ATOM, uri, request);
    }

    private Feed linksFeed(LinkFeedFilter filter) {
        LinkFilter checked = LinkFilter.of(filter.tag, filter.tagMode, filter.section, filter.domain, null, null, null);
        return feeds.links(links.withSectionSpellings(checked), FeedService.page(filter.page));
    }

    private static Response respond(Feed feed, BiFunction<Feed, FeedLinks, String> format, String mediaType,
            UriInfo uri, Request request) {
        FeedLinks links = FeedLinks.of(uri, feed);
        byte[] body = format.apply(feed, links).getBytes(StandardCharsets.UTF_8);
        EntityTag etag = new EntityTag(ContentHash.of(body));
        // HTTP dates have whole seconds: a Last-Modified with milliseconds would never match If-Modified-Since
        Date lastModified = feed.lastModified().map(date -> Date.from(date.toInstant().truncatedTo(ChronoUnit.SECONDS)))
                .orElse(null);
        Response.ResponseBuilder notModified = lastModified == null ? request.evaluatePreconditions(etag)
                : request.evaluatePreconditions(lastModified, etag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(body, mediaType + ";charset=utf-8");
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
