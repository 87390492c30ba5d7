package dev.roundup.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.common.paging.Page;

@Schema(name = "WebhookDeliveryPage")
public record WebhookDeliveryPage(List<WebhookDelivery> items, Page.Meta meta) {
}
