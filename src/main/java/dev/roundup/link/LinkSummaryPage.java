package dev.roundup.link;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

/** The OpenAPI shape of a page of curated link items; the resource returns {@link Page}, which Java erases. */
@Schema(name = "LinkSummaryPage")
public record LinkSummaryPage(List<LinkSummary> items, Page.Meta meta) {
}
