package dev.roundup.search;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The search cache's name and the count of content changes it has seen. Its time to live is configured in
 * application.properties ({@code quarkus.cache.caffeine."search-results".expire-after-write}); content changes
 * forget it (change.CacheInvalidation), and popular entries are refreshed in the background
 * ({@link RefreshAhead}, {@code roundup.search.refresh-after}).
 */
@ApplicationScoped
public class SearchCaches {

    /**
     * The outcome of a search (page rows, facets, totals, the "did you mean" correction), by request. Repeated queries (the
     * first page of a popular search, paging back and forth, as-you-type refinements) cost a map lookup.
     */
    public static final String RESULTS = "search-results";

    private final AtomicLong generation = new AtomicLong();

    /** Called before the cache is forgotten for a content change: refreshes begun earlier are then discarded. */
    public void contentChanging() {
        generation.incrementAndGet();
    }

    long generation() {
        return generation.get();
    }
}
