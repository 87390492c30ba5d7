package dev.roundup.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.UrlNormalizer;
import dev.roundup.common.db.Where;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Cursor;
import dev.roundup.common.paging.KeysetPager;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Parameters;
import dev.roundup.common.paging.Sort;
import dev.roundup.section.SectionAliases;

/** Reads of curated link items across posts: lists, one link, "was this article featured?". */
@ApplicationScoped
public class LinkService {

    /** The sort keys of the link lists; {@code date} orders by post, then by the order within the post. */
    public static final Map<String, String> SORTS = Map.of("date", "p.published_at", "title", "l.title", "domain",
            "coalesce(l.domain, '')");
    public static final String DEFAULT_SORT = "-date";
    static final int LOOKUP_LIMIT = 100;
    private static final String DATE = "p.published_at";
    private static final Pattern OTHER_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:(?!\\d)");

    @Inject
    LinkQueries queries;

    @Inject
    SectionAliases sectionAliases;

    /** The {@code sort} parameter of a link list, checked; null or blank for the default (newest post first). */
    public static Sort sort(String value) {
        return Sort.parse(value, DEFAULT_SORT, SORTS);
    }

    /** The section filter widened to every spelling of the section's topic (see /sections). */
    public LinkFilter withSectionSpellings(LinkFilter filter) {
        return filter.sectionSlugs().isEmpty() ? filter
                : filter.withSectionSlugs(sectionAliases.rawSlugs(filter.sectionSlugs().get(0)));
    }

    public Page<LinkSummary> list(LinkFilter filter, Sort sort, PageRequest page) {
        long total = queries.count(filter.where());
        Where where = filter.where();
        page.cursor().ifPresent(cursor -> after(where, sort, page));
        return KeysetPager.page(page, total, (offset, limit) -> queries.page(where, orderBy(sort), offset, limit),
                row -> cursorAfter(sort, row), LinkQueries.Row::summary);
    }

    /** One link item of a published post; {@code id} as the client wrote it. */
    public LinkView get(String id) {
        long value;
        try {
            value = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("id", "id must be a link item's number, got '" + Parameters.abbreviate(id)
                    + "'");
        }
        return queries.published(value).map(LinkQueries.Row::view)
                .orElseThrow(() -> new NotFoundException("no published link item has the id " + value));
    }

    /** The curated link items whose URL is this one once normalised, oldest post first. */
    public LinkLookup lookup(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidParameterException("url", "url is required, e.g. url=https://example.com/article");
        }
        String absolute = absolute(url.strip());
        String normalized = UrlNormalizer.normalize(absolute);
        Page<LinkSummary> page = list(LinkFilter.all().withNormalizedUrl(normalized), sort("date"),
                new PageRequest(1, LOOKUP_LIMIT, Optional.empty()));
        return new LinkLookup(url, normalized, page.meta().total() > 0, page.meta().total(), page.items());
    }

    private static String absolute(String url) {
        // "example.com/a" is taken as https; "mailto:x" has a scheme of its own (a port after ':' is no scheme)
        String candidate = url.contains("://") || OTHER_SCHEME.matcher(url).lookingAt() ? url : "https://" + url;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            // reported below like every other URL that is not a web address
        }
        throw new InvalidParameterException("url", "url must be a web address such as https://example.com/article, got '"
                + Parameters.abbreviate(url) + "'");
    }

    /**
     * By date the order is the post's (newest or oldest first), then the link's place within the post, which
     * stays ascending either way; the other sorts fall back on the link id.
     */
    private static String orderBy(Sort sort) {
        if (!sort.column().equals(DATE)) {
            return sort.orderBy("l.id");
        }
        String direction = sort.descending() ? " desc" : "";
        return "p.published_at" + direction + ", p.id" + direction + ", l.post_position";
    }

    private static void after(Where where, Sort sort, PageRequest page) {
        if (!sort.column().equals(DATE)) {
            KeysetPager.after(where, sort, "l.id", page, value -> value);
            return;
        }
        DatePosition position = page.cursorValue(DatePosition::parse);
        // the post part alone bounds the index scan on post_published_idx; the rest picks up within the cursor's post
        String sameOrBeyond = sort.descending() ? "<=" : ">=";
        String beyond = sort.descending() ? "<" : ">";
        where.and("(p.published_at, p.id) " + sameOrBeyond + " (?, ?) and ((p.published_at, p.id) " + beyond
                + " (?, ?) or l.post_position > ?)", position.publishedAt(), position.postId(), position.publishedAt(),
                position.postId(), position.postPosition());
    }

    private static Cursor cursorAfter(Sort sort, LinkQueries.Row row) {
        String value;
        if (sort.column().equals(DATE)) {
            value = new DatePosition(row.publishedAt(), row.postId(), row.postPosition()).format();
        } else if (sort.column().equals("l.title")) {
            value = row.title();
        } else {
            value = row.domain() == null ? "" : row.domain();
        }
        return new Cursor(sort.name(), value, row.id());
    }

    /** Where a row stands in the date order: its post's date and id, and its place in the post. */
    private record DatePosition(OffsetDateTime publishedAt, long postId, int postPosition) {

        String format() {
            return publishedAt.toInstant() + " " + postId + " " + postPosition;
        }

        static DatePosition parse(String value) {
            String[] parts = value.split(" ");
            if (parts.length != 3) {
                throw new IllegalArgumentException("wrong shape");
            }
            return new DatePosition(Instant.parse(parts[0]).atOffset(ZoneOffset.UTC), Long.parseLong(parts[1]),
                    Integer.parseInt(parts[2]));
        }
    }
}
