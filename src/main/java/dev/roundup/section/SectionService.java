package dev.roundup.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.Slugs;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.KeysetPager;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Parameters;
import dev.roundup.common.paging.Sort;
import io.quarkus.cache.CacheResult;

/**
 * Reads of section topics over published posts. The untitled section (link items above the first heading) is
 * no topic. WIND and Finally are topics like the others, with their kind, so that a client can show or skip them.
 * The whole list is a few dozen topics: it is computed at once and paged in memory, and its cursor is a position.
 */
@ApplicationScoped
public class SectionService {

    public static final Map<String, String> SORTS = Map.of("count", "count", "name", "name", "lastSeen", "lastSeen");
    public static final String DEFAULT_SORT = "-count";
    /** Cached reads, forgotten on every change to posts (see change.CacheInvalidation). */
    public static final String CACHE = "sections";

    @Inject
    SectionQueries queries;

    @Inject
    SectionAliases aliases;

    @CacheResult(cacheName = CACHE)
    public Page<SectionTopic> list(Optional<SectionKind> kind, Sort sort, PageRequest page) {
        List<SectionTopic> all = topics(aliases.topicsOf(queries.currentSlugs())).stream()
                .filter(topic -> kind.map(wanted -> wanted.dbValue().equals(topic.kind())).orElse(true))
                .sorted(comparator(sort)).toList();
        return KeysetPager.slice(all, page, sort.name());
    }

    /** One topic by its canonical slug, by any of its spellings' slugs, or by a heading as written. */
    @CacheResult(cacheName = CACHE)
    public SectionTopic get(String slugOrHeading) {
        String topic = topicOf(slugOrHeading);
        Map<String, String> mapping = new LinkedHashMap<>(aliases.topicsOf(queries.currentSlugs()));
        mapping.values().removeIf(other -> !other.equals(topic));
        return topics(mapping).stream().findFirst().orElseThrow(() -> notFound(slugOrHeading));
    }

    /**
     * The canonical slug of a topic that published posts have, for the lists below a topic
     * ({@code /sections/{slug}/links}: filter on {@link SectionAliases#rawSlugs}); 404 otherwise.
     */
    public String require(String slugOrHeading) {
        String topic = topicOf(slugOrHeading);
        if (!queries.visible(aliases.rawSlugs(topic))) {
            throw notFound(slugOrHeading);
        }
        return topic;
    }

    public static Optional<SectionKind> kind(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SectionKind.fromDbValue(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("kind", "kind must be one of [links, wind, finally, other, events], got '"
                    + Parameters.abbreviate(value) + "'");
        }
    }

    private String topicOf(String slugOrHeading) {
        String slug = Slugs.of(slugOrHeading);
        if (slug.isEmpty()) {
            throw notFound(slugOrHeading);
        }
        return aliases.topicOf(slug);
    }

    private List<SectionTopic> topics(Map<String, String> topicByRaw) {
        Map<String, List<SectionTopic.Spelling>> spellings = queries.spellings(topicByRaw).stream().collect(
                Collectors.groupingBy(SectionQueries.SpellingRow::topic, LinkedHashMap::new,
                        Collectors.mapping(SectionQueries.SpellingRow::spelling, Collectors.toList())));
        List<SectionTopic> topics = new ArrayList<>();
        for (SectionQueries.TopicRow row : queries.topics(topicByRaw)) {
            List<SectionTopic.Spelling> written = spellings.getOrDefault(row.topic(), List.of());
            String heading = written.isEmpty() ? row.topic() : written.get(0).heading();
            topics.add(new SectionTopic(row.topic(), heading, row.kind(), written, row.postCount(), row.linkCount(),
                    row.firstSeen(), row.lastSeen()));
        }
        return topics;
    }

    private static Comparator<SectionTopic> comparator(Sort sort) {
        Comparator<SectionTopic> order = switch (sort.column()) {
            case "count" -> Comparator.comparingLong(SectionTopic::postCount);
            case "lastSeen" -> Comparator.comparing(topic -> topic.lastSeen().toInstant());
            default -> Comparator.comparing(topic -> topic.heading().toLowerCase(Locale.ROOT));
        };
        order = order.thenComparing(SectionTopic::slug);
        return sort.descending() ? order.reversed() : order;
    }

    private static NotFoundException notFound(String slugOrHeading) {
        return new NotFoundException("no published post has a section '" + slugOrHeading + "'");
    }
}
