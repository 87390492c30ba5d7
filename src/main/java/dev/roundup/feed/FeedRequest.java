package dev.roundup.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.paging.PageRequest;

/** What every feed request names: the format (the URL's extension) and the page. */
public class FeedRequest {

    @Parameter(description = "rss (RSS 2.0), atom (Atom 1.0) or json (JSON Feed 1.1)",
            schema = @Schema(enumeration = { "rss", "atom", "json" }), example = "atom")
    @RestPath
    public String format;

    @Parameter(description = "Page, from 1", example = "1")
    @RestQuery("page")
    @Min(1)
    @Max(PageRequest.MAX_PAGE)
    public Integer page;

    FeedFormat format() {
        return FeedFormat.of(format);
    }

    int page() {
        return page == null ? 1 : page;
    }
}
