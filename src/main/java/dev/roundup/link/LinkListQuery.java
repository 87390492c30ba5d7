package dev.roundup.link;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.Sort;

/**
 * The sort, paging and fields of a link list, here and under another resource (a tag's, a section topic's, a
 * domain's links): the same parameters as GET /links, checked before the resource is looked up.
 */
public class LinkListQuery extends PageParams {

    @Parameter(description = "date, title or domain, '-' in front for descending (default -date)", example = "-date")
    @RestQuery
    public String sort;

    public Sort order() {
        return LinkService.sort(sort);
    }
}
