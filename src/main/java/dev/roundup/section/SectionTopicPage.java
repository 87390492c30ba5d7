package dev.roundup.section;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

/** The OpenAPI shape of a page of section topics; the resource returns {@link Page}, which Java erases. */
@Schema(name = "SectionTopicPage")
public record SectionTopicPage(List<SectionTopic> items, Page.Meta meta) {
}
