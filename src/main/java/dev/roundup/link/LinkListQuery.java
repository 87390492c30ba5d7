package dev.roundup.link;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Sort;

/**
 * The sort, paging and fields of a link list under another resource (a tag's, a section topic's, a domain's
 * links): the same parameters as GET /links, checked before the resource is looked up.
 */
public class LinkListQuery {

    @Parameter(description = "Page number, from 1", example = "1")
    @RestQuery
    public String page;

    @Parameter(description = "Items per page, 1 to 100 (default 20)", example = "20")
    @RestQuery
    public String size;

    @Parameter(description = "Opaque keyset cursor from meta.nextCursor")
    @RestQuery
    public String cursor;

    @Parameter(description = "date, title or domain, '-' in front for descending (default -date)", example = "-date")
    @RestQuery
    public String sort;

    @Parameter(description = "Only these fields of each item, comma separated", example = "id,title,url")
    @RestQuery
    public String fields;

    public Sort order() {
        return LinkService.sort(sort);
    }

    public PageRequest pageRequest(Sort order) {
        return PageRequest.of(page, size, cursor, order.name());
    }
}
