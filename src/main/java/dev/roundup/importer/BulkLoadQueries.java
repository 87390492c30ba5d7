package dev.roundup.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The SQL of a bulk load ({@link BulkLoad}): its lock, its preconditions, and the indexes it builds once. */
final class BulkLoadQueries {

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String TABLES = "array['post', 'section', 'link_item', 'post_tag', 'post_link']::regclass[]";

    private BulkLoadQueries() {
    }

    /**
     * Waits for the bulk loads' lock (and frees it at once, on commit). The wait is a lock wait in the database, so
     * it ends as the other load commits; it gives up after a while, well before the socket's time-out, to be asked
     * again.
     */
    static boolean lockedWithinAWhile(Connection connection) throws SQLException {
        try (PreparedStatement timeout = connection.prepareStatement("set local lock_timeout = '5s'");
                PreparedStatement lock = connection
                        .prepareStatement("select pg_advisory_xact_lock(hashtext('roundup:bulk-load'))")) {
            timeout.execute();
            lock.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Takes the bulk loads' lock until the transaction ends; false when another transaction holds it. */
    static boolean oneAtATime(Connection connection) throws SQLException {
        return isTrue(connection, "select pg_try_advisory_xact_lock(hashtext('roundup:bulk-load'))");
    }

    static boolean noPosts(Connection connection) throws SQLException {
        return isTrue(connection, "select not exists (select 1 from post)");
    }

    private static boolean isTrue(Connection connection, String booleanQuery) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(booleanQuery);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /**
     * Drops the post tables' non-unique indexes and their foreign keys; returns the statements that make them
     * again, as they were. Unique indexes stay: they are what stops a duplicate slug or position.
     */
    static List<String> dropDeferred(Connection connection) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> rebuild = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select format('alter table %s drop constraint %I', conrelid::regclass, conname),
                       format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
                from pg_constraint where contype = 'f' and conrelid = any (TABLES)
                union all
                select format('drop index %s', indexrelid::regclass), pg_get_indexdef(indexrelid)
                from pg_index where indrelid = any (TABLES) and not indisunique and not indisprimary""".replace("TABLES",
                TABLES));
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                drops.add(rows.getString(1));
                rebuild.add(rows.getString(2));
            }
        }
        for (String drop : drops) {
            PostWriter.execute(connection, drop);
        }
        return rebuild;
    }

    /** The slugs editors corrected or added link items to: their writes apply those again. */
    static Set<String> correctedSlugs(Connection connection) throws SQLException {
        Set<String> slugs = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select distinct post_slug from link_correction");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                slugs.add(rows.getString(1));
            }
        }
        return slugs;
    }
}
