package dev.roundup.common.paging;

import java.util.Optional;

import dev.roundup.common.error.InvalidParameterException;

/**
 * Which page a client asks for: by number ({@code page}, from 1) or by an opaque keyset {@code cursor}.
 * Parameters arrive as text and are checked here, so a malformed one is a 400 that names it.
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

    public static PageRequest of(String page, String size, String cursor, String sort) {
        return of(page, size, "cursor", cursor, sort);
    }

    /** A request whose cursor came in the query parameter {@code cursorParameter}. */
    public static PageRequest of(String page, String size, String cursorParameter, String cursor, String sort) {
        int pageNumber = Parameters.intIn("page", page, 1, 1, MAX_PAGE);
        int pageSize = Parameters.intIn("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        Optional<Cursor> decoded = Optional.ofNullable(cursor).filter(value -> !value.isBlank())
                .map(value -> Cursor.decode(cursorParameter, value, sort));
        if (decoded.isPresent() && page != null && !page.isBlank() && pageNumber != 1) {
            throw new InvalidParameterException(cursorParameter, "give either page or " + cursorParameter
                    + " (a cursor), not both");
        }
        return new PageRequest(decoded.isPresent() ? 1 : pageNumber, pageSize, decoded, cursorParameter);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
