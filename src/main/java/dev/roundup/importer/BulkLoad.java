package dev.roundup.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import dev.roundup.common.RoundupConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The first import into a database without posts, written in bulk: the whole run is one transaction, which
 * drops the secondary indexes and foreign keys of the post tables, inserts the posts a batch at a time and
 * builds the indexes and keys again at the end. Building an index once is several times cheaper than keeping it
 * up to date row by row, and the one transaction keeps it safe: a failure or a crash rolls everything back,
 * the indexes included. After a failure the run writes its posts one by one; after a crash the next start finds
 * the database empty again and loads it again. Readers see the posts when it commits. One instance at a time
 * loads (an advisory lock); the others wait for it, then find its posts unchanged.
 */
@ApplicationScoped
public class BulkLoad {

    private static final Logger LOG = Logger.getLogger(BulkLoad.class);
    // Posts per statement. Larger batches made arrays of over a megabyte (G1's humongous objects), and the heap
    // grew to 2 GB at 5,000 posts; at 25 it stays under 800 MB, at the same speed within the noise.
    static final int BATCH = 25;
    // Batches waiting for the writer: enough to carry the parsers over a slow statement.
    private static final int BATCHES_AHEAD = 8;
    // A first import of a large blog takes minutes; the transaction must outlive it, not the default minute.
    private static final int TRANSACTION_SECONDS = 6 * 60 * 60;
    // One index build over a million link items outlasts the pool's 60 s socket timeout; none at all would let a
    // dead connection hang the import, and every import after it.
    private static final int NETWORK_TIMEOUT_MILLIS = 10 * 60 * 1000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PostWriter writer;

    @Inject
    RoundupConfig config;

    /** A bulk load failed and was rolled back whole; the run writes its posts one by one instead. */
    static class FailedException extends RuntimeException {
        FailedException(Throwable cause) {
            super("the bulk load was rolled back: " + cause.getMessage(), cause);
        }
    }

    private final AtomicLong committedLoads = new AtomicLong();
    private final AtomicLong failedLoads = new AtomicLong();

    /** The bulk loads this instance committed since it started. */
    long committedLoads() {
        return committedLoads.get();
    }

    /** The bulk loads this instance rolled back since it started. */
    long failedLoads() {
        return failedLoads.get();
    }

    /**
     * Waits while another instance loads in bulk: its tables are locked until it commits, and a write or read of
     * them would queue behind it until the socket times out. Then its posts are there, and are found unchanged.
     */
    void awaitOtherLoads() {
        boolean logged = false;
        while (!QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return BulkLoadQueries.lockedWithinAWhile(connection);
            }
        })) {
            if (!logged) {
                LOG.info("another instance is loading posts in bulk; waiting for it to commit");
                logged = true;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting for another instance's bulk load");
            }
        }
    }

    /** Whether a run of this many files writes in bulk: a first import (no posts at all) large enough to pay. */
    boolean applies(int files) {
        int from = config.importBulkFrom();
        return from > 0 && files >= from && noPosts();
    }

    private boolean noPosts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return BulkLoadQueries.noPosts(connection);
            }
        });
    }

    /** Starts the load's transaction on a thread of its own; the caller adds posts in order, then finishes. */
    Session start() {
        return new Session();
    }

    final class Session implements AutoCloseable {
        private static final List<PostRows.Row> END = List.of();

        private final BlockingQueue<List<PostRows.Row>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        private final ExecutorService thread = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
        private final Future<?> loading;
        private final List<FileOutcome> outcomes = new ArrayList<>();
        private List<PostRows.Row> batch = new ArrayList<>(BATCH);

        Session() {
            loading = thread.submit(() -> {
                try {
                    QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).run(this::load);
                } catch (RuntimeException e) {
                    failedLoads.incrementAndGet();
                    throw e;
                }
                committedLoads.incrementAndGet();
            });
        }

        /** Adds a post; its outcome is the run's once the load has committed. */
        void add(PostRows.Row row, FileOutcome outcome) {
            batch.add(row);
            outcomes.add(outcome);
            if (batch.size() >= BATCH) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        /** Waits for the commit; returns the outcomes of the posts written. */
        List<FileOutcome> finish() {
            if (!batch.isEmpty()) {
                hand(batch);
            }
            hand(END);
            awaitLoading();
            return outcomes;
        }

        @Override
        public void close() {
            // An unfinished load (the run failed elsewhere) is interrupted and rolls back; waiting for its thread
            // means the run is not reported before its transaction has ended.
            thread.shutdownNow();
            try {
                thread.awaitTermination(NETWORK_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void hand(List<PostRows.Row> next) {
            try {
                while (!batches.offer(next, 100, TimeUnit.MILLISECONDS)) {
                    if (loading.isDone()) {
                        awaitLoading();
                        throw new IllegalStateException("the bulk load ended before its last batch");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            }
        }

        private void awaitLoading() {
            try {
                loading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                throw new FailedException(e.getCause());
            }
        }

        private void load() {
            try (Connection connection = dataSource.getConnection()) {
                int networkTimeout = connection.getNetworkTimeout();
                connection.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MILLIS);
                try {
                    load(connection);
                } finally {
                    connection.setNetworkTimeout(Runnable::run, networkTimeout);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the bulk load was interrupted", e);
            }
        }

        private void load(Connection connection) throws SQLException, InterruptedException {
            if (!BulkLoadQueries.oneAtATime(connection)) {
                throw new IllegalStateException("another instance is loading posts in bulk");
            }
            // posts an instance committed meanwhile are replaced one by one, not loaded beside
            if (!BulkLoadQueries.noPosts(connection)) {
                throw new IllegalStateException("the database has posts now");
            }
            PostWriter.execute(connection, "set local synchronous_commit = off");
            PostWriter.execute(connection, "set local maintenance_work_mem = '256MB'");
            // an instance reading the empty tables would hold the drops up; then posts are written one by one
            PostWriter.execute(connection, "set local lock_timeout = '5s'");
            PostWriter.logPostChangesOnceAtTheEnd(connection);
            List<String> rebuild = BulkLoadQueries.dropDeferred(connection);
            PostWriter.execute(connection, "set local lock_timeout to default");
            Set<String> corrected = BulkLoadQueries.correctedSlugs(connection);
            long started = System.nanoTime();
            Map<String, Long> written = new HashMap<>();
            PlannerStatistics.Schedule statistics = new PlannerStatistics.Schedule();
            for (List<PostRows.Row> next = batches.take(); next != END; next = batches.take()) {
                written.putAll(write(connection, next, corrected));
                // the events' lookups join the posts: planned for empty tables, they scan them for every event
                if (statistics.due(written.size())) {
                    PlannerStatistics.analyzeIn(connection, true);
                }
            }
            long inserted = System.nanoTime();
            for (String statement : rebuild) {
                PostWriter.execute(connection, statement);
            }
            long built = System.nanoTime();
            // The change log's comparison plans well only on tables with statistics: once, at the end, it is a
            // few joins; after each batch it compared every batch's keys with every row logged before. These
            // statistics commit with the posts, and the searches that follow are planned by them.
            PlannerStatistics.analyzeIn(connection, false);
            PostWriter.logPostChanges(connection, written.keySet(), written.values());
            LOG.infof("bulk load: %d posts inserted in %d ms, indexes and keys built in %d ms, changes logged in %d ms",
                    written.size(), millis(started, inserted), millis(inserted, built), millis(built, System.nanoTime()));
        }

        private Map<String, Long> write(Connection connection, List<PostRows.Row> rows, Set<String> corrected)
                throws SQLException {
            Map<String, Long> ids = PostRows.insert(connection, rows);
            for (PostRows.Row row : rows) {
                String slug = row.post().slug();
                if (corrected.contains(slug)) {
                    PostWriter.applyEditorsLinkChanges(connection, ids.get(slug), slug);
                }
            }
            for (PostRows.Row row : rows) {
                writer.writeEvents(connection, ids.get(row.post().slug()), row.post(), Set.of());
            }
            return ids;
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
