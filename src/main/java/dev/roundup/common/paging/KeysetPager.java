package dev.roundup.common.paging;

import java.util.List;
import java.util.function.Function;

import dev.roundup.common.db.Where;

/**
 * The steps every keyset list takes: rows after the cursor (or skipped by number without one), one row more than a
 * page to know whether another follows, and the next cursor made from the page's last row. Services keep what is
 * theirs: the SQL, and how a row's sort value is written into a cursor and read back.
 */
public final class KeysetPager {

    private KeysetPager() {
    }

    /** Fetches {@code limit} rows from {@code offset}, after the keyset condition if the request has a cursor. */
    @FunctionalInterface
    public interface Rows<R> {
        List<R> fetch(long offset, int limit);
    }

    /**
     * Adds the keyset condition "after the cursor" to {@code where} when the request has a cursor.
     *
     * @param parseValue reads the cursor's sort value back into what the sort column compares with
     */
    public static void after(Where where, Sort sort, String idColumn, PageRequest request, Function<String, ?> parseValue) {
        request.cursor().ifPresent(cursor -> where.and(sort.after(idColumn), request.cursorValue(parseValue), cursor.id()));
    }

    /**
     * One page of rows.
     *
     * @param cursorOf the cursor that continues after a row, or null when the order has no keyset (relevance)
     */
    public static <R, T> Page<T> page(PageRequest request, long total, Rows<R> rows, Function<R, Cursor> cursorOf,
            Function<R, T> item) {
        List<R> fetched = rows.fetch(request.keysetOffset(), request.size() + 1);
        String next = null;
        if (fetched.size() > request.size()) {
            fetched = fetched.subList(0, request.size());
            Cursor cursor = cursorOf.apply(fetched.get(fetched.size() - 1));
            next = cursor == null ? null : cursor.encode();
        }
        return Page.of(fetched.stream().map(item).toList(), request, total, next);
    }

    /** A page of a list held whole in memory; its cursor is a position in the list, made for {@code sort}. */
    public static <T> Page<T> slice(List<T> all, PageRequest request, String sort) {
        int from = request.cursor().isPresent() ? request.cursorValue(value -> position(request, all.size()))
                : (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        String next = to < all.size() ? new Cursor(sort, "", to).encode() : null;
        return Page.of(all.subList(from, to), request, all.size(), next);
    }

    private static int position(PageRequest request, int size) {
        long id = request.cursor().orElseThrow().id();
        if (id < 0) {
            throw new IllegalArgumentException("a position before the list");
        }
        return (int) Math.min(id, size);
    }
}
