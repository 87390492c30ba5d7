package dev.roundup.common.paging;

import java.util.Optional;

import dev.roundup.common.error.InvalidParameterException;

/**
 * Which page a client asks for: by number ({@code page}, from 1) or by an opaque keyset {@code cursor}.
 * Parameters arrive as text and are checked here, so a malformed one is a 400 that names it.
 */
public record PageRequest(int page, int size, Optional<Cursor> cursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    // Offsets beyond this are what cursors are for; it also keeps OFFSET arithmetic far from overflow.
    public static final int MAX_PAGE = 100_000;

    public static PageRequest of(String page, String size, String cursor, String sort) {
        int pageNumber = Parameters.intIn("page", page, 1, 1, MAX_PAGE);
        int pageSize = Parameters.intIn("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        Optional<Cursor> decoded = Optional.ofNullable(cursor).filter(value -> !value.isBlank())
                .map(value -> Cursor.decode(value, sort));
        if (decoded.isPresent() && page != null && !page.isBlank() && pageNumber != 1) {
            throw new InvalidParameterException("cursor", "give either page or cursor, not both");
        }
        return new PageRequest(decoded.isPresent() ? 1 : pageNumber, pageSize, decoded);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
