package dev.roundup.post;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

/** The OpenAPI shape of a page of posts; the resource returns {@link Page}, which Java erases. */
@Schema(name = "PostSummaryPage")
public record PostSummaryPage(List<PostSummary> items, Page.Meta meta) {
}
