package dev.roundup.event;

import java.time.Clock;
import java.time.LocalDate;
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
        page.cursor().ifPresent(cursor -> where.and(sort.after("e.id"), cursorValue(sort, cursor), cursor.id()));
        long offset = page.cursor().isPresent() ? 0 : page.offset();
        List<EventQueries.Row> rows = queries.page(where, sort, offset, page.size() + 1);
        String nextCursor = null;
        if (rows.size() > page.size()) {
            rows = rows.subList(0, page.size());
            EventQueries.Row last = rows.get(rows.size() - 1);
            String value = sort.column().equals(EventQueries.START) ? last.start().toString()
                    : last.value().name().toLowerCase(java.util.Locale.ROOT);
            nextCursor = new Cursor(sort.name(), value, last.id()).encode();
        }
        return Page.of(rows.stream().map(EventQueries.Row::value).toList(), page, total, nextCursor);
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

    private static Object cursorValue(Sort sort, Cursor cursor) {
        if (!sort.column().equals(EventQueries.START)) {
            return cursor.value();
        }
        try {
            return LocalDate.parse(cursor.value());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("cursor", "the cursor is not one this service issued");
        }
    }
}
