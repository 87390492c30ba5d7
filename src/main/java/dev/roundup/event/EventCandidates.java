package dev.roundup.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.roundup.common.UrlNormalizer;

/** The SQL that finds the known events a new mention may be of; {@link EventMatcher} picks one. */
final class EventCandidates {

    private EventCandidates() {
    }

    /**
     * The known event this mention is of (see {@link EventMatcher}). The candidates come from one index lookup per way
     * of naming an event (written as one OR, it scanned every event, under the events lock, for every mention): its
     * page, its days near the mention's, an editor's alias, and the undated events.
     */
    static Optional<Long> find(Connection connection, ExtractedEvent mention, LocalDate postDate) throws SQLException {
        LocalDate from = mention.startsOn() != null ? mention.startsOn().minusDays(1)
                : postDate.minusDays(EventMatcher.REPORTED_DAYS_AFTER);
        LocalDate to = mention.startsOn() != null ? mention.endsOn().plusDays(1)
                : postDate.plusDays(EventMatcher.ANNOUNCED_DAYS_AHEAD);
        String url = (mention.url() == null ? null : UrlNormalizer.normalize(mention.url()));
        List<EventMatcher.Candidate> candidates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select e.id, e.name, e.normalized_url, e.starts_on, e.ends_on, e.approximate,
                    (select min(p.published_at)::date from event_mention m join post p on p.id = m.post_id
                     where m.event_id = e.id) as first_post,
                    (select max(p.published_at)::date from event_mention m join post p on p.id = m.post_id
                     where m.event_id = e.id) as last_post,
                    e.id in (select a.event_id from event_alias a where a.normalized_url = ?
                             or (lower(a.name) = lower(?) and a.starts_on = ?)) as alias
                from event e
                where e.id in (select id from event where normalized_url = ?
                               union all select id from event where starts_on between ? and ?
                               union all select id from event where approximate and starts_on <= ? and ends_on >= ?
                               union all select id from event where starts_on is null
                               union all select a.event_id from event_alias a
                                   where a.normalized_url = ? or (lower(a.name) = lower(?) and a.starts_on = ?))""")) {
            int column = 1;
            select.setString(column++, url);
            select.setString(column++, mention.name());
            select.setObject(column++, mention.startsOn());
            select.setString(column++, url);
            select.setObject(column++, from);
            select.setObject(column++, to);
            select.setObject(column++, to);
            select.setObject(column++, from);
            select.setString(column++, url);
            select.setString(column++, mention.name());
            select.setObject(column, mention.startsOn());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new EventMatcher.Candidate(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getObject(4, LocalDate.class), rows.getObject(5, LocalDate.class), rows.getBoolean(6),
                            rows.getObject(7, LocalDate.class), rows.getObject(8, LocalDate.class), rows.getBoolean(9)));
                }
            }
        }
        return EventMatcher.best(mention, url, postDate, candidates);
    }

    static LocalDate postDate(Connection connection, long postId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select published_at::date from post where id = ?")) {
            select.setLong(1, postId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getObject(1, LocalDate.class) : LocalDate.now();
            }
        }
    }

    /** The dated mentions first: an undated one then finds the event its neighbours in the post dated. */
    static List<ExtractedEvent> datedFirst(List<ExtractedEvent> mentions) {
        return mentions.stream().sorted(java.util.Comparator.comparing(mention -> mention.startsOn() == null)).toList();
    }
}
