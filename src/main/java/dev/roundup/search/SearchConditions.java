package dev.roundup.search;

import dev.roundup.common.error.InvalidParameterException;

/**
 * The search engine's SQL conditions, for any list that takes {@code q}: each one has a single parameter, the
 * query text as the client wrote it (web-search syntax: words, "phrases", -exclusions, OR). PostgreSQL's
 * {@code websearch_to_tsquery} never fails on malformed syntax, so any text is a safe parameter.
 */
public final class SearchConditions {

    /** Queries longer than this are refused: no useful search is that long, and it bounds the work. */
    public static final int MAX_QUERY_LENGTH = 500;
    public static final String CONFIG = "roundup_english";
    static final String TSQUERY = "websearch_to_tsquery('" + CONFIG + "', ?)";

    private SearchConditions() {
    }

    /**
     * "Post {alias} matches the query": its own title, tags, description, intro (and body, for articles), or one
     * of its link items. Both lookups use their GIN index.
     */
    public static String postMatches(String alias) {
        return alias + ".id in (select m.post_id from (select " + TSQUERY + " as query) x cross join lateral ("
                + "select l.post_id from link_item l where l.search @@ x.query"
                + " union select own.id from post own where own.search @@ x.query) m)";
    }

    /** "Link item {alias} matches the query" (title, commentary, domain). */
    public static String linkMatches(String alias) {
        return alias + ".search @@ " + TSQUERY;
    }

    /**
     * The relevance of a post or link item, negated so that an ascending sort puts the best first; usable in
     * {@code Sort.parse}'s column map as the column of {@code relevance}.
     */
    public static String negatedRank(String alias) {
        return "(-ts_rank_cd(" + alias + ".search, " + TSQUERY + ", 1))";
    }

    /**
     * The query text checked: blank or over {@value #MAX_QUERY_LENGTH} characters is a 400 naming the parameter.
     * Control characters (PostgreSQL refuses NUL) become spaces.
     */
    public static String checkedQuery(String parameter, String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException(parameter, parameter + " must not be empty");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException(parameter, parameter + " may be at most " + MAX_QUERY_LENGTH
                    + " characters long, got " + q.length());
        }
        String cleaned = q.replaceAll("[\\p{Cntrl}\\p{Cs}\\uE000\\uE001]", " ").strip();
        if (cleaned.isEmpty()) {
            throw new InvalidParameterException(parameter, parameter + " must contain some text");
        }
        // A dash standing alone ("Week 38 - 2026", a pasted title) is punctuation, not an exclusion.
        cleaned = cleaned.replaceAll("(^|\\s)-+(?=\\s|$)", "$1").strip();
        return cleaned;
    }
}
