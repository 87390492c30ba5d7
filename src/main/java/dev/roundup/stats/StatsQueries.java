package dev.roundup.stats;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.link.LinkFilter;
import dev.roundup.post.PostFilter;

/**
 * The statistics' SQL, one statement per series set: the top keys by total are chosen and counted per period in the
 * same query.
 */
@ApplicationScoped
public class StatsQueries {

    /** The post's date as the author wrote it, so a post at 00:30+02:00 on the 1st counts in its own month. */
    private static final String LOCAL_DATE = "((p.published_at at time zone 'UTC')"
            + " + p.published_offset * interval '1 second')";

    @Inject
    Sql sql;

    /** A key's count in one period, with the key's total over all periods. */
    record Count(String key, String name, long total, String period, long count) {
    }

    List<Count> domains(Interval interval, List<String> domains, Optional<OffsetDateTime> from,
            Optional<OffsetDateTime> to, int limit) {
        Where where = new LinkFilter(List.of(), true, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                from, to, Optional.empty()).where().and("l.domain is not null");
        if (!domains.isEmpty()) {
            where.and("l.domain = any (?)", (Object) domains.stream().map(LinkFilter::domainOf).toArray(String[]::new));
        }
        String hits = "select l.domain as key, l.domain as name, to_char(" + LOCAL_DATE + ", ?) as period"
                + " from link_item l join section s on s.id = l.section_id join post p on p.id = l.post_id";
        return counts(hits, where, interval, limit);
    }

    List<Count> tags(Interval interval, List<String> tagSlugs, Optional<OffsetDateTime> from,
            Optional<OffsetDateTime> to, int limit) {
        Where where = new Where().and(PostFilter.PUBLISHED);
        from.ifPresent(value -> where.and("p.published_at >= ?", value));
        to.ifPresent(value -> where.and("p.published_at < ?", value));
        if (!tagSlugs.isEmpty()) {
            where.and("t.slug = any (?)", (Object) tagSlugs.toArray(String[]::new));
        }
        String hits = "select t.slug as key, t.name as name, to_char(" + LOCAL_DATE + ", ?) as period"
                + " from post p join post_tag pt on pt.post_id = p.id join tag t on t.id = pt.tag_id";
        return counts(hits, where, interval, limit);
    }

    private List<Count> counts(String hits, Where where, Interval interval, int limit) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(interval.pattern);
        parameters.addAll(where.parameters());
        parameters.add(limit);
        return sql.list("with hits as (" + hits + where.sql() + """
                ), top as (
                    select key, name, count(*) as total from hits group by key, name order by total desc, key limit ?)
                select h.key, top.name, top.total, h.period, count(*) as count
                from hits h join top on top.key = h.key
                group by h.key, top.name, top.total, h.period
                order by top.total desc, h.key, h.period""", parameters,
                row -> new Count(row.getString("key"), row.getString("name"), row.getLong("total"),
                        row.getString("period"), row.getLong("count")));
    }

}
