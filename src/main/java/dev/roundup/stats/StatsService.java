package dev.roundup.stats;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.link.LinkFilter;
import dev.roundup.post.PostFilter;
import dev.roundup.tag.TagRef;

/**
 * Counts over time, one statement each: the top keys by total are chosen and counted per period in the same
 * query, and the series are made dense (every period from the first to the last, zeros included) here.
 */
@ApplicationScoped
public class StatsService {

    /** The post's date as the author wrote it, so a post at 00:30+02:00 on the 1st counts in its own month. */
    private static final String LOCAL_DATE = "((p.published_at at time zone 'UTC')"
            + " + p.published_offset * interval '1 second')";

    @Inject
    Sql sql;

    public Stats.DomainStats domains(Interval interval, List<String> domains, Optional<OffsetDateTime> from,
            Optional<OffsetDateTime> to, int limit) {
        Where where = new LinkFilter(List.of(), true, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                from, to, Optional.empty()).where().and("l.domain is not null");
        if (!domains.isEmpty()) {
            where.and("l.domain = any (?)", (Object) domains.stream().map(LinkFilter::domainOf).toArray(String[]::new));
        }
        String hits = "select l.domain as key, l.domain as name, to_char(" + LOCAL_DATE + ", ?) as period"
                + " from link_item l join section s on s.id = l.section_id join post p on p.id = l.post_id";
        List<Count> counts = counts(hits, where, interval, limit);
        return new Stats.DomainStats(interval.label(),
                series(counts, interval, (count, points) -> new Stats.DomainSeries(count.key(), count.total(), points)));
    }

    public Stats.TagStats tags(Interval interval, List<String> tagSlugs, Optional<OffsetDateTime> from,
            Optional<OffsetDateTime> to, int limit) {
        Where where = new Where().and(PostFilter.PUBLISHED);
        from.ifPresent(value -> where.and("p.published_at >= ?", value));
        to.ifPresent(value -> where.and("p.published_at < ?", value));
        if (!tagSlugs.isEmpty()) {
            where.and("t.slug = any (?)", (Object) tagSlugs.toArray(String[]::new));
        }
        String hits = "select t.slug as key, t.name as name, to_char(" + LOCAL_DATE + ", ?) as period"
                + " from post p join post_tag pt on pt.post_id = p.id join tag t on t.id = pt.tag_id";
        List<Count> counts = counts(hits, where, interval, limit);
        return new Stats.TagStats(interval.label(), series(counts, interval,
                (count, points) -> new Stats.TagSeries(new TagRef(count.name(), count.key()), count.total(), points)));
    }

    private record Count(String key, String name, long total, String period, long count) {
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

    private static <S> List<S> series(List<Count> counts, Interval interval,
            BiFunction<Count, List<Stats.Point>, S> seriesOf) {
        if (counts.isEmpty()) {
            return List.of();
        }
        TreeSet<String> seen = new TreeSet<>();
        counts.forEach(count -> seen.add(count.period()));
        List<String> periods = interval.periods(seen.first(), seen.last());
        Map<String, Count> firstOfKey = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byKey = new LinkedHashMap<>();
        for (Count count : counts) {
            firstOfKey.putIfAbsent(count.key(), count);
            byKey.computeIfAbsent(count.key(), key -> new LinkedHashMap<>()).put(count.period(), count.count());
        }
        List<S> series = new ArrayList<>();
        firstOfKey.forEach((key, count) -> series.add(seriesOf.apply(count, periods.stream()
                .map(period -> new Stats.Point(period, byKey.get(key).getOrDefault(period, 0L))).toList())));
        return series;
    }
}
