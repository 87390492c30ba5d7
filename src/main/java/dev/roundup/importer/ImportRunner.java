package dev.roundup.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import dev.roundup.common.RoundupConfig;
import dev.roundup.common.Slugs;

/**
 * One run of the importer. Files are read and parsed on all cores, a bounded window ahead; this thread
 * takes them in file order and claims their slugs, so slug conflicts resolve the same way every time;
 * a few writer threads store them, each post in its own transaction, or, in a bulk load, one thread stores
 * them a batch at a time in the load's one transaction. The windows and the batches are bounded: memory
 * stays flat whatever the number of files.
 */
final class ImportRunner {

    // the importer's one log category
    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final int WINDOW = 64;
    private static final int PROGRESS_EVERY = 500;

    /** What a run works with. */
    record Tools(PostParser parser, PostWriter writer, BulkLoad bulkLoad, PlannerStatistics statistics,
            RoundupConfig config) {
    }

    /** A file read, hashed and, unless unchanged, parsed: the part of the work that runs in parallel. */
    private sealed interface Prepared {
        String file();
    }

    private record Unchanged(String file, String slug) implements Prepared {
    }

    private record Parsed(String file, String hash, ParsedPost post) implements Prepared {
    }

    private record Failed(String file, int line, String reason) implements Prepared {
    }

    private final Tools tools;

    private final ImportSource source;
    private final long runId;
    private final List<Path> files;
    private final long started;
    private final boolean inBulk;
    private final List<FileOutcome> outcomes = new ArrayList<>();
    private final Map<String, String> fileBySlug = new HashMap<>();
    private final Map<String, String> tagSpellings = new HashMap<>();
    private int filesSeen;
    private int unchanged;
    private int warnings;
    private int linkItems;
    private int written;
    private final PlannerStatistics.Schedule statisticsSchedule = new PlannerStatistics.Schedule();
    // Where the time goes, for the log: parsing is summed over the parser threads.
    private final LongAdder parseNanos = new LongAdder();
    private final LongAdder writeNanos = new LongAdder();
    private final Deque<Future<FileOutcome>> pendingWrites = new ArrayDeque<>();
    private ExecutorService writing;
    private BulkLoad.Session bulk;

    ImportRunner(Tools tools, ImportSource source, long runId, ContentFiles found, long started, boolean inBulk) {
        this.tools = tools;
        this.source = source;
        this.runId = runId;
        this.files = found.markdown();
        found.skipped().forEach((file, reason) -> outcomes.add(FileOutcome.skipped(relativeName(file), reason)));
        this.started = started;
        this.inBulk = inBulk;
    }

    ImportReport execute(boolean sync) {
        Map<String, PostWriter.StoredPost> stored = tools.writer().storedPosts(source.label());
        ExecutorService parsers = pool(Runtime.getRuntime().availableProcessors());
        writing = pool(Math.max(1, tools.config().importWriters()));
        try (BulkLoad.Session session = inBulk ? tools.bulkLoad().start() : null) {
            bulk = session;
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            for (Path file : files) {
                window.add(parsers.submit(() -> prepare(file, stored)));
                if (window.size() >= WINDOW) {
                    store(window.poll(), files.size());
                }
            }
            while (!window.isEmpty()) {
                store(window.poll(), files.size());
            }
            while (!pendingWrites.isEmpty()) {
                record(await(pendingWrites.poll()));
            }
            if (inBulk) {
                bulk.finish().forEach(this::record);
            }
        } finally {
            parsers.shutdownNow();
            writing.shutdownNow();
        }
        LOG.infof("import %d: parsing took %d ms of thread time, writing %d ms", runId,
                parseNanos.sum() / 1_000_000, writeNanos.sum() / 1_000_000);
        if (sync) {
            tools.writer().removeMissing(source.label(), relativeNames(files))
                    .forEach((file, slug) -> outcomes.add(FileOutcome.removed(file, slug)));
        }
        ImportReport report = report();
        // a few posts (an upload, a day's edits) change no plan; a full refresh costs seconds at a million links;
        // a bulk load refreshed them before it committed
        if (!inBulk
                && PlannerStatistics.Schedule.worthRefreshing(report.imported() + report.updated() + report.removed())) {
            tools.statistics().refresh();
        }
        return report;
    }

    private Prepared prepare(Path file, Map<String, PostWriter.StoredPost> stored) {
        String name = relativeName(file);
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            String hash = contentHash(content);
            PostWriter.StoredPost known = stored.get(name);
            if (known != null && known.contentHash().equals(hash)) {
                return new Unchanged(name, known.slug());
            }
            long start = System.nanoTime();
            ParsedPost post = tools.parser().parse(name, content);
            parseNanos.add(System.nanoTime() - start);
            return new Parsed(name, hash, post);
        } catch (ContentException e) {
            return new Failed(name, e.line(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            // One bad file never stops the others; the report says what happened to it.
            LOG.warnf(e, "import %d: %s could not be read or parsed", runId, name);
            return new Failed(name, 0, describe(e));
        }
    }

    private void store(Future<Prepared> next, int total) {
        Prepared prepared = await(next);
        if (prepared instanceof Unchanged file && claim(file.slug(), file.file())) {
            unchanged++;
        } else if (prepared instanceof Unchanged file) {
            outcomes.add(FileOutcome.failed(file.file(), 0, duplicateSlug(file.slug())));
        } else if (prepared instanceof Failed file) {
            outcomes.add(FileOutcome.failed(file.file(), file.line(), file.reason()));
        } else if (prepared instanceof Parsed file && claim(file.post().slug(), file.file())) {
            Parsed spelled = new Parsed(file.file(), file.hash(), file.post().withTags(firstSpellings(file.post())));
            if (inBulk) {
                bulk.add(new PostRows.Row(spelled.post(), source.label(), spelled.file(), spelled.hash(), null, 1),
                        FileOutcome.written(spelled.file(), spelled.post(), true));
            } else {
                pendingWrites.add(writing.submit(() -> write(spelled)));
            }
            if (pendingWrites.size() >= WINDOW) {
                record(await(pendingWrites.poll()));
            }
        } else if (prepared instanceof Parsed file) {
            outcomes.add(FileOutcome.failed(file.file(), 0, duplicateSlug(file.post().slug())));
        }
        if (++filesSeen % PROGRESS_EVERY == 0) {
            LOG.infof("import %d: %d of %d files done", runId, filesSeen, total);
        }
    }

    /**
     * A new tag's display name is its first spelling in file order, as if one writer stored the files one by
     * one: whichever writer creates the tag, it writes the spelling of the run's first file that has it.
     */
    private List<String> firstSpellings(ParsedPost post) {
        return post.tags().stream().map(tag -> tagSpellings.computeIfAbsent(Slugs.of(tag), slug -> tag)).toList();
    }

    // Runs on a writer thread: slugs were claimed in file order already, so writers never race for one.
    private FileOutcome write(Parsed file) {
        ParsedPost post = file.post();
        long start = System.nanoTime();
        try {
            boolean created = tools.writer().replace(post, source.label(), file.file(), file.hash());
            return FileOutcome.written(file.file(), post, created);
        } catch (RuntimeException e) {
            LOG.warnf(e, "import %d: %s could not be stored", runId, file.file());
            return FileOutcome.failed(file.file(), 0, "the post could not be stored: a database error, logged by"
                    + " import " + runId);
        } finally {
            writeNanos.add(System.nanoTime() - start);
        }
    }

    private void record(FileOutcome outcome) {
        outcomes.add(outcome);
        warnings += outcome.warnings().size();
        linkItems += Objects.requireNonNullElse(outcome.linkItems(), 0);
        // a bulk load refreshes them itself, inside its transaction
        if (!inBulk && outcome.outcome() != FileOutcome.Outcome.FAILED && statisticsSchedule.due(++written)) {
            tools.statistics().refreshRowCounts();
        }
    }

    private <T> T await(Future<T> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an import thread failed outside its own error handling", e);
        }
    }

    private String duplicateSlug(String slug) {
        return "the slug '" + slug + "' is already the slug of " + fileBySlug.get(slug) + " in this import";
    }

    private boolean claim(String slug, String file) {
        return fileBySlug.putIfAbsent(slug, file) == null;
    }

    private List<String> relativeNames(List<Path> files) {
        return files.stream().map(this::relativeName).toList();
    }

    private String relativeName(Path file) {
        Path root = source.root();
        Path relative = Files.isRegularFile(root) ? file.getFileName() : root.relativize(file);
        return relative.toString().replace('\\', '/');
    }

    private ImportReport report() {
        return new ImportReport(runId, source.label(), filesSeen, count(FileOutcome.Outcome.IMPORTED),
                count(FileOutcome.Outcome.UPDATED), unchanged, count(FileOutcome.Outcome.FAILED),
                count(FileOutcome.Outcome.REMOVED), count(FileOutcome.Outcome.SKIPPED), warnings, linkItems,
                Duration.ofNanos(System.nanoTime() - started), List.copyOf(outcomes));
    }

    private int count(FileOutcome.Outcome outcome) {
        return (int) outcomes.stream().filter(file -> file.outcome() == outcome).count();
    }

    /** A run's own pool: parsing takes every core, and each writer holds a connection, so neither shares a pool. */
    private static ManagedExecutor pool(int threads) {
        return ManagedExecutor.builder().maxAsync(threads).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    private String contentHash(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ImportService.PARSER_VERSION + '\n' + tools.config().site().baseUrl() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e instanceof IOException ? "the file cannot be read" + message : "the post cannot be imported" + message;
    }
}
