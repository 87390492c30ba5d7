package dev.roundup.common.paging;

import java.util.Map;
import java.util.TreeSet;

import dev.roundup.common.error.InvalidParameterException;

/**
 * A validated {@code sort} parameter: a key from the endpoint's list, {@code -} in front for descending.
 *
 * @param name the parameter as the client wrote it (cursors carry it)
 * @param column the SQL expression sorted on
 * @param descending whether larger values come first
 */
public record Sort(String name, String column, boolean descending) {

    /** @param columns the allowed keys and the SQL expression each sorts on */
    public static Sort parse(String value, String defaultSort, Map<String, String> columns) {
        String requested = value == null || value.isBlank() ? defaultSort : value.strip();
        boolean descending = requested.startsWith("-");
        String key = descending ? requested.substring(1) : requested;
        String column = columns.get(key);
        if (column == null) {
            throw new InvalidParameterException("sort", "sort must be one of " + new TreeSet<>(columns.keySet())
                    + ", optionally with '-' in front for descending; got '" + Parameters.abbreviate(requested) + "'");
        }
        return new Sort(requested, column, descending);
    }

    /** ORDER BY with the id as the tie-breaker, so that pages and cursors never skip or repeat a row. */
    public String orderBy(String idColumn) {
        String direction = descending ? " desc" : " asc";
        return column + direction + ", " + idColumn + direction;
    }

    /** The keyset condition for rows after the cursor. */
    public String after(String idColumn) {
        return "(" + column + ", " + idColumn + ") " + (descending ? "<" : ">") + " (?, ?)";
    }
}
