package dev.roundup.change;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.roundup.common.DatabaseBootstrap;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs every retention purge (each bean that is a {@link Purge}) every {@code roundup.changes.purge-interval}, one
 * round at a time. A purge deletes in batches, each in a transaction of its own, so that it never holds
 * locks or a snapshot for long.
 */
@ApplicationScoped
public class RetentionPurges {

    /** Rows past their retention, deleted a batch at a time. */
    public interface Purge {
        /** What it deletes, for the log: "changes older than 30d". */
        String describe();

        /** Deletes at most {@code limit} rows inside the caller's transaction; returns how many went. */
        long purgeBatch(int limit) throws SQLException;
    }

    static final int BATCH = 10_000;
    private static final Logger LOG = Logger.getLogger(RetentionPurges.class);

    @Inject
    ChangesConfig config;

    @Inject
    @Any
    Instance<Purge> purges;

    @Scheduled(identity = "retention-purges", every = "${roundup.changes.purge-interval}",
            delayed = "${roundup.changes.purge-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DatabaseBootstrap.NotReady.class)
    void purgeAll() {
        for (Purge purge : purges) {
            try {
                long purged = drain(purge);
                if (purged > 0) {
                    LOG.infof("purged %d %s", purged, purge.describe());
                }
            } catch (RuntimeException e) {
                LOG.warnf("purge of %s failed (%s); trying again in %s", purge.describe(), e.getMessage(),
                        config.purgeInterval());
            }
        }
    }

    /** Purges everything past the retention, batch after batch; returns how many rows went. */
    public static long drain(Purge purge) {
        long total = 0;
        while (true) {
            long purged = QuarkusTransaction.requiringNew().call(() -> purge.purgeBatch(BATCH));
            total += purged;
            if (purged < BATCH) {
                return total;
            }
        }
    }
}
