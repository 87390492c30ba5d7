package dev.roundup.tag;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.Slugs;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Cursor;
import dev.roundup.common.paging.KeysetPager;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Sort;
import io.quarkus.cache.CacheResult;

/** Reads of the tags of published posts: a tag only exists here while a published post carries it. */
@ApplicationScoped
public class TagService {

    public static final Map<String, String> SORTS = Map.of("count", "x.post_count", "name", "x.sort_name",
            "lastUsed", "x.last_at");
    public static final String DEFAULT_SORT = "-count";
    static final int RELATED = 5;
    /** Cached reads, forgotten on every change to posts (see change.CacheInvalidation). */
    public static final String CACHE = "tags";

    @Inject
    TagQueries queries;

    @CacheResult(cacheName = CACHE)
    public Page<TagSummary> list(TagFilter filter, Sort sort, PageRequest page) {
        long total = queries.count(filter.where());
        Where after = new Where();
        KeysetPager.after(after, sort, "x.id", page, value -> cursorValue(sort, value));
        return KeysetPager.page(page, total, (offset, limit) -> queries.page(filter.where(), after, sort, offset, limit),
                row -> new Cursor(sort.name(), sortValue(sort, row), row.id()), TagQueries.Row::value);
    }

    /** One tag by slug or by name ("Azure Data Explorer" finds azure-data-explorer). */
    @CacheResult(cacheName = CACHE)
    public TagView get(String slugOrName) {
        TagQueries.Row row = queries.one(Slugs.of(slugOrName)).orElseThrow(() -> notFound(slugOrName));
        return TagView.of(row.value(), queries.related(row.id(), RELATED));
    }

    /**
     * The slug of a tag that a published post carries, for the lists below a tag ({@code /tags/{slug}/posts},
     * {@code /tags/{slug}/links}); 404 otherwise.
     */
    public String require(String slugOrName) {
        String slug = Slugs.of(slugOrName);
        if (slug.isEmpty() || !queries.visible(slug)) {
            throw notFound(slugOrName);
        }
        return slug;
    }

    private static NotFoundException notFound(String slugOrName) {
        return new NotFoundException("no published post has the tag '" + slugOrName + "'");
    }

    private static Object cursorValue(Sort sort, String value) {
        return switch (sort.column()) {
            case "x.post_count" -> Long.parseLong(value);
            case "x.last_at" -> OffsetDateTime.parse(value);
            default -> value;
        };
    }

    private static String sortValue(Sort sort, TagQueries.Row row) {
        return switch (sort.column()) {
            case "x.post_count" -> Long.toString(row.value().postCount());
            case "x.last_at" -> row.lastAt().toString();
            default -> row.sortName();
        };
    }
}
