package dev.roundup.link;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

/** The OpenAPI shape of a page of a post's link items. */
@Schema(name = "LinkItemPage")
public record LinkItemPage(List<LinkItemView> items, Page.Meta meta) {
}
