package dev.roundup.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.roundup.common.BaseEntity;

/** One run of the importer, kept for operators and the admin API. */
@Entity
@Table(name = "import_run")
public class ImportRun extends BaseEntity {

    public enum Status {
        running, finished, failed,
        /** The importer's process ended before the run did (see {@link RunLiveness}). */
        interrupted
    }

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "files_seen")
    public int filesSeen;
    public int imported;
    public int updated;
    public int unchanged;
    public int failed;
    public int removed;
    public int warnings;
    @Column(name = "link_items")
    public int linkItems;

    @Column(name = "duration_ms")
    public Long durationMs;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FileOutcome> report = new ArrayList<>();

    public static ImportRun start(String source) {
        ImportRun run = new ImportRun();
        run.source = source;
        run.status = Status.running;
        run.startedAt = Instant.now();
        run.persist();
        return run;
    }

    /** The run stopped on an error that was not one file's (an unreadable folder, a lost database). */
    public void fail() {
        status = Status.failed;
        finishedAt = Instant.now();
        durationMs = Duration.between(startedAt, finishedAt).toMillis();
    }

    public void finish(ImportReport result) {
        status = Status.finished;
        finishedAt = Instant.now();
        filesSeen = result.filesSeen();
        imported = result.imported();
        updated = result.updated();
        unchanged = result.unchanged();
        failed = result.failed();
        removed = result.removed();
        warnings = result.warnings();
        linkItems = result.linkItems();
        durationMs = result.duration().toMillis();
        report = result.files();
    }
}
