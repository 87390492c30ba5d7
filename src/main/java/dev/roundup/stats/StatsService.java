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

import dev.roundup.tag.TagRef;

/**
 * Counts over time, one statement each (StatsQueries); the series are made dense here: every period from the first
 * to the last, zeros included.
 */
@ApplicationScoped
public class StatsService {

    @Inject
    StatsQueries queries;

    public Stats.DomainStats domains(Interval interval, List<String> domains, Optional<OffsetDateTime> from,
            Optional<OffsetDateTime> to, int limit) {
        List<StatsQueries.Count> counts = queries.domains(interval, domains, from, to, limit);
        return new Stats.DomainStats(interval.label(),
                series(counts, interval, (count, points) -> new Stats.DomainSeries(count.key(), count.total(), points)));
    }

    public Stats.TagStats tags(Interval interval, List<String> tagSlugs, Optional<OffsetDateTime> from,
            Optional<OffsetDateTime> to, int limit) {
        List<StatsQueries.Count> counts = queries.tags(interval, tagSlugs, from, to, limit);
        return new Stats.TagStats(interval.label(), series(counts, interval,
                (count, points) -> new Stats.TagSeries(new TagRef(count.name(), count.key()), count.total(), points)));
    }

    private static <S> List<S> series(List<StatsQueries.Count> counts, Interval interval,
            BiFunction<StatsQueries.Count, List<Stats.Point>, S> seriesOf) {
        if (counts.isEmpty()) {
            return List.of();
        }
        TreeSet<String> seen = new TreeSet<>();
        counts.forEach(count -> seen.add(count.period()));
        List<String> periods = interval.periods(seen.first(), seen.last());
        Map<String, StatsQueries.Count> firstOfKey = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byKey = new LinkedHashMap<>();
        for (StatsQueries.Count count : counts) {
            firstOfKey.putIfAbsent(count.key(), count);
            byKey.computeIfAbsent(count.key(), key -> new LinkedHashMap<>()).put(count.period(), count.count());
        }
        List<S> series = new ArrayList<>();
        firstOfKey.forEach((key, count) -> series.add(seriesOf.apply(count, periods.stream()
                .map(period -> new Stats.Point(period, byKey.get(key).getOrDefault(period, 0L))).toList())));
        return series;
    }
}
