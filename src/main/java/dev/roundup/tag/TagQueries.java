package dev.roundup.tag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Sort;
import dev.roundup.post.PostFilter;

/**
 * The SQL of the tag reads. A tag's numbers are aggregates over its published posts, computed in one
 * statement for a whole page; the page is sorted and cut on those aggregates (keyset on the sort value and id).
 */
@ApplicationScoped
public class TagQueries {

    // Per published post of the tag: its curated link items (the same count as a post summary's linkCount).
    private static final String USED_TAGS = """
            select t.id, t.slug, t.name, lower(t.name) as sort_name, count(*) as post_count,
                coalesce(sum(lc.n), 0) as link_count,
                min(p.published_at) as first_at, (array_agg(p.published_offset order by p.published_at))[1] as first_offset,
                max(p.published_at) as last_at,
                (array_agg(p.published_offset order by p.published_at desc))[1] as last_offset
            from tag t
            join post_tag pt on pt.tag_id = t.id
            join post p on p.id = pt.post_id
            cross join lateral (select count(*) as n from link_item l join section s on s.id = l.section_id
                where l.post_id = p.id and s.kind not in ('wind', 'finally')) lc""";

    @Inject
    Sql sql;

    /** A tag row with the values a keyset cursor needs. */
    public record Row(long id, String sortName, OffsetDateTime lastAt, TagSummary value) {
    }

    /** @param where conditions on {@code t} (the tag) and {@code p} (its posts), published ones only included */
    public long count(Where where) {
        return sql.count("select count(distinct t.id) from tag t join post_tag pt on pt.tag_id = t.id"
                + " join post p on p.id = pt.post_id" + where.sql(), where.parameters());
    }

    /**
     * @param where conditions on {@code t} and {@code p}, as for {@link #count}
     * @param after conditions on {@code x} (the aggregated row), for the keyset
     */
    public List<Row> page(Where where, Where after, Sort sort, long offset, int limit) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.addAll(after.parameters());
        parameters.add(limit);
        parameters.add(offset);
        return sql.list("select * from (" + USED_TAGS + where.sql() + " group by t.id) x" + after.sql() + " order by "
                + sort.orderBy("x.id") + " limit ? offset ?", parameters, TagQueries::row);
    }

    public Optional<Row> one(String slug) {
        Where where = new Where().and(PostFilter.PUBLISHED).and("t.slug = ?", slug);
        return sql.first(USED_TAGS + where.sql() + " group by t.id", where.parameters(), TagQueries::row);
    }

    /** The tags most often on the same published posts. */
    public List<TagView.RelatedTag> related(long tagId, int limit) {
        Where where = new Where().and(PostFilter.PUBLISHED).and("pt.tag_id = ?", tagId);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        return sql.list("""
                select t2.name, t2.slug, count(*) as shared
                from post_tag pt
                join post p on p.id = pt.post_id
                join post_tag pt2 on pt2.post_id = pt.post_id and pt2.tag_id <> pt.tag_id
                join tag t2 on t2.id = pt2.tag_id""" + where.sql()
                + " group by t2.id order by shared desc, t2.slug limit ?", parameters,
                row -> new TagView.RelatedTag(row.getString("name"), row.getString("slug"), row.getLong("shared")));
    }

    /** Whether a published post carries the tag: the one check before listing its posts. */
    public boolean visible(String slug) {
        return sql.count("select count(*) from tag t where t.slug = ? and exists (select 1 from post_tag pt"
                + " join post p on p.id = pt.post_id where pt.tag_id = t.id and " + PostFilter.PUBLISHED + ")",
                List.of(slug)) > 0;
    }

    private static Row row(ResultSet row) throws SQLException {
        OffsetDateTime first = at(row, "first_at", "first_offset");
        OffsetDateTime last = at(row, "last_at", "last_offset");
        TagSummary tag = new TagSummary(row.getString("name"), row.getString("slug"), row.getLong("post_count"),
                row.getLong("link_count"), first, last);
        return new Row(row.getLong("id"), row.getString("sort_name"), row.getObject("last_at", OffsetDateTime.class), tag);
    }

    private static OffsetDateTime at(ResultSet row, String instant, String offset) throws SQLException {
        return row.getObject(instant, OffsetDateTime.class)
                .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(row.getInt(offset)));
    }
}
