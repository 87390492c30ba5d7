package dev.roundup.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Refreshes the planner's statistics of the tables an import fills. PostgreSQL plans the foreign key checks
 * and the change-log functions once per connection and keeps those plans until the statistics change: planned
 * on an empty table, a key check scans the whole table, which grows with every post (an import of 5,000 posts
 * spent most of its time there). Autovacuum refreshes them at most once a minute, and not at all where it is
 * turned off, so an import does it itself, when the rows it wrote have doubled and at the end of a run that
 * wrote at least as many as the first refresh waits for.
 */
@ApplicationScoped
public class PlannerStatistics {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class);
    private static final String TABLES = "post, tag, post_tag, section, link_item, post_link, event, event_mention,"
            + " change_public, change_log";

    @Inject
    AgroalDataSource dataSource;

    /** Full statistics, for the searches and reads that follow an import. */
    public void refresh() {
        analyze(false);
    }

    /**
     * A tenth of the sample: enough for the row counts that key checks are planned by, at about a fifth of the
     * cost (0.5 s instead of 2.7 s at 125,000 link items). The run's last refresh is a full one.
     */
    public void refreshRowCounts() {
        analyze(true);
    }

    private void analyze(boolean sampleOnly) {
        long start = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    analyzeIn(connection, sampleOnly);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            LOG.debugf("planner statistics refreshed in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // stale statistics make an import slow, never wrong
            LOG.warnf(e, "could not refresh the planner statistics");
        }
    }

    /**
     * Refreshes them in the connection's transaction, which counts the rows it wrote itself: how a bulk load,
     * whose rows no other transaction sees yet, gets plans for its own queries.
     */
    static void analyzeIn(Connection connection, boolean sampleOnly) throws SQLException {
        try (Statement analyze = connection.createStatement()) {
            if (sampleOnly) {
                analyze.execute("set local default_statistics_target = 10");
            }
            analyze.execute("analyze " + TABLES);
            if (sampleOnly) {
                analyze.execute("set local default_statistics_target to default");
            }
        }
    }

    /** When to refresh: during a run after 64 posts written, then each time the count has doubled. */
    static final class Schedule {
        private static final long FIRST = 64;

        private long next = FIRST;

        /** Whether a run that wrote this many posts should end with a full refresh. */
        static boolean worthRefreshing(long written) {
            return written >= FIRST;
        }

        boolean due(long written) {
            if (written < next) {
                return false;
            }
            next = written * 2;
            return true;
        }
    }
}
