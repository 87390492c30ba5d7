package dev.roundup.common.paging;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/** The headers of a list response: {@code X-Total-Count}, and RFC 8288 {@code Link} first, prev, next, last. */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponse() {
    }

    public static void addHeaders(MultivaluedMap<String, Object> headers, Page.Meta meta, UriInfo uri) {
        headers.putSingle(TOTAL_COUNT, meta.total());
        headers.putSingle("Link", String.join(", ", links(meta, uri)));
    }

    private static List<String> links(Page.Meta meta, UriInfo uri) {
        List<String> links = new ArrayList<>();
        long last = Math.max(1, meta.totalPages());
        links.add(link(pageUri(uri, 1), "first"));
        if (meta.page() > 1) {
            links.add(link(pageUri(uri, Math.min(meta.page() - 1, last)), "prev"));
        }
        if (meta.nextCursor() != null) {
            links.add(link(withPosition(uri, "cursor", meta.nextCursor()), "next"));
        } else if (meta.page() < last) {
            links.add(link(pageUri(uri, meta.page() + 1), "next"));
        }
        links.add(link(pageUri(uri, last), "last"));
        return links;
    }

    private static URI pageUri(UriInfo uri, long page) {
        return withPosition(uri, "page", String.valueOf(page));
    }

    /**
     * The request's URI with its page and cursor replaced by one position. The query is rebuilt from its parameters
     * as sent rather than edited, so that no empty parameter ({@code ?&page=1}) is left behind.
     */
    private static URI withPosition(UriInfo uri, String name, String value) {
        StringJoiner query = new StringJoiner("&");
        String sent = uri.getRequestUri().getRawQuery();
        for (String parameter : sent == null ? new String[0] : sent.split("&")) {
            String key = parameter.split("=", 2)[0];
            if (!key.isEmpty() && !key.equals("page") && !key.equals("cursor")) {
                query.add(parameter);
            }
        }
        query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return URI.create(uri.getAbsolutePath() + "?" + query);
    }

    private static String link(URI uri, String relation) {
        return "<" + uri + ">; rel=\"" + relation + "\"";
    }
}
