package dev.roundup.webhook;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.change.Change;
import dev.roundup.change.ChangeQueries;
import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The webhook deliveries' SQL: the delivery log, the shared cursor into the change log, and the claims. Every write is
 * a transaction of its own.
 */
@ApplicationScoped
public class Deliveries {

    // Changes of transactions that may still be running are left for a later round: the log is read in commit order.
    private static final String COLUMNS = "select d.id, d.change_id, d.url, d.status, d.attempts, d.response_code,"
            + " d.last_error, d.next_attempt_at, d.created_at, d.updated_at, d.redelivery_of from webhook_delivery d";
    private static final int BATCH = 200;

    @Inject
    Sql sql;

    @Inject
    AgroalDataSource dataSource;

    /** A delivery claimed for sending. */
    record Claimed(long id, String url, String payload, int attempts, Long redeliveryOf) {
    }

    long count(Optional<String> status) {
        Where where = byStatus(status);
        return sql.count("select count(*) from webhook_delivery d" + where.sql(), where.parameters());
    }

    List<WebhookDelivery> page(Optional<String> status, int size, long offset) {
        Where where = byStatus(status);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(size);
        parameters.add(offset);
        return sql.list(COLUMNS + where.sql() + " order by d.id desc limit ? offset ?", parameters, Deliveries::delivery);
    }

    Optional<WebhookDelivery> find(long id) {
        return sql.first(COLUMNS + " where d.id = ?", List.of(id), Deliveries::delivery);
    }

    /** A new delivery of the same change and payload to the same receiver, naming the one it repeats. */
    Optional<Long> copy(long id) {
        return write(statements -> statements.first("""
                insert into webhook_delivery (change_id, url, payload, redelivery_of)
                select change_id, url, payload, id from webhook_delivery where id = ? returning id""",
                row -> row.getLong(1), id));
    }

    /**
     * Turns the changes after the shared cursor into deliveries to every receiver, a batch at a time, and moves the
     * cursor past them; under a lock, so that several instances never enqueue a change twice. The first call ever
     * starts the cursor at the end of the log: the history before webhooks were set up is not sent.
     */
    void enqueue(List<String> receivers, Function<Change, String> payload) {
        write(statements -> {
            statements.lock("webhooks");
            long[] cursor = cursor(statements);
            List<long[]> positions = new ArrayList<>();
            List<Change> changes = statements.list("select c.id, c.tx, c.entity_type, c.entity_key, c.post_slug,"
                    + " c.action, c.at from change_log c where " + ChangeQueries.SETTLED + " and (c.tx, c.id) > (?, ?)"
                    + " order by c.tx, c.id limit " + BATCH, row -> {
                        positions.add(new long[]{ row.getLong(2), row.getLong(1) });
                        return new Change(row.getLong(1), row.getString(3), row.getString(6),
                                row.getObject(7, OffsetDateTime.class), row.getString(4), row.getString(5),
                                Change.href(row.getString(3), row.getString(4)));
                    }, cursor[0], cursor[1]);
            List<Object[]> deliveries = new ArrayList<>();
            for (Change change : changes) {
                String body = payload.apply(change);
                receivers.forEach(url -> deliveries.add(new Object[]{ change.id(), url, body }));
            }
            statements.batch("insert into webhook_delivery (change_id, url, payload) values (?, ?, ?)"
                    + " on conflict do nothing", deliveries);
            if (!positions.isEmpty()) {
                long[] last = positions.get(positions.size() - 1);
                statements.update("update webhook_cursor set tx = ?, change_id = ? where id = 1", last[0], last[1]);
            }
            return null;
        });
    }

    private static long[] cursor(Sql.Statements statements) throws SQLException {
        Optional<long[]> stored = statements.first("select tx, change_id from webhook_cursor where id = 1",
                row -> new long[]{ row.getLong(1), row.getLong(2) });
        if (stored.isPresent()) {
            return stored.get();
        }
        long[] end = statements.first("select c.tx, c.id from change_log c where " + ChangeQueries.SETTLED
                + " order by c.tx desc, c.id desc limit 1", row -> new long[]{ row.getLong(1), row.getLong(2) })
                .orElse(new long[]{ 0, 0 });
        statements.update("insert into webhook_cursor (id, tx, change_id) values (1, ?, ?)", end[0], end[1]);
        return end;
    }

    /** Claims due deliveries with a lease: one being sent is not due again until well after the receiver's timeout. */
    List<Claimed> claim(int limit, long leaseMillis) {
        List<Claimed> claimed = new ArrayList<>(write(statements -> statements.list("""
                update webhook_delivery set next_attempt_at = now() + ? * interval '1 millisecond'
                where id in (select id from webhook_delivery where status = 'pending' and next_attempt_at <= now()
                             order by id limit ? for update skip locked)
                returning id, url, payload, attempts, redelivery_of""",
                row -> new Claimed(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                        (Long) row.getObject(5)),
                leaseMillis, limit)));
        claimed.sort((left, right) -> Long.compare(left.id(), right.id()));
        return claimed;
    }

    /** Records an attempt's outcome; the next attempt (if any) is due after the backoff. */
    void recordAttempt(long id, String status, int attempts, Integer code, String error, long backoffMillis) {
        write(statements -> statements.update("""
                update webhook_delivery set status = ?, attempts = ?, response_code = ?, last_error = ?,
                    next_attempt_at = now() + ? * interval '1 millisecond', updated_at = now()
                where id = ?""", status, attempts, code, error, backoffMillis, id));
    }

    private interface Work<T> {
        T run(Sql.Statements statements) throws SQLException;
    }

    private <T> T write(Work<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(Sql.on(connection));
            }
        });
    }

    private static Where byStatus(Optional<String> status) {
        Where where = new Where();
        status.ifPresent(value -> where.and("d.status = ?", value));
        return where;
    }

    private static WebhookDelivery delivery(ResultSet row) throws SQLException {
        boolean pending = "pending".equals(row.getString(4));
        return new WebhookDelivery(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getInt(5),
                (Integer) row.getObject(6), row.getString(7), pending ? row.getObject(8, OffsetDateTime.class) : null,
                row.getObject(9, OffsetDateTime.class), row.getObject(10, OffsetDateTime.class),
                (Long) row.getObject(11));
    }
}
