package dev.roundup.change;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

@Schema(name = "ChangePage")
public record ChangePage(List<Change> items, Page.Meta meta) {
}
