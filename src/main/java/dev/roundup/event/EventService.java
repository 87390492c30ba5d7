package dev.roundup.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Cursor;
import dev.roundup.common.paging.KeysetPager;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Sort;

/** Reads of public events: those a published post mentions. */
@ApplicationScoped
public class EventService {

    public static final Map<String, String> SORTS = Map.of("start", EventQueries.START, "name", "lower(e.name)");

    @Inject
    EventQueries queries;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<EventSummary> list(EventFilter filter, Sort sort, PageRequest page) {
        long total = queries.count(filter.where(today()));
        Where where = filter.where(today());
        KeysetPager.after(where, sort, "e.id", page, value -> cursorValue(sort, value));
        return KeysetPager.page(page, total, (offset, limit) -> queries.page(where, sort, offset, limit),
                row -> new Cursor(sort.name(), sortValue(sort, row), row.id()), EventQueries.Row::value);
    }

    private static String sortValue(Sort sort, EventQueries.Row row) {
        return sort.column().equals(EventQueries.START) ? row.start().toString()
                : row.value().name().toLowerCase(Locale.ROOT);
    }

    /** An event and its version, which leads its ETag so that editors can send it back in If-Match. */
    public record Detail(EventView view, long version) {
    }

    public Detail get(String slug) {
        EventQueries.Row row = queries.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("no public event has the slug '" + slug + "'"));
        return new Detail(EventView.of(row.value(), queries.mentions(row.id())), row.version());
    }

    public List<EventRef> mentionedBy(long postId) {
        return queries.mentionedBy(postId);
    }

    private static Object cursorValue(Sort sort, String value) {
        return sort.column().equals(EventQueries.START) ? LocalDate.parse(value) : value;
    }
}
