package dev.roundup.feed;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The feed URLs of before ({@code /feeds/atom.xml}, {@code /tags/{slug}/feed.atom}, {@code /feeds/links.xml}):
 * subscriptions made with them move permanently (301) to the one shape of {@link FeedResource}, query kept.
 */
@Path("/")
public class FeedRedirects {

    @GET
    @Path("feeds/{name: rss\\.xml|atom\\.xml|feed\\.json|links\\.xml}")
    @Operation(hidden = true)
    public Response site(@RestPath String name, @Context UriInfo uri) {
        return switch (name) {
            case "rss.xml" -> moved(uri, "posts.rss");
            case "atom.xml" -> moved(uri, "posts.atom");
            case "feed.json" -> moved(uri, "posts.json");
            default -> moved(uri, "links.rss");
        };
    }

    @GET
    @Path("{scope: tags|sections}/{slug}/feed.{extension: xml|atom|json}")
    @Operation(hidden = true)
    public Response scoped(@RestPath String scope, @RestPath String extension, @Context UriInfo uri) {
        String format = extension.equals("xml") ? "rss" : extension;
        // the slug as sent, still percent-encoded, goes into the new URL unchanged: the segment before feed.*
        String[] segments = uri.getRequestUri().getRawPath().split("/");
        String slug = segments[segments.length - 2];
        return moved(uri, scope + "/" + slug + "." + format);
    }

    /** @param feed the new URL's path below /feeds, percent-encoded */
    private static Response moved(UriInfo uri, String feed) {
        String query = uri.getRequestUri().getRawQuery();
        URI target = URI.create(uri.getBaseUri() + "feeds/" + feed + (query == null ? "" : "?" + query));
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(target).build();
    }
}
