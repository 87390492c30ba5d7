package dev.roundup.event;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

/** The OpenAPI shape of a page of events; the resource returns {@link Page}, which Java erases. */
@Schema(name = "EventSummaryPage")
public record EventSummaryPage(List<EventSummary> items, Page.Meta meta) {
}
