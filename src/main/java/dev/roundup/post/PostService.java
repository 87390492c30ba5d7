package dev.roundup.post;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.db.Where;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Cursor;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Sort;
import dev.roundup.event.EventService;
import dev.roundup.link.LinkItemView;
import dev.roundup.section.SectionView;
import io.quarkus.cache.CacheResult;

/** Reads of published posts: lists, whole posts, a post's link items. */
@ApplicationScoped
public class PostService {

    public static final Map<String, String> SORTS = Map.of("date", "p.published_at", "title", "p.title");
    public static final String DEFAULT_SORT = "-date";
    /** Cached reads, forgotten on every change to what they show (see change.CacheInvalidation). */
    public static final String LIST_CACHE = "post-lists";
    /** Whole posts by slug. */
    public static final String DETAIL_CACHE = "post-details";
    /** The one order of a post's link items: as they stand in the post. */
    public static final String POSITION_SORT = "position";

    @Inject
    PostQueries queries;

    @Inject
    PostDetailQueries details;

    @Inject
    EventService events;

    @CacheResult(cacheName = LIST_CACHE)
    public Page<PostSummary> list(PostFilter filter, Sort sort, PageRequest page) {
        long total = queries.count(filter.where());
        Where where = filter.where();
        page.cursor().ifPresent(cursor -> where.and(sort.after("p.id"), cursorValue(sort, cursor), cursor.id()));
        long offset = page.cursor().isPresent() ? 0 : page.offset();
        List<PostQueries.Row<PostSummary>> rows = queries.page(where, sort, offset, page.size() + 1);
        String nextCursor = null;
        if (rows.size() > page.size()) {
            rows = rows.subList(0, page.size());
            PostQueries.Row<PostSummary> last = rows.get(rows.size() - 1);
            nextCursor = new Cursor(sort.name(), sortValue(sort, last), last.id()).encode();
        }
        return Page.of(rows.stream().map(PostQueries.Row::value).toList(), page, total, nextCursor);
    }

    @CacheResult(cacheName = DETAIL_CACHE)
    public PostView get(String slug) {
        PostQueries.Row<PostSummary> row = queries.published(slug)
                .orElseThrow(() -> new NotFoundException("no published post has the slug '" + slug + "'"));
        PostSummary summary = row.value();
        PostDetailQueries.Texts texts = details.texts(row.id());
        List<SectionView> sections = details.sections(row.id());
        return new PostView(summary.slug(), summary.title(), summary.date(), summary.author(), summary.description(),
                summary.tags(), summary.categories(), texts.keywords(), summary.image(), summary.thumbnail(),
                summary.url(), texts.roundup(), summary.linkCount(), summary.sectionHeadings(), texts.wordCount(),
                summary.readingMinutes(), new PostView.Content(texts.introMarkdown(), texts.introHtml()),
                new PostView.Content(texts.bodyMarkdown(), texts.bodyHtml()), sections,
                details.neighbour(row, false).orElse(null), details.neighbour(row, true).orElse(null),
                details.related(row.id()), details.linksTo(row.id()), details.linkedFrom(slug),
                events.mentionedBy(row.id()));
    }

    /** A post's link items in order, paged; {@code cursor} continues after a position. */
    public Page<LinkItemView> links(String slug, PageRequest page) {
        PostQueries.Row<PostSummary> row = queries.published(slug)
                .orElseThrow(() -> new NotFoundException("no published post has the slug '" + slug + "'"));
        List<LinkItemView> all = details.sections(row.id()).stream().flatMap(section -> section.links().stream()).toList();
        int from = page.cursor().map(cursor -> Math.toIntExact(Math.min(cursor.id(), all.size()))).orElse(
                (int) Math.min(page.offset(), all.size()));
        int to = Math.min(from + page.size(), all.size());
        String next = to < all.size() ? new Cursor(POSITION_SORT, "", to).encode() : null;
        return Page.of(all.subList(from, to), page, all.size(), next);
    }

    private static Object cursorValue(Sort sort, Cursor cursor) {
        if (!sort.column().equals("p.published_at")) {
            return cursor.value();
        }
        try {
            return OffsetDateTime.parse(cursor.value());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("cursor", "the cursor is not one this service issued");
        }
    }

    private static String sortValue(Sort sort, PostQueries.Row<PostSummary> row) {
        return sort.column().equals("p.published_at") ? row.publishedAt().toString() : row.value().title();
    }
}
