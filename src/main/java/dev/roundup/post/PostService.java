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
import dev.roundup.search.SearchConditions;
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
    public static final String RELEVANCE = "relevance";
    /** With q: relevance (best first) is the default, and date and title remain. */
    public static final Map<String, String> SEARCH_SORTS = Map.of("date", "p.published_at", "title", "p.title",
            RELEVANCE, SearchConditions.negatedRank("p"));
    /** The one order of a post's link items: as they stand in the post. */
    public static final String POSITION_SORT = "position";

    @Inject
    PostQueries queries;

    @Inject
    PostDetailQueries details;

    @Inject
    EventService events;

    /** The sort of a list: relevance is there (and the default) when the filter has a query. */
    public static Sort sort(String sort, PostFilter filter) {
        return filter.query().isPresent() ? Sort.parse(sort, RELEVANCE, SEARCH_SORTS) : Sort.parse(sort, DEFAULT_SORT, SORTS);
    }

    @CacheResult(cacheName = LIST_CACHE)
    public Page<PostSummary> list(PostFilter filter, Sort sort, PageRequest page) {
        return list(filter, sort, page, false);
    }

    /** With {@code preview} (editors only), drafts and scheduled posts are listed too. */
    public Page<PostSummary> list(PostFilter filter, Sort sort, PageRequest page, boolean preview) {
        boolean byRelevance = sort.column().equals(SEARCH_SORTS.get(RELEVANCE));
        if (byRelevance && page.cursor().isPresent()) {
            throw new InvalidParameterException("cursor", "cursors page through date and title sorts only; use page"
                    + " with sort=relevance");
        }
        long total = queries.count(filter.where(preview));
        Where where = filter.where(preview);
        page.cursor().ifPresent(cursor -> where.and(sort.after("p.id"), cursorValue(sort, cursor), cursor.id()));
        long offset = page.cursor().isPresent() ? 0 : page.offset();
        List<?> sortParameters = byRelevance ? List.of(filter.query().orElseThrow()) : List.of();
        List<PostQueries.Row<PostSummary>> rows = queries.page(where, sort, sortParameters, offset, page.size() + 1);
        String nextCursor = null;
        if (rows.size() > page.size() && byRelevance) {
            rows = rows.subList(0, page.size());
        } else if (rows.size() > page.size()) {
            rows = rows.subList(0, page.size());
            PostQueries.Row<PostSummary> last = rows.get(rows.size() - 1);
            nextCursor = new Cursor(sort.name(), sortValue(sort, last), last.id()).encode();
        }
        return Page.of(rows.stream().map(PostQueries.Row::value).toList(), page, total, nextCursor);
    }

    /** The public detail, cached by slug (previews are read afresh each time). */
    @CacheResult(cacheName = DETAIL_CACHE)
    public Detail published(String slug) {
        return detail(slug, false);
    }

    /** A whole post with its version (the ETag) and status; with {@code preview}, drafts and scheduled too. */
    public record Detail(PostView view, long version, PostStatus status) {
    }

    public Detail detail(String slug, boolean preview) {
        PostQueries.Row<PostSummary> row = queries.find(slug, preview)
                .orElseThrow(() -> new NotFoundException(preview ? "no post has the slug '" + slug + "'"
                        : "no published post has the slug '" + slug + "'"));
        PostSummary summary = row.value();
        PostDetailQueries.Texts texts = details.texts(row.id());
        return new Detail(view(row, summary, texts, slug), texts.version(), PostStatus.of(texts.draft(), summary.date()));
    }

    private PostView view(PostQueries.Row<PostSummary> row, PostSummary summary, PostDetailQueries.Texts texts,
            String slug) {
        List<SectionView> sections = details.sections(row.id());
        return new PostView(summary.slug(), summary.title(), summary.number(), summary.date(), summary.author(),
                summary.description(),
                summary.tags(), summary.categories(), texts.keywords(), summary.image(), summary.thumbnail(),
                summary.url(), texts.roundup(), summary.linkCount(), summary.sectionHeadings(), texts.wordCount(),
                summary.readingMinutes(), new PostView.Content(texts.introMarkdown(), texts.introHtml()),
                new PostView.Content(texts.bodyMarkdown(), texts.bodyHtml()), sections,
                details.neighbour(row, false).orElse(null), details.neighbour(row, true).orElse(null),
                details.related(row.id()), details.linksTo(row.id()), details.linkedFrom(slug),
                events.mentionedBy(row.id()));
    }

    /** The status of each of these posts, for editors' previews: one statement whatever the number. */
    public Map<String, PostStatus> statuses(List<String> slugs) {
        return queries.statuses(slugs);
    }

    /** A post's link items in order, paged; {@code cursor} continues after a position. */
    public Page<LinkItemView> links(String slug, PageRequest page) {
        PostQueries.Row<PostSummary> row = queries.published(slug)
                .orElseThrow(() -> new NotFoundException("no published post has the slug '" + slug + "'"));
        List<LinkItemView> all = details.sections(row.id()).stream().flatMap(section -> section.linksInOrder().stream())
                .toList();
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
