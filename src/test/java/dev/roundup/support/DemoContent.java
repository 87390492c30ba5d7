package dev.roundup.support;

import java.time.Duration;

import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;

import dev.roundup.change.CacheInvalidation;
import dev.roundup.change.ChangeListener;
import dev.roundup.importer.ImportService;
import dev.roundup.importer.StartupImport;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The demo posts (imported at start-up in the test profile) plus the hidden ones, ready to read. */
public final class DemoContent {

    public static final int PUBLISHED_POSTS = 13;
    public static final String WEEK_32 = "2026-08-09-interesting-stuff-week-32-2026";
    public static final String WEEK_34 = "2026-08-23-interesting-stuff-week-34-2026";
    public static final String WEEK_36 = "2026-09-06-interesting-stuff-week-36-2026";
    public static final String WEEK_37 = "2026-09-13-interesting-stuff-week-37-2026";
    public static final String WEEK_38 = "2026-09-20-interesting-stuff-week-38-2026";
    public static final String WEEK_46 = "2026-11-15-interesting-stuff-week-46-2026";
    public static final String ARTICLE = "2026-09-30-offsets-are-promises";

    private DemoContent() {
    }

    /** Waits for the start-up import, adds the hidden posts, and removes what other tests may have left. */
    public static void ready(StartupImport startupImport, ImportService importService) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(startupImport::isFinished);
        HiddenPosts.ensureImported(importService);
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("delete from post where source_root not in (?1, ?2)")
                .setParameter(1, StartupImport.DEMO_LABEL).setParameter(2, HiddenPosts.LABEL).executeUpdate());
        // every test starts with empty caches: its statement counts and its reads are its own
        Arc.container().instance(ChangeListener.class).get().catchUp();
        Arc.container().instance(CacheInvalidation.class).get().forgetAll();
    }
}
