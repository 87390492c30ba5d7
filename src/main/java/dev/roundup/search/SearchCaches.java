package dev.roundup.search;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.CacheInvalidateAll;

/**
 * The names of the search caches, in one place: their time to live is configured in application.properties
 * ({@code quarkus.cache.caffeine."<name>".expire-after-write}), and whatever changes content calls
 * {@link #forgetAll()} so that a search never answers from before the change for longer than that.
 */
@ApplicationScoped
public class SearchCaches {

    /**
     * The outcome of a search (page rows, facets, totals, the "did you mean" correction), by request. Repeated queries (the
     * first page of a popular search, paging back and forth, as-you-type refinements) cost a map lookup.
     */
    public static final String RESULTS = "search-results";

    @CacheInvalidateAll(cacheName = RESULTS)
    public void forgetAll() {
        // the annotation does the work
    }
}
