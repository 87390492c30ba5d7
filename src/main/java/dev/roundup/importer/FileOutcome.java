package dev.roundup.importer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What became of one file in an import run. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FileOutcome(String file, String slug, Outcome outcome, Integer line, String reason, List<String> warnings,
        Integer linkItems) {

    public enum Outcome {
        IMPORTED, UPDATED, UNCHANGED, FAILED, REMOVED, SKIPPED
    }

    static FileOutcome written(String file, ParsedPost post, boolean created) {
        return new FileOutcome(file, post.slug(), created ? Outcome.IMPORTED : Outcome.UPDATED, null, null,
                post.warnings(), post.linkItemCount());
    }

    static FileOutcome unchanged(String file, String slug) {
        return new FileOutcome(file, slug, Outcome.UNCHANGED, null, null, List.of(), null);
    }

    static FileOutcome failed(String file, int line, String reason) {
        return new FileOutcome(file, null, Outcome.FAILED, line > 0 ? line : null, reason, List.of(), null);
    }

    /** An entry of an uploaded archive that was not imported, e.g. an image beside the posts. */
    public static FileOutcome skipped(String file, String reason) {
        return new FileOutcome(file, null, Outcome.SKIPPED, null, reason, List.of(), null);
    }

    static FileOutcome removed(String file, String slug) {
        return new FileOutcome(file, slug, Outcome.REMOVED, null, null, List.of(), null);
    }
}
