package dev.roundup.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

/** The OpenAPI shape of a page of domains; the resource returns {@link Page}, which Java erases. */
@Schema(name = "DomainSummaryPage")
public record DomainSummaryPage(List<DomainSummary> items, Page.Meta meta) {
}
