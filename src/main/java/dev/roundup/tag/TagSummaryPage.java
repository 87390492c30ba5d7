package dev.roundup.tag;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

/** The OpenAPI shape of a page of tags; the resource returns {@link Page}, which Java erases. */
@Schema(name = "TagSummaryPage")
public record TagSummaryPage(List<TagSummary> items, Page.Meta meta) {
}
