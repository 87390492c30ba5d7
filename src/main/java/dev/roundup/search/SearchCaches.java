package dev.roundup.search;

/**
 * The search cache's name. Its time to live is configured in application.properties
 * ({@code quarkus.cache.caffeine."search-results".expire-after-write}); content changes forget it
 * (change.CacheInvalidation).
 */
public final class SearchCaches {

    /**
     * The outcome of a search (page rows, facets, totals, the "did you mean" correction), by request. Repeated queries
     * (the first page of a popular search, paging back and forth, as-you-type refinements) cost a map lookup.
     */
    public static final String RESULTS = "search-results";

    private SearchCaches() {
    }
}
