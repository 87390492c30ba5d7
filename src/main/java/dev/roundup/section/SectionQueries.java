package dev.roundup.section;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.Sql;
import dev.roundup.post.PostFilter;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;

/**
 * The SQL of the section topics. The alias mapping is resolved in Java (wildcards, precedence) and handed to
 * PostgreSQL as a raw slug -> topic table, so that a topic's numbers are grouped there, in two statements for
 * the whole list: per topic, and per spelling.
 */
@ApplicationScoped
public class SectionQueries {

    public static final String CACHE = "section-slugs";

    private static final String FROM = """
            from section s
            join unnest(?::text[], ?::text[]) as m(raw, topic) on m.raw = s.slug
            join post p on p.id = s.post_id
            cross join lateral (select count(*) as n from section d join link_item l on l.section_id = d.id
                where d.post_id = s.post_id and d.position between s.position and s.subtree_end) lc
            where""" + " " + PostFilter.PUBLISHED;

    @Inject
    Sql sql;

    /** The numbers of one topic, before its spellings are added. */
    record TopicRow(String topic, String kind, long postCount, long linkCount, OffsetDateTime firstSeen,
            OffsetDateTime lastSeen) {
    }

    /** One way a topic's heading was written. */
    record SpellingRow(String topic, SectionTopic.Spelling spelling) {
    }

    /** Every heading slug in the section table (the untitled section has none), as cached for SectionAliases. */
    @CacheResult(cacheName = CACHE)
    public List<String> distinctSlugs() {
        return currentSlugs();
    }

    /** Every heading slug in the section table, read now: the topic lists must show a new heading at once. */
    public List<String> currentSlugs() {
        return sql.list("select distinct slug from section where slug is not null order by slug", List.of(),
                row -> row.getString(1));
    }

    @CacheInvalidateAll(cacheName = CACHE)
    public void forgetSlugs() {
        // the annotation does the work
    }

    /** @param topicByRaw the raw heading slugs to count, each with its topic */
    List<TopicRow> topics(Map<String, String> topicByRaw) {
        return sql.list("""
                select m.topic, mode() within group (order by s.kind) as kind, count(distinct s.post_id) as post_count,
                    coalesce(sum(lc.n), 0) as link_count,
                    min(p.published_at) as first_at,
                    (array_agg(p.published_offset order by p.published_at))[1] as first_offset,
                    max(p.published_at) as last_at,
                    (array_agg(p.published_offset order by p.published_at desc))[1] as last_offset
                """ + FROM + " group by m.topic", mapping(topicByRaw), row -> new TopicRow(row.getString("topic"),
                row.getString("kind"), row.getLong("post_count"), row.getLong("link_count"),
                at(row, "first_at", "first_offset"), at(row, "last_at", "last_offset")));
    }

    /** The headings as written, most used first (then most recent), per topic. */
    List<SpellingRow> spellings(Map<String, String> topicByRaw) {
        return sql.list("select m.topic, s.heading, s.slug, count(distinct s.post_id) as post_count " + FROM
                + " group by m.topic, s.heading, s.slug order by m.topic, post_count desc, max(p.published_at) desc,"
                + " s.heading", mapping(topicByRaw),
                row -> new SpellingRow(row.getString("topic"),
                        new SectionTopic.Spelling(row.getString("heading"), row.getString("slug"), row.getLong("post_count"))));
    }

    /** Whether a published post has a section with one of these heading slugs. */
    boolean visible(List<String> rawSlugs) {
        return sql.count("select count(*) from (select 1 from section s join post p on p.id = s.post_id"
                + " where s.slug = any (?) and " + PostFilter.PUBLISHED + " limit 1) x",
                List.of((Object) rawSlugs.toArray(String[]::new))) > 0;
    }

    private static List<Object> mapping(Map<String, String> topicByRaw) {
        return List.of(topicByRaw.keySet().toArray(String[]::new), topicByRaw.values().toArray(String[]::new));
    }

    private static OffsetDateTime at(ResultSet row, String instant, String offset) throws SQLException {
        return row.getObject(instant, OffsetDateTime.class)
                .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(row.getInt(offset)));
    }
}
