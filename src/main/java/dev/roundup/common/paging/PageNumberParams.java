package dev.roundup.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The page of a list that pages by number only: {@code page} and {@code size}, each a 400 naming it when it is not
 * a whole number in range (see {@link BoundedIntegers}). Lists with cursors and fields take {@link PageParams}.
 */
public class PageNumberParams {

    @Parameter(description = "Page number, from 1", example = "1")
    @RestQuery("page")
    @Min(1)
    @Max(PageRequest.MAX_PAGE)
    public Integer page;

    @Parameter(description = "Items per page, 1 to 100 (default 20)", example = "20")
    @RestQuery("size")
    @Min(1)
    @Max(PageRequest.MAX_SIZE)
    public Integer size;

    /** The page asked for, in a list ordered by {@code sort}. */
    public PageRequest request(String sort) {
        return PageRequest.of(page, size, "cursor", null, sort);
    }
}
