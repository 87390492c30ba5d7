package dev.roundup.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.roundup.change.ChangeListener;
import dev.roundup.common.RoundupConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports a tree of Hugo markdown files: each file parsed and written whole in its own transaction (a large
 * first import at start-up: all in one, see {@link BulkLoad}), a bad file reported without stopping the others,
 * an unchanged file (same content hash) left alone.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    // Part of every content hash: a new parser re-imports everything once.
    static final String PARSER_VERSION = "2";

    @Inject
    PostParser parser;

    @Inject
    PostWriter writer;

    @Inject
    RoundupConfig config;

    @Inject
    ImportMetrics metrics;

    @Inject
    ChangeListener changes;

    @Inject
    RunLiveness liveness;

    @Inject
    PlannerStatistics statistics;

    @Inject
    BulkLoad bulkLoad;

    private final ReentrantLock oneRunAtATime = new ReentrantLock();

    public ImportReport importTree(ImportSource source, boolean sync) {
        return importTree(source, sync, false);
    }

    /**
     * The start-up import: while the service is not ready yet, a first import into an empty database may be
     * written in bulk ({@link BulkLoad}), which holds the post tables for itself until it commits.
     */
    public ImportReport importAtStartup(ImportSource source, boolean sync) {
        return importTree(source, sync, true);
    }

    private ImportReport importTree(ImportSource source, boolean sync, boolean mayLoadInBulk) {
        oneRunAtATime.lock();
        try {
            long runId = QuarkusTransaction.requiringNew().call(() -> ImportRun.start(source.label()).id);
            ImportReport report;
            // held until the run's outcome is stored, so that no one sees a live run as interrupted
            try (RunLiveness.Held alive = liveness.hold(runId)) {
                report = execute(source, runId, sync, mayLoadInBulk);
                QuarkusTransaction.requiringNew().run(() -> ImportRun.<ImportRun>findById(runId).finish(report));
            }
            metrics.record(report);
            // what was imported is what the next read of this instance shows
            changes.catchUp();
            LOG.info(report.summary());
            return report;
        } finally {
            oneRunAtATime.unlock();
        }
    }

    private ImportReport execute(ImportSource source, long runId, boolean sync, boolean mayLoadInBulk) {
        long started = System.nanoTime();
        try {
            ContentFiles found = ContentFiles.of(source.root());
            List<Path> files = found.markdown();
            LOG.infof("import %d: %d markdown files in %s, %d other files skipped", runId, files.size(), source.label(),
                    found.skipped().size());
            if (mayLoadInBulk) {
                bulkLoad.awaitOtherLoads();
                if (bulkLoad.applies(files.size())) {
                    try {
                        return new ImportRunner(tools(), source, runId, found, started, true).execute(sync);
                    } catch (BulkLoad.FailedException e) {
                        LOG.warnf(e, "import %d: the first import in bulk failed; writing the posts one by one", runId);
                        bulkLoad.awaitOtherLoads();
                    }
                }
            }
            return new ImportRunner(tools(), source, runId, found, started, false).execute(sync);
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> ImportRun.<ImportRun>findById(runId).fail());
            throw e;
        }
    }

    private ImportRunner.Tools tools() {
        return new ImportRunner.Tools(parser, writer, bulkLoad, statistics, config);
    }

    static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

}
