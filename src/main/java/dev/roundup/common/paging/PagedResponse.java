package dev.roundup.common.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/** A list response: the envelope, {@code X-Total-Count}, and RFC 8288 {@code Link} first, prev, next, last. */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponse() {
    }

    public static Response of(Object body, Page.Meta meta, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(body).header(TOTAL_COUNT, meta.total());
        String links = String.join(", ", links(meta, uri));
        if (!links.isEmpty()) {
            response.header("Link", links);
        }
        return response.build();
    }

    private static List<String> links(Page.Meta meta, UriInfo uri) {
        List<String> links = new ArrayList<>();
        long last = Math.max(1, meta.totalPages());
        links.add(link(pageUri(uri, 1), "first"));
        if (meta.page() > 1) {
            links.add(link(pageUri(uri, Math.min(meta.page() - 1, last)), "prev"));
        }
        if (meta.nextCursor() != null) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("cursor", meta.nextCursor())
                    .build();
            links.add(link(next, "next"));
        } else if (meta.page() < last) {
            links.add(link(pageUri(uri, meta.page() + 1), "next"));
        }
        links.add(link(pageUri(uri, last), "last"));
        return links;
    }

    private static URI pageUri(UriInfo uri, long page) {
        UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam("cursor").replaceQueryParam("page", page);
        return builder.build();
    }

    private static String link(URI uri, String relation) {
        return "<" + uri + ">; rel=\"" + relation + "\"";
    }
}
