package dev.roundup.admin;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.importer.ImportRun;

/** An import run in a list: its counts, without the per-file report. */
@Schema(name = "ImportRunSummary")
public record ImportRunSummary(
        @Schema(example = "42") long id,
        @Schema(example = "upload:content.zip") String source,
        @Schema(example = "finished") String status,
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
        @Schema(example = "412") Long durationMs) {

    static ImportRunSummary of(ImportRun run) {
        return new ImportRunSummary(run.id, run.source, run.status.name(), run.startedAt, run.finishedAt,
                run.filesSeen, run.imported, run.updated, run.unchanged, run.failed, run.removed, run.warnings,
                run.linkItems, run.durationMs);
    }
}
