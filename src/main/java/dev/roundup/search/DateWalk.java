package dev.roundup.search;

import dev.roundup.post.PostFilter;

/**
 * The cheap path of a date-ordered search for a common word: the newest matches of a type, found by walking the
 * newest published posts (their date index) instead of collecting every match and sorting them. At a million link
 * items a common word matches some 80,000, and reading them all to keep the newest
 * {@value SearchQueries#CANDIDATES} took 1.1–1.3 s. When the walk cannot prove it found the newest (a rarer word, too
 * few matches among the posts it looked at), the statement takes every match instead, and those are few.
 *
 * @param posts how many of the newest posts the walk looks at
 * @param candidates how many of the newest matches it keeps: a full set of them, all newer than the oldest post it
 *        looked at, proves it found the newest
 * @param joins the joins from a walked post (alias {@code w}, with {@code id} and {@code published_at}) to the
 *        branch's aliases, which must keep the walked posts' order
 * @param id what breaks ties between results of the same date, over {@code w} or the joined aliases
 */
record DateWalk(int posts, int candidates, String joins, String id) {

    /** The newest published posts (from a cursor's date, {@code ?}, on), in date order; alias {@code w} is theirs. */
    String newestPosts(boolean fromCursor) {
        return "select p.id, p.published_at from post p where " + PostFilter.PUBLISHED
                + (fromCursor ? " and p.published_at <= ?" : "") + " order by p.published_at desc, p.id desc limit "
                + posts;
    }
}
