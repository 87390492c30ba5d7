package dev.roundup.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
    private static final String SETTLED = "c.tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";
    private static final int BATCH = 200;
    private static final int SENDS_PER_ROUND = 20;

    @Inject
    WebhooksConfig config;

    @Inject
    AgroalDataSource dataSource;

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
            for (Claimed delivery : claim()) {
                send(delivery);
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhooks: %s; trying again in the next round", e.getMessage());
        }
    }

    private void enqueue() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement lock =
                        connection.prepareStatement("select pg_advisory_xact_lock(hashtext('webhooks'))")) {
                    lock.executeQuery().close();
                }
                long[] cursor = cursor(connection);
                List<Change> changes = new ArrayList<>();
                long lastTx = cursor[0];
                try (PreparedStatement select = connection.prepareStatement("select c.id, c.tx, c.entity_type,"
                        + " c.entity_key, c.post_slug, c.action, c.at from change_log c where " + SETTLED
                        + " and (c.tx, c.id) > (?, ?) order by c.tx, c.id limit " + BATCH)) {
                    select.setLong(1, cursor[0]);
                    select.setLong(2, cursor[1]);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            String type = rows.getString(3);
                            String key = rows.getString(4);
                            changes.add(new Change(rows.getLong(1), type, rows.getString(6),
                                    rows.getObject(7, OffsetDateTime.class), key, rows.getString(5), Change.href(type, key)));
                            lastTx = rows.getLong(2);
                        }
                    }
                }
                if (changes.isEmpty()) {
                    return;
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery"
                        + " (change_id, url, payload) values (?, ?, ?) on conflict do nothing")) {
                    for (Change change : changes) {
                        String payload = payload(change);
                        for (String url : config.urls().orElse(List.of())) {
                            insert.setLong(1, change.id());
                            insert.setString(2, url);
                            insert.setString(3, payload);
                            insert.addBatch();
                        }
                    }
                    insert.executeBatch();
                }
                moveCursor(connection, lastTx, changes.get(changes.size() - 1).id());
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    // The first start begins at the end of the log: the history before webhooks were set up is not sent.
    private static long[] cursor(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select tx, change_id from webhook_cursor where id = 1");
                ResultSet rows = select.executeQuery()) {
            if (rows.next()) {
                return new long[]{ rows.getLong(1), rows.getLong(2) };
            }
        }
        long[] end = { 0, 0 };
        try (PreparedStatement last = connection.prepareStatement("select c.tx, c.id from change_log c where " + SETTLED
                + " order by c.tx desc, c.id desc limit 1"); ResultSet rows = last.executeQuery()) {
            if (rows.next()) {
                end = new long[]{ rows.getLong(1), rows.getLong(2) };
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into webhook_cursor (id, tx, change_id) values (1, ?, ?)")) {
            insert.setLong(1, end[0]);
            insert.setLong(2, end[1]);
            insert.executeUpdate();
        }
        return end;
    }

    private static void moveCursor(Connection connection, long tx, long changeId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update webhook_cursor set tx = ?, change_id = ? where id = 1")) {
            update.setLong(1, tx);
            update.setLong(2, changeId);
            update.executeUpdate();
        }
    }

    private String payload(Change change) {
        try {
            return json.writeValueAsString(new Notification(change.type() + "." + change.action(), change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Claimed(long id, String url, String payload, int attempts, Long redeliveryOf) {
    }

    // A lease: a delivery being sent is not due again until well after the receiver's timeout.
    private List<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Claimed> claimed = new ArrayList<>();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement("""
                            update webhook_delivery set next_attempt_at = now() + ? * interval '1 millisecond'
                            where id in (select id from webhook_delivery where status = 'pending' and next_attempt_at <= now()
                                         order by id limit ? for update skip locked)
                            returning id, url, payload, attempts, redelivery_of""")) {
                update.setLong(1, config.timeout().toMillis() * 3);
                update.setInt(2, SENDS_PER_ROUND);
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new Claimed(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                                (Long) rows.getObject(5)));
                    }
                }
            }
            claimed.sort((left, right) -> Long.compare(left.id(), right.id()));
            return claimed;
        });
    }

    private void send(Claimed delivery) {
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

    private void record(Claimed delivery, Integer code, String error) {
        int attempts = delivery.attempts() + 1;
        String status = error == null ? "delivered" : attempts >= config.maxAttempts() ? "failed" : "pending";
        long backoff = config.initialBackoff().toMillis() * (1L << Math.min(attempts - 1, 20));
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement("""
                            update webhook_delivery set status = ?, attempts = ?, response_code = ?, last_error = ?,
                                next_attempt_at = now() + ? * interval '1 millisecond', updated_at = now()
                            where id = ?""")) {
                update.setString(1, status);
                update.setInt(2, attempts);
                update.setObject(3, code);
                update.setString(4, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error);
                update.setLong(5, backoff);
                update.setLong(6, delivery.id());
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        if (error != null) {
            LOG.infof("webhook delivery %d to %s: %s (attempt %d, %s)", delivery.id(), delivery.url(), error, attempts,
                    status);
        }
    }
}
