package dev.roundup.change;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.roundup.common.http.ResponseCache;
import dev.roundup.feed.FeedService;
import dev.roundup.post.PostService;
import dev.roundup.search.SearchService;
import dev.roundup.section.SectionQueries;
import dev.roundup.section.SectionService;
import dev.roundup.tag.TagService;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;

/**
 * Forgets the cached reads a change makes stale, on every instance (changes arrive through {@link ChangeListener}).
 * A post's detail is forgotten by its slug; lists, tags, sections and feeds are computed over all posts, so any
 * change to a post or a link item forgets them whole. An event's change forgets every post detail (a post shows the
 * events it mentions, merged from every post that mentions them). The whole answers kept by {@link ResponseCache} go
 * the same way.
 */
@ApplicationScoped
public class CacheInvalidation {

    private static final Logger LOG = Logger.getLogger(CacheInvalidation.class);

    /** Every cache that holds something computed from posts, link items or events. */
    static final List<String> AGGREGATES = List.of(PostService.LIST_CACHE, TagService.CACHE, SectionService.CACHE,
            FeedService.CACHE, SectionQueries.CACHE, SearchService.CACHE);

    @Inject
    CacheManager caches;

    @Inject
    ResponseCache responses;

    void on(@Observes ContentChanged change) {
        if (change.everything() || "event".equals(change.type()) || change.postSlug() == null) {
            forgetAll();
            return;
        }
        try {
            cache(PostService.DETAIL_CACHE).invalidate(change.postSlug()).await().indefinitely();
            AGGREGATES.forEach(name -> cache(name).invalidateAll().await().indefinitely());
        } finally {
            // after the application caches, which a kept answer may have been made from
            responses.forgetPost(change.postSlug());
        }
    }

    /** Forgets every cached read (after missed notifications, and for tests that start afresh). */
    public void forgetAll() {
        LOG.debug("forgetting every cached read");
        try {
            cache(PostService.DETAIL_CACHE).invalidateAll().await().indefinitely();
            AGGREGATES.forEach(name -> cache(name).invalidateAll().await().indefinitely());
        } finally {
            responses.forgetAll();
        }
    }

    private Cache cache(String name) {
        return caches.getCache(name).orElseThrow(() -> new IllegalStateException("no cache " + name));
    }
}
