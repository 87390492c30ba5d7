package dev.roundup.webhook;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.error.ProblemException;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;

/** The delivery log: reading it, and sending a logged delivery again. */
@ApplicationScoped
public class DeliveryService {

    @Inject
    Deliveries deliveries;

    @Inject
    WebhooksConfig config;

    public Page<WebhookDelivery> list(Optional<String> status, PageRequest request) {
        return Page.of(deliveries.page(status, request.size(), request.offset()), request, deliveries.count(status), null);
    }

    public WebhookDelivery get(long id) {
        return deliveries.find(id).orElseThrow(() -> new NotFoundException("no webhook delivery has the id " + id));
    }

    /**
     * A new delivery of the same change and payload to the same receiver, naming the one it repeats; the
     * dispatcher sends it in its next round, with retries like any delivery. Only finished deliveries are sent
     * again (a pending one is still being tried), and only to a receiver that is still configured.
     */
    public WebhookDelivery redeliver(long id) {
        WebhookDelivery original = get(id);
        List<String> receivers = config.urls().orElse(List.of());
        if (receivers.isEmpty()) {
            throw new ProblemException(409, "webhooks-off", "Conflict", "no webhook receivers are configured"
                    + " (ROUNDUP_WEBHOOKS_URLS), so nothing would send a redelivery");
        }
        if (!receivers.contains(original.url())) {
            throw new ProblemException(409, "receiver-gone", "Conflict", "delivery " + id + " went to "
                    + original.url() + ", which is no longer a configured receiver");
        }
        if (original.status().equals("pending")) {
            throw new ProblemException(409, "delivery-pending", "Conflict", "delivery " + id + " is still pending:"
                    + " it is tried again by itself at " + original.nextAttemptAt());
        }
        long copy = deliveries.copy(id).orElseThrow(() -> new NotFoundException("no webhook delivery has the id " + id));
        return get(copy);
    }
}
