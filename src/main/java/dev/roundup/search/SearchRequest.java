package dev.roundup.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.roundup.common.Slugs;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Parameters;
import dev.roundup.post.PostFilter;

/**
 * A search, checked: the query, the result types, the filters and the order.
 *
 * @param postScope tags and dates, which apply to a result's post (PostFilter, without section)
 */
public record SearchRequest(String query, Set<SearchType> types, PostFilter postScope, Optional<String> section,
        Optional<String> domain, boolean byDate, boolean facets, PageRequest page) {

    public static final String RELEVANCE = "relevance";
    public static final String DATE = "date";

    public static SearchRequest of(String q, List<String> type, List<String> tag, String tagMode, String section,
            String domain, String from, String to, String sort, String facets, PageParams paging) {
        String query = SearchConditions.checkedQuery("q", q);
        boolean byDate = byDate(sort);
        if (!byDate && paging.cursor != null && !paging.cursor.isBlank()) {
            throw new InvalidParameterException("cursor", "cursors page through sort=date only; relevance scores"
                    + " have no stable keyset, so use page with sort=relevance");
        }
        PageRequest pageRequest = paging.request(byDate ? DATE : RELEVANCE);
        PostFilter scope = PostFilter.of(tag, tagMode, null, null, null, from, to, null);
        return new SearchRequest(query, SearchType.parse(type), scope,
                Optional.ofNullable(section).filter(value -> !value.isBlank()).map(Slugs::of),
                Optional.ofNullable(domain).filter(value -> !value.isBlank()).map(SearchRequest::domain),
                byDate, flag("facets", facets), pageRequest);
    }

    /** The same search with another query text (the corrected one of "did you mean"). */
    public SearchRequest withQuery(String other) {
        return new SearchRequest(other, types, postScope, section, domain, byDate, facets, page);
    }

    private static boolean byDate(String sort) {
        if (sort == null || sort.isBlank() || sort.strip().equals(RELEVANCE)) {
            return false;
        }
        if (sort.strip().equals(DATE) || sort.strip().equals("-" + DATE)) {
            return true;
        }
        throw new InvalidParameterException("sort", "sort must be relevance (best first, the default) or date"
                + " (newest first), got '" + Parameters.abbreviate(sort) + "'");
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name, name + " must be true or false, got '"
                    + Parameters.abbreviate(value) + "'");
        };
    }

    // Stored domains are lower-case hosts without www. (UrlNormalizer.domainOf).
    private static String domain(String value) {
        String host = value.strip().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
