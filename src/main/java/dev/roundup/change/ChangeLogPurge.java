package dev.roundup.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * Deletes changes older than {@code roundup.changes.retention} (on the schedule of {@link RetentionPurges}), and
 * records how far it went (change_log_purge), so that the feed answers a reader behind that point with a 410
 * instead of silently skipping what was purged. It purges a prefix of the feed order, (transaction, id), up to the
 * first change that is younger than the retention or may still be uncommitted: every change kept comes after the
 * recorded position, so a reader starting from the beginning never runs into it. Several instances may run it at
 * once; an advisory lock lets one purge at a time.
 */
@ApplicationScoped
public class ChangeLogPurge implements RetentionPurges.Purge {

    @Inject
    ChangesConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public String describe() {
        return "changes older than " + config.retention();
    }

    /** Purges what is past the retention; returns how many rows went. */
    public long purge() {
        return RetentionPurges.drain(this);
    }

    @Override
    public long purgeBatch(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_try_advisory_xact_lock(hashtext('change_log_purge'))");
                    ResultSet locked = lock.executeQuery()) {
                locked.next();
                if (!locked.getBoolean(1)) {
                    return 0;
                }
            }
            // the first change to keep: younger than the retention, or of a transaction that may still commit
            try (PreparedStatement purge = connection.prepareStatement("""
                    with settled as (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as xmin),
                    keep as (
                        select coalesce((select row(c.tx, c.id) from change_log c
                                         where c.at >= now() - ? * interval '1 millisecond'
                                         order by c.tx, c.id limit 1), row((select xmin from settled), 0)) as first),
                    doomed as (
                        select c.id from change_log c, keep, settled
                        where row(c.tx, c.id) < keep.first and c.tx < settled.xmin
                        order by c.tx, c.id limit ?),
                    purged as (delete from change_log c using doomed where c.id = doomed.id returning c.tx, c.id, c.at)
                    select count(*), max(at), (array_agg(tx order by tx desc, id desc))[1],
                        (array_agg(id order by tx desc, id desc))[1]
                    from purged""")) {
                purge.setLong(1, config.retention().toMillis());
                purge.setInt(2, limit);
                try (ResultSet rows = purge.executeQuery()) {
                    rows.next();
                    long count = rows.getLong(1);
                    if (count > 0) {
                        record(connection, rows.getLong(3), rows.getLong(4), rows.getObject(2));
                    }
                    return count;
                }
            }
        }
    }

    private static void record(Connection connection, long tx, long changeId, Object lastAt) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into change_log_purge as p (id, tx, change_id, last_at) values (1, ?, ?, ?)
                on conflict (id) do update set
                    tx = case when (excluded.tx, excluded.change_id) > (p.tx, p.change_id) then excluded.tx else p.tx end,
                    change_id = case when (excluded.tx, excluded.change_id) > (p.tx, p.change_id)
                                     then excluded.change_id else p.change_id end,
                    last_at = greatest(excluded.last_at, p.last_at), purged_at = now()""")) {
            upsert.setLong(1, tx);
            upsert.setLong(2, changeId);
            upsert.setObject(3, lastAt);
            upsert.executeUpdate();
        }
    }
}
