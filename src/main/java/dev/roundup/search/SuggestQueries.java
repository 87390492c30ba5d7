package dev.roundup.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.SiteUrls;
import dev.roundup.common.Slugs;
import dev.roundup.common.db.Sql;
import dev.roundup.event.EventFilter;
import dev.roundup.post.PostFilter;

/**
 * The suggestions' SQL. Only the first {@value #CANDIDATES} matches of each kind are ranked: a one-letter prefix over
 * a million titles must not rank them all.
 */
@ApplicationScoped
public class SuggestQueries {

    static final int CANDIDATES = 200;

    @Inject
    Sql sql;

    @Inject
    SiteUrls urls;

    // An event's name is weight A of its vector too; its post is the one search shows (EventHits.POST).
    List<Suggestions.Title> titles(String tsquery, int size) {
        return sql.list("""
                with q as materialized (select to_tsquery('roundup_english', ?) as query)
                select * from (
                    select * from (select 'post' as type, p.title, null as url, p.slug, null as event_slug,
                            ts_rank_cd(p.search, q.query, 1) as score, p.published_at
                        from q, post p where p.search @@ q.query and %1$s limit %2$d) posts
                    union all
                    select * from (select 'link', l.title, l.url, p.slug, null, ts_rank_cd(l.search, q.query, 1),
                            p.published_at
                        from q, link_item l join post p on p.id = l.post_id where l.search @@ q.query and %1$s
                        limit %2$d) links
                    union all
                    select * from (select 'event', e.name, e.url, p.slug, e.slug, ts_rank_cd(e.search, q.query, 1),
                            %5$s
                        from q, event e left join lateral (%3$s) p on true where e.search @@ q.query and %4$s
                        limit %2$d) events
                ) candidates
                order by score desc, published_at desc, title limit ?""".formatted(PostFilter.PUBLISHED, CANDIDATES,
                EventHits.POST, EventFilter.PUBLIC, EventHits.DATE),
                List.of(tsquery, size), row -> new Suggestions.Title(row.getString("type"), row.getString("title"),
                        url(row.getString("url"), row.getString("slug")), row.getString("slug"),
                        row.getString("event_slug")));
    }

    // a link's or event's own URL; else the post's page (an event without a link or a post has none)
    private String url(String url, String postSlug) {
        return url != null || postSlug == null ? url : urls.post(postSlug);
    }

    List<Suggestions.Tag> tags(String text, int size) {
        String prefix = like(text) + "%";
        String slug = Slugs.of(text);
        String slugPrefix = slug.isEmpty() ? prefix : like(slug) + "%";
        return sql.list("""
                select t.name, t.slug, count(*) as posts
                from tag t join post_tag pt on pt.tag_id = t.id join post p on p.id = pt.post_id
                where %s and (lower(t.name) like ? or lower(t.name) like ? or t.slug like ?)
                group by t.id, t.name, t.slug
                order by posts desc, t.name limit ?""".formatted(PostFilter.PUBLISHED),
                List.of(prefix, "% " + prefix, slugPrefix, size),
                row -> new Suggestions.Tag(row.getString("name"), row.getString("slug"), row.getLong("posts")));
    }

    // LIKE's wildcards in the user's text are plain characters (backslash is the default escape).
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
