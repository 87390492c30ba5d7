package dev.roundup.feed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.RoundupConfig;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.PageRequest;

/**
 * The feeds' sources. Each source is one small method: a title, a description and the rows it takes; paging,
 * formats and conditional requests are the same for all (a section's posts, the links feed, ...).
 */
@ApplicationScoped
public class FeedService {

    @Inject
    FeedQueries queries;

    @Inject
    RoundupConfig config;

    /** The whole blog: the latest posts. */
    public Feed posts(int page) {
        return postFeed("", config.site().description(), new Where(), page);
    }

    /** The posts with one tag; 404 for a tag no published post carries. */
    public Feed tag(String slug, int page) {
        String name = queries.publicTag(slug)
                .orElseThrow(() -> new NotFoundException("no published post has the tag '" + slug + "'"));
        return postFeed(" \u2013 " + name, "Posts tagged " + name + " on " + config.site().title(),
                new Where().and("exists (select 1 from post_tag pt join tag t on t.id = pt.tag_id"
                        + " where pt.post_id = p.id and t.slug = ?)", slug), page);
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

    /** The feed page parameter, checked like every page parameter. */
    public static int page(String value) {
        return dev.roundup.common.paging.Parameters.intIn("page", value, 1, 1, PageRequest.MAX_PAGE);
    }
}
