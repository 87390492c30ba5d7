package dev.roundup.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.common.error.ProblemException;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The delivery log: reading it, and sending a logged delivery again. */
@ApplicationScoped
public class DeliveryService {

    private static final String COLUMNS = "select d.id, d.change_id, d.url, d.status, d.attempts, d.response_code,"
            + " d.last_error, d.next_attempt_at, d.created_at, d.updated_at, d.redelivery_of from webhook_delivery d";

    @Inject
    Sql sql;

    @Inject
    WebhooksConfig config;

    @Inject
    AgroalDataSource dataSource;

    public Page<WebhookDelivery> list(Optional<String> status, PageRequest request) {
        Where where = new Where();
        status.ifPresent(value -> where.and("d.status = ?", value));
        long total = sql.count("select count(*) from webhook_delivery d" + where.sql(), where.parameters());
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(request.size());
        parameters.add(request.offset());
        List<WebhookDelivery> items = sql.list(COLUMNS + where.sql() + " order by d.id desc limit ? offset ?", parameters,
                DeliveryService::delivery);
        return Page.of(items, request, total, null);
    }

    public WebhookDelivery get(long id) {
        return sql.first(COLUMNS + " where d.id = ?", List.of(id), DeliveryService::delivery)
                .orElseThrow(() -> new NotFoundException("no webhook delivery has the id " + id));
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
        long copy = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement("""
                            insert into webhook_delivery (change_id, url, payload, redelivery_of)
                            select change_id, url, payload, id from webhook_delivery where id = ? returning id""")) {
                insert.setLong(1, id);
                try (ResultSet rows = insert.executeQuery()) {
                    if (!rows.next()) {
                        throw new NotFoundException("no webhook delivery has the id " + id);
                    }
                    return rows.getLong(1);
                }
            }
        });
        return get(copy);
    }

    private static WebhookDelivery delivery(ResultSet row) throws SQLException {
        boolean pending = "pending".equals(row.getString(4));
        return new WebhookDelivery(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getInt(5),
                (Integer) row.getObject(6), row.getString(7), pending ? row.getObject(8, OffsetDateTime.class) : null,
                row.getObject(9, OffsetDateTime.class), row.getObject(10, OffsetDateTime.class),
                (Long) row.getObject(11));
    }
}
