package dev.roundup.support;

import java.nio.file.Path;

import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;

/**
 * A draft and a post scheduled for 2099, both tagged "Kafka" and "Secret Sauce", with links to
 * drafts.example.com and future.example.com: none of it may appear in any public response.
 */
public final class HiddenPosts {

    public static final String DRAFT_SLUG = "2026-07-05-hidden-draft";
    public static final String FUTURE_SLUG = "2099-01-04-scheduled-future";
    public static final String SECRET_TAG = "secret-sauce";
    public static final String LABEL = "test:hidden-posts";

    private HiddenPosts() {
    }

    /** Imports them (again: unchanged files cost nothing); safe to call from every test. */
    public static void ensureImported(ImportService importService) {
        Path folder = Fixtures.ROOT.resolve("visibility").toAbsolutePath();
        importService.importTree(new ImportSource(folder, LABEL), false);
    }
}
