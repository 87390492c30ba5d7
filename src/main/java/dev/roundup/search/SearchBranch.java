package dev.roundup.search;

import java.util.List;

import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Cursor;

/**
 * A type's hits in the search statement: the rows that match, and the candidates among them that are ranked,
 * with the columns {@code type, id, post_id, section_id, at, score}. Relevance ranks the first
 * {@value SearchQueries#CANDIDATES} matches the index yields; date order takes the newest
 * {@value SearchQueries#CANDIDATES} (after the cursor), so pages by date are exact.
 *
 * @param id the result's id column
 * @param columns its {@code post_id} and {@code section_id}
 * @param vector its tsvector column
 * @param date its date: what sort=date orders by, from/to filter and the year facet counts
 * @param from the FROM clause, starting with {@code q} (the query)
 * @param cappedFrom a cheaper FROM for relevance without filters, or null
 * @param joined joins that give {@code columns}, made after the candidates are bounded (so for
 *        {@value SearchQueries#CANDIDATES} rows at most, and never for counting), or null when {@code from} has them
 */
record SearchBranch(String type, String id, String columns, String vector, String date, String from, Where where,
        String cappedFrom, String joined) {

    String matches() {
        return "select 1" + from + where.sql();
    }

    String candidates(SearchRequest request) {
        String head = "'" + type + "'::text as type, " + id + " as id, ";
        if (joined == null) {
            return bounded(request, head + columns);
        }
        // the joins see the bounded rows under the alias of the id column: only that id is needed
        String alias = id.substring(0, id.indexOf('.'));
        return "select " + head + columns + ", " + alias + ".at, " + alias + ".score from (" + bounded(request, id)
                + ") " + alias + joined;
    }

    private String bounded(SearchRequest request, String columns) {
        // By date, the score is computed for the page's rows only (items): here it would be computed for
        // every match before the sort.
        String select = "select " + columns + ", " + date + " as at, "
                + (request.byDate() ? "null::real" : "ts_rank_cd(" + vector + ", q.query, 1)") + " as score";
        if (request.byDate()) {
            String keyset = request.page().cursor().isPresent()
                    ? " and (" + date + ", '" + type + "'::text, " + id + ") < (?, ?, ?)" : "";
            return select + from + where.sql() + keyset + " order by " + date + " desc, " + id + " desc limit "
                    + SearchQueries.CANDIDATES;
        }
        if (cappedFrom != null) {
            return select + cappedFrom + where.sql();
        }
        return select + from + where.sql() + " limit " + SearchQueries.CANDIDATES;
    }

    void keysetParameters(Cursor cursor, List<Object> parameters) {
        SearchQueries.DateCursor position = SearchQueries.DateCursor.decode(cursor);
        parameters.add(position.at());
        parameters.add(position.type());
        parameters.add(cursor.id());
    }
}
