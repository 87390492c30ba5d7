package dev.roundup.change;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.Where;
import dev.roundup.common.error.ProblemException;
import dev.roundup.common.paging.Cursor;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;

/**
 * Reads the change log (written by the triggers of V8__changes.sql). The order is (transaction, id), not id
 * alone: ids are taken when a row is written, not when its transaction commits, so a reader paging by id could
 * pass a row that a slower transaction commits later. Rows of transactions that may still be running (from the
 * oldest running one on) are held back; every transaction that commits later has a larger number, so a cursor
 * never skips a change.
 */
@ApplicationScoped
public class ChangeService {

    static final String SORT = "changes";

    @Inject
    ChangeQueries queries;

    public Page<Change> list(Optional<String> type, Optional<OffsetDateTime> since, PageRequest request) {
        Where where = new Where().and(ChangeQueries.SETTLED);
        type.ifPresent(value -> where.and("c.entity_type = ?", value));
        since.ifPresent(value -> where.and("c.at >= ?", value));
        long total = queries.count(where);
        Optional<long[]> after = request.cursor().map(cursor -> new long[]{ transaction(request), cursor.id() });
        List<ChangeQueries.Row> rows = queries.page(where, after, request.keysetOffset(), request.size() + 1);
        if (rows.size() > request.size()) {
            rows = rows.subList(0, request.size());
        }
        // After the rows: a purge that committed meanwhile is seen here, so purged changes are never missed unnoticed.
        checkNotPurged(since, request);
        // Unlike other lists the last page has a cursor too: where to poll for what comes next.
        String next = request.cursor().map(Cursor::encode).orElse(null);
        if (!rows.isEmpty()) {
            ChangeQueries.Row last = rows.get(rows.size() - 1);
            next = new Cursor(SORT, Long.toString(last.tx()), last.change().id()).encode();
        }
        return Page.of(rows.stream().map(ChangeQueries.Row::change).toList(), request, total, next);
    }

    /** A 410 when changes after the reader's position were purged: it would miss them, deletions included. */
    private void checkNotPurged(Optional<OffsetDateTime> since, PageRequest request) {
        Optional<ChangeQueries.Horizon> purged = queries.purged();
        if (purged.isEmpty()) {
            return;
        }
        ChangeQueries.Horizon horizon = purged.get();
        if (request.cursor().isPresent()) {
            long tx = transaction(request);
            long id = request.cursor().get().id();
            if (tx < horizon.tx() || tx == horizon.tx() && id < horizon.changeId()) {
                throw gone(request.cursorParameter(), "this cursor is older than the change log reaches back: changes"
                        + " after it, up to " + horizon.lastAt() + ", were purged");
            }
        }
        if (since.isPresent() && !since.get().isAfter(horizon.lastAt())) {
            throw gone("since", "the change log reaches back to " + horizon.lastAt() + " only: changes since "
                    + since.get() + " were partly purged");
        }
    }

    private ProblemException gone(String parameter, String why) {
        long[] end = queries.end().orElseThrow();
        String resume = new Cursor(SORT, Long.toString(end[0]), end[1]).encode();
        return new ProblemException(410, "changes-purged", "Gone", why + " (ROUNDUP_CHANGES_RETENTION). Resync: read"
                + " the content again from the lists, then follow this feed from resumeCursor, which was the end of the"
                + " feed when this answer was made.", List.of(), Map.of(), parameter, resume);
    }

    private static long transaction(PageRequest request) {
        return request.cursorValue(Long::parseLong);
    }
}
