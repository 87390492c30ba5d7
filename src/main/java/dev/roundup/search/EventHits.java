package dev.roundup.search;

import dev.roundup.common.db.Where;
import dev.roundup.event.EventFilter;
import dev.roundup.post.PostFilter;

/**
 * The events branch of the search statement. Events are public by the rule of the event endpoints
 * ({@link EventFilter#PUBLIC}), and an editor's correction is in the event's own columns, so search finds what
 * {@code GET /api/v1/events} shows. An event's post is the latest published post that mentions it (none for an
 * editor's event no post names yet): the tag filter and the tag facet are about that post's tags, the section
 * filter and facet about its WIND section, so that a facet count is what its filter finds. An event's date is
 * its first day (00:00 UTC), or for an undated event the date of that post (or when an editor entered it):
 * from/to, sort=date and the year facet use it.
 */
final class EventHits {

    /** The latest published post that mentions event {@code e}: the event's post in search results. */
    static final String POST = "select p.id, p.slug from event_mention m join post p on p.id = m.post_id"
            + " where m.event_id = e.id and " + PostFilter.PUBLISHED + " order by p.published_at desc, p.id desc limit 1";
    /** Event {@code e}'s date (coalesce evaluates the subquery only for an event without a date). */
    static final String DATE = "coalesce(e.starts_on::timestamp at time zone 'UTC', (select max(p.published_at)"
            + " from event_mention m join post p on p.id = m.post_id where m.event_id = e.id and "
            + PostFilter.PUBLISHED + "), e.created_at)";
    /** What an event's text snippet is made of: the fields of weights B and C of its vector (V11). */
    static final String TEXT = "concat_ws(' · ', nullif(concat_ws(', ', e.venue, e.city, e.country), ''),"
            + " e.description, (select string_agg(t ->> 'title' || coalesce(': ' || (t ->> 'summary'), ''), ' · ')"
            + " from jsonb_array_elements(e.talks) t))";
    private static final String COLUMNS = "p.id as post_id, w.id as section_id";
    private static final String JOINS = " left join lateral (" + POST + ") p on true left join lateral (select s.id,"
            + " s.slug from section s where s.post_id = p.id and s.kind = 'wind' order by s.position limit 1) w on true";

    private EventHits() {
    }

    /**
     * Finding an event's post costs a few index reads per event: without a tag or section filter it is done for
     * the bounded candidates only, never for counting.
     */
    static SearchBranch branch(SearchRequest request) {
        PostFilter scope = request.postScope();
        Where where = new Where().and("e.search @@ q.query").and(EventFilter.PUBLIC);
        request.domain().ifPresent(domain -> where.and("e.domain = ?", domain));
        scope.from().ifPresent(from -> where.and(DATE + " >= ?", from));
        scope.to().ifPresent(to -> where.and(DATE + " < ?", to));
        if (scope.tagSlugs().isEmpty() && request.section().isEmpty()) {
            return new SearchBranch("event", "e.id", COLUMNS, "e.search", DATE, " from q, event e", where, null, JOINS, null);
        }
        andTags(where, scope);
        // A slug that names no WIND section excludes every event at once (a one-time check on an index of V11).
        request.section().ifPresent(slug -> where
                .and("exists (select 1 from section s where s.kind = 'wind' and s.slug = ?)", slug)
                .and("w.slug = ?", slug));
        return new SearchBranch("event", "e.id", COLUMNS, "e.search", DATE, " from q, event e" + JOINS, where, null,
                null, null);
    }

    /**
     * The tags (all or any, as for posts) of the event's post, checked row by row through that post's own tags.
     * (The set form of PostFilter, "p.id in (every post with the tags)", made the planner build that set once per
     * event; starting from the tagged posts' events instead was slower for a common tag.)
     */
    private static void andTags(Where where, PostFilter scope) {
        if (scope.tagSlugs().isEmpty()) {
            return;
        }
        String[] slugs = scope.tagSlugs().toArray(String[]::new);
        String ofPost = "(select count(*) from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = p.id"
                + " and t.slug = any (?))";
        if (scope.allTags()) {
            where.and(ofPost + " = ?", slugs, slugs.length);
        } else {
            where.and(ofPost + " > 0", (Object) slugs);
        }
    }
}
