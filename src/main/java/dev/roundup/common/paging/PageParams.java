package dev.roundup.common.paging;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The paging of every list: {@code page} and {@code size}, or a keyset {@code cursor}; and {@code fields}, which
 * RepresentationFilter (common.http) applies to the items of the page the resource returns.
 */
public class PageParams extends PageNumberParams {

    @Parameter(description = "Opaque keyset cursor from meta.nextCursor")
    @RestQuery("cursor")
    public String cursor;

    // the example is each list's own, made from its item schema (see OpenApiFilter)
    @Parameter(description = "Only these fields of each item, comma separated")
    @RestQuery("fields")
    public String fields;

    /** Paging given in code (tools, tests) rather than by a request's parameters. */
    public static PageParams of(Integer page, Integer size, String cursor) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        params.cursor = cursor;
        return params;
    }

    /** The page asked for, in a list ordered by {@code sort}: its cursor must have been made for that sort. */
    @Override
    public PageRequest request(String sort) {
        return PageRequest.of(page, size, "cursor", cursor, sort);
    }
}
