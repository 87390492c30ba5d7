package dev.roundup.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.SiteUrls;
import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Sort;
import dev.roundup.post.PostFilter;
import dev.roundup.post.PostQueries;
import dev.roundup.post.PostRef;

/** The SQL of the event reads: a list is a count and a page, an event is itself and its mentions. */
@ApplicationScoped
public class EventQueries {

    static final String START = "coalesce(e.starts_on, date '9999-12-31')";
    private static final String COLUMNS = """
            e.id, e.slug, e.name, e.starts_on, e.ends_on, e.approximate, e.starts_at, e.ends_at, e.zone, e.venue,
            e.city, e.country, e.url, e.description, e.role, e.status, e.talks, e.confidence, e.edited, e.version,
            e.mode, e.region, e.region_code, e.country_code, e.region_heading, e.group_name, e.group_url,
            (select count(*) from event_mention m join post p on p.id = m.post_id
                where m.event_id = e.id and """ + " " + PostFilter.PUBLISHED + ") as mention_count";

    @Inject
    Sql sql;

    @Inject
    EventJson json;

    @Inject
    SiteUrls urls;

    /** A summary with its id and raw sort value, for keyset cursors. */
    public record Row(long id, LocalDate start, long version, EventSummary value) {
    }

    public long count(Where where) {
        return sql.count("select count(*) from event e" + where.sql(), where.parameters());
    }

    public List<Row> page(Where where, Sort sort, long offset, int limit) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        parameters.add(offset);
        // the page's ids first, from the covering index of the sort (V19) without touching the wide rows; then its rows
        return sql.list("select " + COLUMNS + ", " + START + " as sort_start from event e where e.id in (select e.id"
                + " from event e" + where.sql() + " order by " + sort.orderBy("e.id") + " limit ? offset ?) order by "
                + sort.orderBy("e.id"), parameters, this::row);
    }

    public Optional<Row> bySlug(String slug) {
        Where where = new Where().and(EventFilter.PUBLIC).and("e.slug = ?", slug);
        return sql.first("select " + COLUMNS + ", " + START + " as sort_start from event e" + where.sql(),
                where.parameters(), this::row);
    }

    /**
     * Events for the calendar feed: those of the filter that have a date, soonest first, or latest first when the
     * limit should keep the most recent of a long past.
     */
    public List<EventSummary> calendar(Where filtered, boolean latestFirst, int limit) {
        Where where = filtered.and("e.starts_on is not null");
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        String order = latestFirst ? " order by e.starts_on desc, e.id desc" : " order by e.starts_on, e.id";
        return sql.list("select " + COLUMNS + ", " + START + " as sort_start from event e" + where.sql() + order
                + " limit ?", parameters, row -> row(row).value());
    }

    public List<EventView.Mention> mentions(long eventId) {
        return sql.list("""
                select p.slug, p.title, p.published_at, p.published_offset, m.passage, m.position, m.starts_on,
                    array(select jsonb_array_elements_text(m.flags)) as flags
                from event_mention m join post p on p.id = m.post_id
                where m.event_id = ? and """ + " " + PostFilter.PUBLISHED + " order by p.published_at, p.id",
                List.of(eventId), row -> new EventView.Mention(new PostRef(row.getString("slug"), row.getString("title"),
                        PostQueries.date(row), urls.post(row.getString("slug"))), row.getString("passage"),
                        row.getObject("position", Integer.class), row.getObject("starts_on", LocalDate.class),
                        List.of((String[]) row.getArray("flags").getArray())));
    }

    /** The events a post mentions, by date; the post is published, so each of them is public. */
    public List<EventRef> mentionedBy(long postId) {
        return sql.list("""
                select e.slug, e.name, e.starts_on, e.url from event_mention m join event e on e.id = m.event_id
                where m.post_id = ? order by e.starts_on nulls last, e.id""", List.of(postId),
                row -> new EventRef(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class),
                        row.getString(4)));
    }

    private Row row(ResultSet row) throws SQLException {
        EventSummary summary = new EventSummary(row.getString("slug"), row.getString("name"),
                row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class),
                row.getBoolean("approximate"), row.getObject("starts_at", OffsetDateTime.class),
                row.getObject("ends_at", OffsetDateTime.class), row.getString("zone"), row.getString("venue"),
                row.getString("city"), row.getString("country"), row.getString("url"), row.getString("description"),
                row.getString("role"), row.getString("status"), json.talks(row.getString("talks")),
                json.confidence(row.getString("confidence")), row.getBoolean("edited"), row.getInt("mention_count"),
                row.getString("mode"), row.getString("region"), row.getString("region_code"),
                row.getString("country_code"), row.getString("region_heading"),
                EventGroup.of(row.getString("group_name"), row.getString("group_url")));
        return new Row(row.getLong("id"), row.getObject("sort_start", LocalDate.class), row.getLong("version"), summary);
    }

}
