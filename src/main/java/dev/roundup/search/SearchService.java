package dev.roundup.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.SiteUrls;
import dev.roundup.common.paging.Cursor;
import dev.roundup.common.paging.Page;
import dev.roundup.post.PostRef;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

/** Runs a search; when the query finds nothing, tries its corrected spelling ("did you mean"). */
@ApplicationScoped
public class SearchService {

    /** Cached searches with their facets, forgotten on every change to posts (see change.CacheInvalidation). */
    public static final String CACHE = SearchCaches.RESULTS;

    private static final TypeReference<List<Row>> ROWS = new TypeReference<>() {
    };

    @Inject
    SearchQueries queries;

    @Inject
    SearchVocabulary vocabulary;

    @Inject
    @CacheName(SearchCaches.RESULTS)
    Cache cache;

    @Inject
    SiteUrls urls;

    @Inject
    ObjectMapper mapper;

    /** What a search found: the page, the facets, and the corrected query if one was used. */
    public record Outcome(Page<SearchResult> page, SearchFacets facets, boolean totalApproximate, String searchedFor,
            String didYouMean) {
    }

    // The statements' cost grows with the number of matches; the outcome for one request is cached for a short
    // time (SearchCaches), the "did you mean" path included. The request (a record of records) is the key.
    public Outcome search(SearchRequest request) {
        return cache.<SearchRequest, Outcome>get(request, this::compute).await().indefinitely();
    }

    private Outcome compute(SearchRequest request) {
        Found found = run(request);
        if (found.total() == 0 && !request.page().cursor().isPresent()) {
            Optional<String> corrected = vocabulary.correct(request.query());
            if (corrected.isPresent()) {
                Found retry = run(request.withQuery(corrected.get()));
                if (retry.total() > 0) {
                    return outcome(request, retry, corrected.get(), corrected.get());
                }
            }
        }
        return outcome(request, found, request.query(), null);
    }

    private Outcome outcome(SearchRequest request, Found found, String searchedFor, String didYouMean) {
        List<Row> rows = found.rows();
        String nextCursor = null;
        if (rows.size() > request.page().size()) {
            rows = rows.subList(0, request.page().size());
            Row last = rows.get(rows.size() - 1);
            if (request.byDate()) {
                nextCursor = new Cursor(SearchRequest.DATE, SearchQueries.DateCursor.value(last.at(), last.type()),
                        last.id()).encode();
            }
        }
        List<SearchResult> items = rows.stream().map(this::result).toList();
        return new Outcome(Page.of(items, request.page(), found.total(), nextCursor), found.facets(),
                found.totalApproximate(), searchedFor, didYouMean);
    }

    private record Found(List<Row> rows, SearchFacets facets, long total, boolean totalApproximate) {
    }

    private Found run(SearchRequest request) {
        SearchQueries.Result result = queries.search(request);
        try {
            List<Row> rows = mapper.readerFor(ROWS).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(result.items());
            RawFacets raw = mapper.readerFor(RawFacets.class).readValue(result.facets());
            Map<String, Long> byType = raw.type().stream()
                    .collect(Collectors.toMap(SearchFacets.Count::value, SearchFacets.Count::count));
            List<SearchFacets.Count> types = EnumSet.allOf(SearchType.class).stream()
                    .map(type -> new SearchFacets.Count(type.value(), null, byType.getOrDefault(type.value(), 0L)))
                    .sorted((a, b) -> Long.compare(b.count(), a.count())).toList();
            long total = byType.values().stream().mapToLong(Long::longValue).sum();
            SearchFacets facets = new SearchFacets(types, orEmpty(raw.tag()), orEmpty(raw.section()),
                    orEmpty(raw.year()), raw.approximate());
            return new Found(rows, facets, total, raw.totalApproximate());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search statement builds its JSON itself", e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private SearchResult result(Row row) {
        PostRef post = row.postSlug() == null ? null
                : new PostRef(row.postSlug(), row.postTitle(),
                        row.postAt().withOffsetSameInstant(ZoneOffset.ofTotalSeconds(row.offset())), urls.post(row.postSlug()));
        SearchResult.Highlight highlight = new SearchResult.Highlight(Highlights.html(row.titleHighlight()),
                Highlights.html(row.textHighlight()));
        SearchResult.Section section = row.sectionHeading() == null && row.sectionSlug() == null ? null
                : new SearchResult.Section(row.sectionSlug(), row.sectionHeading());
        return switch (SearchType.valueOf(row.type().toUpperCase(Locale.ROOT))) {
            case LINK -> new SearchResult(row.type(), row.id(), null, row.title(), row.url(), post.date(), post,
                    row.domain(), section, row.score(), highlight);
            // an event leads to its own link, else to the page of the post that mentions it
            case EVENT -> new SearchResult(row.type(), row.id(), row.eventSlug(), row.title(),
                    row.url() != null || post == null ? row.url() : post.url(),
                    row.at().withOffsetSameInstant(ZoneOffset.UTC), post, row.domain(), section, row.score(), highlight);
            case POST -> new SearchResult(row.type(), row.id(), row.postSlug(), row.title(), post.url(), post.date(), null,
                    null, null, row.score(), highlight);
        };
    }

    /** A result as the statement gives it; the post columns are null for an event no published post mentions. */
    record Row(String type, long id, double score, OffsetDateTime at, String eventSlug, String postSlug,
            String postTitle, OffsetDateTime postAt, Integer offset, String url, String domain, String sectionSlug,
            String sectionHeading, String title, String titleHighlight, String textHighlight) {
    }

    record RawFacets(List<SearchFacets.Count> type, List<SearchFacets.Count> tag, List<SearchFacets.Count> section,
            List<SearchFacets.Count> year, boolean approximate, boolean totalApproximate) {
    }
}
