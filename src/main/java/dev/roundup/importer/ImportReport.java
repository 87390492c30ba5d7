package dev.roundup.importer;

import java.time.Duration;
import java.util.List;

/**
 * The summary of one import run; {@code files} lists every file but the unchanged ones, the skipped ones (not
 * markdown) with the reason.
 */
public record ImportReport(
        long runId,
        String source,
        int filesSeen,
        int imported,
        int updated,
        int unchanged,
        int failed,
        int removed,
        int skipped,
        int warnings,
        int linkItems,
        Duration duration,
        List<FileOutcome> files) {

    public String summary() {
        return "import of %s: %d files seen, %d imported, %d updated, %d unchanged, %d failed, %d removed, %d skipped, %d warnings, %d link items written in %d ms"
                .formatted(source, filesSeen, imported, updated, unchanged, failed, removed, skipped, warnings, linkItems,
                        duration.toMillis());
    }
}
