package dev.roundup.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * Tells a running import from one whose process died. A running import holds a session lock named after its
 * run on a connection of its own; the lock goes when that session ends, however the process ended. A run still
 * marked running whose lock anyone can take has lost its importer and is marked interrupted, by any instance; a run
 * gets a minute's grace first, since it takes its lock just after it is stored (and an importer that could not take
 * its lock at all, on a pool at its limit, still runs).
 */
@ApplicationScoped
public class RunLiveness {

    private static final Logger LOG = Logger.getLogger(RunLiveness.class);
    // The two-key advisory lock space, apart from the one-key locks of slugs and events.
    private static final int LOCK_CLASS = 0x52554e;

    @Inject
    AgroalDataSource dataSource;

    /** The lock of a running import; closing it says the run has ended. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Holds the run's lock until the returned handle is closed. */
    public Held hold(long runId) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                lock(connection, "select pg_advisory_lock(?, ?)", runId);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return () -> release(connection, runId);
        } catch (SQLException e) {
            // Without the lock the run still works; only its death would go unnoticed.
            LOG.warnf(e, "import %d: cannot take the run's lock", runId);
            return () -> {
            };
        }
    }

    private static void release(Connection connection, long runId) {
        // A session lock outlives the pool's loan of the connection: give it back first.
        try (connection) {
            lock(connection, "select pg_advisory_unlock(?, ?)", runId);
        } catch (SQLException e) {
            LOG.warnf(e, "import %d: cannot release the run's lock", runId);
        }
    }

    private static void lock(Connection connection, String sql, long runId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, (int) (runId & Integer.MAX_VALUE));
            lock.executeQuery().close();
        }
    }

    /** Marks the runs whose importer is gone as interrupted; returns how many. */
    public int markInterrupted() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update import_run set status = 'interrupted', finished_at = now()
                        where status = 'running' and started_at < now() - interval '1 minute'
                          and pg_try_advisory_xact_lock(?, (id & 2147483647)::int)""")) {
            update.setInt(1, LOCK_CLASS);
            int interrupted = update.executeUpdate();
            if (interrupted > 0) {
                LOG.warnf("%d import run(s) had lost their importer and are now marked interrupted", interrupted);
            }
            return interrupted;
        } catch (SQLException e) {
            LOG.warnf(e, "cannot look for interrupted import runs");
            return 0;
        }
    }
}
