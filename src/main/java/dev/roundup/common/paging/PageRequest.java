package dev.roundup.common.paging;

import java.util.Optional;
import java.util.function.Function;

import dev.roundup.common.error.InvalidParameterException;

/**
 * Which page a client asks for: by number ({@code page}, from 1) or by an opaque keyset {@code cursor}.
 *
 * @param cursorParameter the query parameter the cursor came in (an endpoint may take it in another one),
 *        for problems about it
 */
public record PageRequest(int page, int size, Optional<Cursor> cursor, String cursorParameter) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    // Offsets beyond this are what cursors are for; it also keeps OFFSET arithmetic far from overflow.
    public static final int MAX_PAGE = 100_000;

    public PageRequest(int page, int size, Optional<Cursor> cursor) {
        this(page, size, cursor, "cursor");
    }

    /**
     * @param page the page number, checked, or null for the first
     * @param size the page size, checked, or null for the default
     * @param sort the sort the cursor must belong to
     */
    public static PageRequest of(Integer page, Integer size, String cursorParameter, String cursor, String sort) {
        Optional<Cursor> decoded = Optional.ofNullable(cursor).filter(value -> !value.isBlank())
                .map(value -> Cursor.decode(cursorParameter, value, sort));
        if (decoded.isPresent() && page != null && page != 1) {
            throw new InvalidParameterException(cursorParameter, "give either page or " + cursorParameter
                    + " (a cursor), not both");
        }
        int pageNumber = decoded.isPresent() || page == null ? 1 : page;
        return new PageRequest(pageNumber, size == null ? DEFAULT_SIZE : size, decoded, cursorParameter);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** Rows are skipped by number only without a cursor: after one, the keyset condition does it. */
    public long keysetOffset() {
        return cursor.isPresent() ? 0 : offset();
    }

    /** The cursor's sort value, parsed; a value that does not parse is a cursor this service never issued. */
    public <V> V cursorValue(Function<String, V> parse) {
        try {
            return parse.apply(cursor.orElseThrow().value());
        } catch (RuntimeException e) {
            throw Cursor.notIssued(cursorParameter);
        }
    }
}
