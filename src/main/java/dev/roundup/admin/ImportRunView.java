package dev.roundup.admin;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.importer.FileOutcome;
import dev.roundup.importer.ImportRun;

/** One import run with what became of each file (unchanged files are only counted). */
@Schema(name = "ImportRun")
public record ImportRunView(
        @Schema(example = "42") long id,
        @Schema(description = "What was imported: a folder, the demo content, or upload:{file name}",
                example = "upload:content.zip") String source,
        @Schema(description = "running, finished, failed, or interrupted (its importer's process ended first)",
                example = "finished") String status,
        Instant startedAt,
        Instant finishedAt,
        @Schema(example = "14") int filesSeen,
        @Schema(example = "12") int imported,
        @Schema(example = "1") int updated,
        @Schema(example = "0") int unchanged,
        @Schema(example = "1") int failed,
        @Schema(example = "0") int removed,
        @Schema(example = "2") int warnings,
        @Schema(example = "180") int linkItems,
        @Schema(example = "412") Long durationMs,
        @Schema(description = "Each imported, updated, failed, removed or skipped file") List<FileOutcome> files) {

    static ImportRunView of(ImportRun run) {
        return new ImportRunView(run.id, run.source, run.status.name(), run.startedAt, run.finishedAt, run.filesSeen,
                run.imported, run.updated, run.unchanged, run.failed, run.removed, run.warnings, run.linkItems,
                run.durationMs, run.report);
    }
}
