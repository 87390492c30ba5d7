package dev.roundup.feed;

import java.net.URI;

import jakarta.ws.rs.core.UriInfo;

/** Where a feed page stands: its own address and its neighbours' (RFC 5005 paged feeds). */
public record FeedLinks(String self, String first, String next, String previous) {

    public static FeedLinks of(UriInfo uri, Feed feed) {
        String first = uri.getRequestUriBuilder().replaceQueryParam("page").build().toString();
        String next = feed.hasNext() ? page(uri, feed.page() + 1) : null;
        String previous = feed.page() > 1 ? (feed.page() == 2 ? first : page(uri, feed.page() - 1)) : null;
        return new FeedLinks(feed.page() == 1 ? first : page(uri, feed.page()), first, next, previous);
    }

    private static String page(UriInfo uri, int page) {
        URI built = uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
        return built.toString();
    }
}
