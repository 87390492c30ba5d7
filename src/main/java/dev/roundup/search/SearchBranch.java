package dev.roundup.search;

import java.time.OffsetDateTime;
import java.util.List;

import dev.roundup.common.db.Where;
import dev.roundup.common.paging.PageRequest;

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
 * @param walk how date order finds the newest matches of a common word cheaply, or null (see {@link DateWalk})
 */
record SearchBranch(String type, String id, String columns, String vector, String date, String from, Where where,
        String cappedFrom, String joined, DateWalk walk) {

    String matches() {
        return "select 1" + from + where.sql();
    }

    boolean walks(SearchRequest request) {
        return walk != null && request.byDate();
    }

    /**
     * The walk's two CTEs, each followed by a comma: the newest published posts (from the cursor's date on), and
     * the newest matches among them. Their parameters come from {@link #walkParameters}.
     */
    String walkCtes(SearchRequest request) {
        boolean fromCursor = request.page().cursor().isPresent();
        String keyset = fromCursor ? " and (w.published_at, '" + type + "'::text, " + walk.id() + ") < (?, ?, ?)" : "";
        // The newest posts are written out again inside the walk rather than read from walked_*: a CTE's rows have no
        // known order, and the walk needs the date order to stop at its last candidate.
        return walked() + " as materialized (" + walk.newestPosts(fromCursor) + "),\n"
                + walkFound() + " as materialized (select " + head() + columns + ", w.published_at as at, null::real as score"
                + " from q, (" + walk.newestPosts(fromCursor) + ") w" + walk.joins() + where.sql() + keyset
                + " order by w.published_at desc, " + walk.id() + " desc limit " + walk.candidates() + "),\n";
    }

    void walkParameters(SearchRequest request, List<Object> parameters) {
        request.page().cursor().ifPresent(cursor -> {
            OffsetDateTime at = SearchQueries.DateCursor.decode(request.page()).at();
            parameters.add(at);
            parameters.add(at);
        });
        parameters.addAll(where.parameters());
        request.page().cursor().ifPresent(cursor -> keysetParameters(request.page(), parameters));
    }

    String candidates(SearchRequest request) {
        if (walks(request)) {
            // only one side runs: each side's condition is an uncorrelated subquery, so PostgreSQL evaluates it once
            // and skips the side whose condition is false without running it (never null: every count is a number)
            return "select * from " + walkFound() + " where " + walkFoundTheNewest() + " union all select * from ("
                    + bounded(request, head() + columns) + ") every_match where not " + walkFoundTheNewest();
        }
        if (joined == null) {
            return bounded(request, head() + columns);
        }
        // the joins see the bounded rows under the alias of the id column: only that id is needed
        String alias = id.substring(0, id.indexOf('.'));
        return "select " + head() + columns + ", " + alias + ".at, " + alias + ".score from (" + bounded(request, id)
                + ") " + alias + joined;
    }

    private String head() {
        return "'" + type + "'::text as type, " + id + " as id, ";
    }

    private String walked() {
        return "walked_" + type;
    }

    private String walkFound() {
        return "walk_" + type;
    }

    // The walk has the newest matches when it found a full set, all newer than the oldest post it looked at (so
    // no post it skipped holds a newer one), or when it looked at every post there is.
    private String walkFoundTheNewest() {
        return "((select count(*) from " + walkFound() + ") = " + walk.candidates() + " and (select min(at) from "
                + walkFound() + ") > (select min(published_at) from " + walked() + ") or (select count(*) from "
                + walked() + ") < " + walk.posts() + ")";
    }

    private String select(SearchRequest request, String columns) {
        // By date, the score is computed for the page's rows only (items): here it would be computed for
        // every match before the sort.
        return "select " + columns + ", " + date + " as at, "
                + (request.byDate() ? "null::real" : "ts_rank_cd(" + vector + ", q.query, 1)") + " as score";
    }

    private String keyset(SearchRequest request) {
        return request.page().cursor().isPresent() ? " and (" + date + ", '" + type + "'::text, " + id + ") < (?, ?, ?)"
                : "";
    }

    private String bounded(SearchRequest request, String columns) {
        String select = select(request, columns);
        if (request.byDate()) {
            return select + from + where.sql() + keyset(request) + " order by " + date + " desc, " + id + " desc limit "
                    + SearchQueries.CANDIDATES;
        }
        if (cappedFrom != null) {
            return select + cappedFrom + where.sql();
        }
        return select + from + where.sql() + " limit " + SearchQueries.CANDIDATES;
    }

    void keysetParameters(PageRequest page, List<Object> parameters) {
        SearchQueries.DateCursor position = SearchQueries.DateCursor.decode(page);
        parameters.add(position.at());
        parameters.add(position.type());
        parameters.add(page.cursor().orElseThrow().id());
    }
}
