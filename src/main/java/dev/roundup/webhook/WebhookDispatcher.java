package dev.roundup.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.change.Change;
import dev.roundup.common.DatabaseBootstrap;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Turns the change log into signed webhook deliveries and sends them. Driven by the log (not by NOTIFY), so an
 * import, a write through the API and SQL by hand all notify, and nothing is lost while an instance is down: a
 * shared cursor row (moved under an advisory lock, so several instances never enqueue twice) says how far the log
 * has been read. Each delivery is claimed with SKIP LOCKED and a lease, sent with an HMAC-SHA256 signature of its
 * exact bytes, and retried with exponential backoff until it gets a 2xx or its attempts are used up. Receivers
 * should be idempotent (X-Roundup-Delivery) and may see retries out of order.
 */
@ApplicationScoped
public class WebhookDispatcher {

    public static final String DELIVERY_HEADER = "X-Roundup-Delivery";
    public static final String EVENT_HEADER = "X-Roundup-Event";
    public static final String REDELIVERY_HEADER = "X-Roundup-Redelivery-Of";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int SENDS_PER_ROUND = 20;

    @Inject
    WebhooksConfig config;

    @Inject
    Deliveries deliveries;

    @Inject
    ObjectMapper json;

    @Inject
    DatabaseBootstrap database;

    private HttpClient client;

    /** The body of one notification: the change, and its event name for routing. */
    public record Notification(String event, Change change) {
    }

    /** Checks the settings and, once the schema is migrated, fixes where the log starts to be sent from. */
    void start(@Observes @Priority(DatabaseBootstrap.FIRST + 5) StartupEvent start) {
        List<String> urls = config.urls().orElse(List.of());
        if (urls.isEmpty()) {
            return;
        }
        if (config.secret().filter(secret -> !secret.isBlank()).isEmpty()) {
            throw new IllegalStateException("roundup.webhooks.urls is set but roundup.webhooks.secret is not:"
                    + " receivers could not tell our notifications from forged ones");
        }
        client = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        if (database.isReady()) {
            // changes made from now on are sent, whenever the first scheduled round comes
            enqueue();
        }
    }

    /** Skips the rounds of an instance without receivers, and those before the schema is migrated. */
    @ApplicationScoped
    static class NoReceivers implements Scheduled.SkipPredicate {
        @Inject
        WebhooksConfig config;

        @Inject
        DatabaseBootstrap database;

        @Override
        public boolean test(ScheduledExecution execution) {
            return config.urls().orElse(List.of()).isEmpty() || !database.isReady();
        }
    }

    @Scheduled(identity = "webhooks", every = "${roundup.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = NoReceivers.class)
    void round() {
        try {
            enqueue();
            for (Deliveries.Claimed delivery : deliveries.claim(SENDS_PER_ROUND, config.timeout().toMillis() * 3)) {
                send(delivery);
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhooks: %s; trying again in the next round", e.getMessage());
        }
    }

    private void enqueue() {
        deliveries.enqueue(config.urls().orElse(List.of()), this::payload);
    }

    private String payload(Change change) {
        try {
            return json.writeValueAsString(new Notification(change.type() + "." + change.action(), change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(Deliveries.Claimed delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        Integer code = null;
        String error = null;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header(Signatures.HEADER, Signatures.sign(config.secret().orElseThrow(), body))
                    .header(DELIVERY_HEADER, Long.toString(delivery.id()))
                    .header(EVENT_HEADER, json.readTree(delivery.payload()).path("event").asText())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (delivery.redeliveryOf() != null) {
                request.header(REDELIVERY_HEADER, Long.toString(delivery.redeliveryOf()));
            }
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            code = response.statusCode();
            if (code < 200 || code > 299) {
                error = "HTTP " + code;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        record(delivery, code, error);
    }

    private void record(Deliveries.Claimed delivery, Integer code, String error) {
        int attempts = delivery.attempts() + 1;
        String status = error == null ? "delivered" : attempts >= config.maxAttempts() ? "failed" : "pending";
        long backoff = config.initialBackoff().toMillis() * (1L << Math.min(attempts - 1, 20));
        deliveries.recordAttempt(delivery.id(), status, attempts, code,
                error == null ? null : error.length() > 500 ? error.substring(0, 500) : error, backoff);
        if (error != null) {
            LOG.infof("webhook delivery %d to %s: %s (attempt %d, %s)", delivery.id(), delivery.url(), error, attempts,
                    status);
        }
    }
}
