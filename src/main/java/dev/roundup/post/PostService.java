package dev.roundup.post;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.db.Where;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Cursor;
import dev.roundup.common.paging.KeysetPager;
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

    private static final String DATE = "p.published_at";
    public static final Map<String, String> SORTS = Map.of("date", DATE, "title", "p.title");
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
        boolean byDate = sort.column().equals(DATE);
        KeysetPager.after(where, sort, "p.id", page, byDate ? OffsetDateTime::parse : value -> value);
        List<?> sortParameters = byRelevance ? List.of(filter.query().orElseThrow()) : List.of();
        return KeysetPager.page(page, total, (offset, limit) -> queries.page(where, sort, sortParameters, offset, limit),
                row -> byRelevance ? null
                        : new Cursor(sort.name(), byDate ? row.publishedAt().toString() : row.value().title(), row.id()),
                PostQueries.Row::value);
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
        return KeysetPager.slice(all, page, POSITION_SORT);
    }
}
