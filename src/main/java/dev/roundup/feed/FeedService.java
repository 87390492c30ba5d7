package dev.roundup.feed;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.RoundupConfig;
import dev.roundup.common.Slugs;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.link.LinkFilter;
import dev.roundup.link.LinkService;
import dev.roundup.link.LinkSummary;
import dev.roundup.section.SectionAliases;
import dev.roundup.section.SectionService;
import dev.roundup.section.SectionTopic;
import dev.roundup.tag.TagRef;
import io.quarkus.cache.CacheResult;

/**
 * The feeds' sources. Each source is one small method: a title, a description and the rows it takes; paging,
 * formats and conditional requests are the same for all.
 */
@ApplicationScoped
public class FeedService {

    /** Cached feeds, forgotten on every change to posts and link items (see change.CacheInvalidation). */
    public static final String CACHE = "feeds";

    @Inject
    FeedQueries queries;

    @Inject
    RoundupConfig config;

    @Inject
    SectionService sections;

    @Inject
    SectionAliases aliases;

    @Inject
    LinkService links;

    /** The whole blog: the latest posts. */
    @CacheResult(cacheName = CACHE)
    public Feed posts(int page) {
        return postFeed("", config.site().description(), new Where(), page);
    }

    /** The posts with one tag; 404 for a tag no published post carries. */
    @CacheResult(cacheName = CACHE)
    public Feed tag(String slug, int page) {
        String name = queries.publicTag(slug)
                .orElseThrow(() -> new NotFoundException("no published post has the tag '" + slug + "'"));
        return postFeed(" \u2013 " + name, "Posts tagged " + name + " on " + config.site().title(),
                new Where().and("exists (select 1 from post_tag pt join tag t on t.id = pt.tag_id"
                        + " where pt.post_id = p.id and t.slug = ?)", slug),
                page);
    }

    /** The posts with a section of one topic, in any of its spellings; 404 for an unknown topic. */
    @CacheResult(cacheName = CACHE)
    public Feed section(String slugOrHeading, int page) {
        SectionTopic topic = sections.get(slugOrHeading);
        return postFeed(" \u2013 " + topic.heading(), topic.heading() + " in the posts of " + config.site().title(),
                new Where().and("exists (select 1 from section s where s.post_id = p.id and s.slug = any (?))",
                        (Object) aliases.rawSlugs(topic.slug()).toArray(String[]::new)),
                page);
    }

    /**
     * Curated link items, newest post first: each item's {@code externalUrl} is the article, its {@code url} (and
     * id) the link's place in its roundup, its content the commentary.
     */
    @CacheResult(cacheName = CACHE)
    public Feed links(LinkFilter filter, int page) {
        int size = config.feed().size();
        Page<LinkSummary> links =
                this.links.list(filter, LinkService.sort(null), new PageRequest(page, size, Optional.empty()));
        List<FeedItem> items = links.items().stream().map(link -> linkItem(link, config.site().title())).toList();
        return new Feed(config.site().title() + " \u2013 links", "Every link curated in " + config.site().title(),
                home(), items, page, (long) page * size < links.meta().total());
    }

    // The anchor is the title's slug rather than the id: ids change when a post is re-imported, readers must not
    // see its links as new.
    private static FeedItem linkItem(LinkSummary link, String curator) {
        String place = link.post().url() + "#" + Slugs.of(link.title());
        return new FeedItem(place, place, link.url(), link.title(), link.commentary().excerpt(),
                link.commentary().html(), curator, link.post().date(), link.post().date(),
                link.tags().stream().map(TagRef::name).toList(), null);
    }

    private Feed postFeed(String titleSuffix, String description, Where where, int page) {
        int size = config.feed().size();
        List<FeedItem> items = queries.posts(where, (long) (page - 1) * size, size + 1);
        boolean hasNext = items.size() > size;
        return new Feed(config.site().title() + titleSuffix, description, home(),
                hasNext ? items.subList(0, size) : items, page, hasNext);
    }

    private String home() {
        String base = config.site().baseUrl();
        return base.endsWith("/") ? base : base + "/";
    }
}
