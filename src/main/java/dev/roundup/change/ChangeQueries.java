package dev.roundup.change;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;

/**
 * The SQL of the change feed. Rows of transactions that may still be running (from the oldest running one on) are
 * held back ({@link #SETTLED}): every transaction that commits later has a larger number, so a reader paging by
 * (transaction, id) never skips a change.
 */
@ApplicationScoped
public class ChangeQueries {

    /** On change_log {@code c}: the changes no running transaction can still precede (the webhooks read by it too). */
    public static final String SETTLED = "c.tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    /** A change with the transaction that wrote it, which its cursor holds. */
    record Row(long tx, Change change) {
    }

    /** Where the purged part of the log ends: the last purged change's position and date. */
    record Horizon(long tx, long changeId, OffsetDateTime lastAt) {
    }

    @Inject
    Sql sql;

    long count(Where where) {
        return sql.count("select count(*) from change_log c" + where.sql(), where.parameters());
    }

    /** A page in (transaction, id) order: after the position when there is one, else from the offset. */
    List<Row> page(Where where, Optional<long[]> after, long offset, int limit) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        String keyset = "";
        if (after.isPresent()) {
            keyset = " and (c.tx, c.id) > (?, ?)";
            parameters.add(after.get()[0]);
            parameters.add(after.get()[1]);
        }
        parameters.add(limit);
        parameters.add(offset);
        return sql.list("select c.id, c.tx, c.entity_type, c.entity_key, c.post_slug, c.action, c.at"
                + " from change_log c" + where.sql() + keyset + " order by c.tx, c.id limit ? offset ?",
                parameters, row -> new Row(row.getLong(2), new Change(row.getLong(1), row.getString(3),
                        row.getString(6), row.getObject(7, OffsetDateTime.class), row.getString(4), row.getString(5),
                        Change.href(row.getString(3), row.getString(4)))));
    }

    Optional<Horizon> purged() {
        return sql.first("select tx, change_id, last_at from change_log_purge where id = 1", List.of(),
                row -> new Horizon(row.getLong(1), row.getLong(2), row.getObject(3, OffsetDateTime.class)));
    }

    /** The position of the newest settled change, else the end of the purged part; empty for an empty log. */
    Optional<long[]> end() {
        return sql.first("select c.tx, c.id from change_log c where " + SETTLED + " order by c.tx desc, c.id desc limit 1",
                List.of(), row -> new long[]{ row.getLong(1), row.getLong(2) })
                .or(() -> sql.first("select tx, change_id from change_log_purge where id = 1", List.of(),
                        row -> new long[]{ row.getLong(1), row.getLong(2) }));
    }
}
