package dev.roundup.common.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The envelope of every list: the items and where they stand in the whole. */
public record Page<T>(List<T> items, Meta meta) implements Paged {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PageMeta")
    public record Meta(
            @Schema(description = "The page number, from 1 (1 for cursor requests)", example = "1") int page,
            @Schema(description = "Items per page", example = "20") int size,
            @Schema(description = "Items in the whole list", example = "478") long total,
            @Schema(description = "Pages in the whole list", example = "24") long totalPages,
            @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total, String nextCursor) {
        long totalPages = (total + request.size() - 1) / request.size();
        return new Page<>(items, new Meta(request.page(), request.size(), total, totalPages, nextCursor));
    }
}
