package dev.roundup.admin;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

/** The OpenAPI shape of a page of import runs. */
@Schema(name = "ImportRunPage")
public record ImportRunPage(List<ImportRunSummary> items, Page.Meta meta) {
}
