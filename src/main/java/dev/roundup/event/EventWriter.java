package dev.roundup.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.Slugs;
import dev.roundup.common.UrlNormalizer;
import dev.roundup.event.list.ListedEventWriter;

/**
 * Stores a post's event mentions inside the post's own transaction and merges them into events: the same
 * URL, or the same name and start date, is the same event. Each event's fields are then taken again from all
 * its mentions, the surest value of each field winning, unless an editor has corrected the event.
 */
@ApplicationScoped
public class EventWriter {

    @Inject
    EventJson json;

    /** The events the post mentions now, read before the post is replaced: their fields may change. */
    public Set<Long> eventsOf(Connection connection, String postSlug) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select m.event_id from event_mention m join post p on p.id = m.post_id where p.slug = ?")) {
            select.setString(1, postSlug);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Takes the events lock until the transaction ends. Posts are written in parallel; two of them announcing the same
     * new event must not make two. A writer that deletes a post's mentions must take it before the delete: the
     * delete's row locks and this lock are then always taken in the same order, and two writers cannot deadlock.
     */
    public void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext('events'))")) {
            lock.executeQuery().close();
        }
    }

    public void write(Connection connection, long postId, EventExtractor.Extraction extraction, Set<Long> touched)
            throws SQLException {
        if (extraction.events().isEmpty() && extraction.references().isEmpty() && touched.isEmpty()) {
            // most posts name no event: they need not wait for the lock below
            return;
        }
        lock(connection);
        Set<Long> changed = new HashSet<>(touched);
        Map<Long, ExtractedEvent> byEvent = new LinkedHashMap<>();
        LocalDate postDate = EventCandidates.postDate(connection, postId);
        for (ExtractedEvent mention : EventCandidates.datedFirst(extraction.events())) {
            long eventId =
                    EventCandidates.find(connection, mention, postDate).orElseGet(() -> create(connection, mention, postDate));
            byEvent.merge(eventId, mention, (first, second) -> startConfidence(second) > startConfidence(first)
                    ? second.withTalks(first.talks())
                    : first.withTalks(second.talks()));
        }
        for (Map.Entry<Long, ExtractedEvent> entry : byEvent.entrySet()) {
            insertMention(connection, entry.getKey(), postId, entry.getValue());
            changed.add(entry.getKey());
        }
        insertReferences(connection, postId, extraction.references());
        attachReferences(connection, postId, byEvent.keySet());
        refresh(connection, changed);
    }

    private long create(Connection connection, ExtractedEvent mention, LocalDate postDate) {
        String base = Slugs.of(mention.name());
        // an undated event takes its year from the post that first names it
        int year = (mention.startsOn() != null ? mention.startsOn() : postDate).getYear();
        if (!base.contains(String.valueOf(year))) {
            base = base + "-" + year;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event (slug, name, starts_on, normalized_url)
                select candidate, ?, ?, ? from (
                    select case when n = 1 then ? else ? || '-' || n end as candidate, n
                    from generate_series(1, 1000) n) candidates
                where not exists (select 1 from event e where e.slug = candidates.candidate)
                order by n limit 1
                returning id""")) {
            insert.setString(1, mention.name());
            insert.setObject(2, mention.startsOn());
            insert.setString(3, (mention.url() == null ? null : UrlNormalizer.normalize(mention.url())));
            insert.setString(4, base);
            insert.setString(5, base);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the event " + mention.name(), e);
        }
    }

    private void insertMention(Connection connection, long eventId, long postId, ExtractedEvent mention)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event_mention (event_id, post_id, name, url, starts_on, ends_on, approximate, role, city,
                    status, talks, passage, confidence, flags, dated)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, true)
                on conflict (event_id, post_id) do update set name = excluded.name, url = excluded.url,
                    starts_on = excluded.starts_on, ends_on = excluded.ends_on, approximate = excluded.approximate,
                    role = excluded.role, city = excluded.city, status = excluded.status, talks = excluded.talks,
                    passage = excluded.passage, confidence = excluded.confidence, flags = excluded.flags,
                    dated = true""")) {
            int column = 1;
            insert.setLong(column++, eventId);
            insert.setLong(column++, postId);
            insert.setString(column++, mention.name());
            insert.setString(column++, mention.url());
            insert.setObject(column++, mention.startsOn());
            insert.setObject(column++, mention.endsOn());
            insert.setBoolean(column++, mention.approximate());
            insert.setString(column++, mention.role());
            insert.setString(column++, mention.city());
            insert.setString(column++, mention.status());
            insert.setString(column++, json.write(mention.talks()));
            insert.setString(column++, mention.passage());
            insert.setString(column++, json.write(mention.confidence()));
            insert.setString(column, json.write(mention.flags()));
            insert.executeUpdate();
        }
    }

    private static void insertReferences(Connection connection, long postId, List<EventExtractor.Reference> references)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into event_reference (post_id, normalized_url, passage) values (?, ?, ?) on conflict do nothing")) {
            for (EventExtractor.Reference reference : references) {
                insert.setLong(1, postId);
                insert.setString(2, UrlNormalizer.normalize(reference.url()));
                insert.setString(3, reference.passage());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** This post's dateless references to known events, and other posts' references to this post's events. */
    private static void attachReferences(Connection connection, long postId, Set<Long> eventIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event_mention (event_id, post_id, name, url, passage, dated)
                select e.id, r.post_id, e.name, e.url, r.passage, false
                from event_reference r join event e on e.normalized_url = r.normalized_url
                where r.post_id = ?
                union
                select e.id, r.post_id, e.name, e.url, r.passage, false
                from event e join event_reference r on r.normalized_url = e.normalized_url
                where e.id = any (?)
                on conflict (event_id, post_id) do nothing""")) {
            // two halves, each driven by an index: one OR over both tables joined every reference to every event
            insert.setLong(1, postId);
            insert.setArray(2, connection.createArrayOf("int8", eventIds.toArray()));
            insert.executeUpdate();
        }
    }

    /**
     * Takes each event's fields again from its dated mentions; drops events no post dates any more. Drafts do
     * not count: what an unpublished post says must not show through the event. An event whose fields come out
     * as they were (its post rewritten without news about it) is left alone: no new version, and no work for its
     * triggers and its search index.
     */
    private void refresh(Connection connection, Set<Long> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        Map<Long, List<StoredMention>> mentions = mentions(connection, eventIds);
        try (PreparedStatement delete = connection.prepareStatement("delete from event where id = ? and not edited");
                PreparedStatement update = connection.prepareStatement("""
                        update event e set name = v.name, url = v.url, normalized_url = v.normalized_url,
                            starts_on = v.starts_on, ends_on = v.ends_on, approximate = v.approximate, role = v.role,
                            city = v.city, status = v.status, talks = v.talks, confidence = v.confidence,
                            updated_at = now(), version = e.version + 1
                        from (select ?::text, ?::text, ?::text, ?::date, ?::date, ?::boolean, ?::text, ?::text,
                            ?::text, ?::jsonb, ?::jsonb) as v (name, url, normalized_url, starts_on, ends_on,
                            approximate, role, city, status, talks, confidence)
                        where e.id = ? and not e.edited
                        and (e.name, e.url, e.normalized_url, e.starts_on, e.ends_on, e.approximate, e.role, e.city,
                            e.status, e.talks, e.confidence) is distinct from (v.name, v.url, v.normalized_url,
                            v.starts_on, v.ends_on, v.approximate, v.role, v.city, v.status, v.talks, v.confidence)""")) {
            for (Long eventId : eventIds) {
                List<StoredMention> dated = mentions.getOrDefault(eventId, List.of());
                if (dated.isEmpty()) {
                    delete.setLong(1, eventId);
                    delete.addBatch();
                    continue;
                }
                MergedEvent merged = MergedEvent.of(dated);
                int column = 1;
                update.setString(column++, merged.name());
                update.setString(column++, merged.url());
                update.setString(column++, merged.url() == null ? null : UrlNormalizer.normalize(merged.url()));
                update.setObject(column++, merged.startsOn());
                update.setObject(column++, merged.endsOn());
                update.setBoolean(column++, merged.approximate());
                update.setString(column++, merged.role());
                update.setString(column++, merged.city());
                update.setString(column++, merged.status());
                update.setString(column++, json.write(merged.talks()));
                update.setString(column++, json.write(merged.confidence()));
                update.setLong(column, eventId);
                update.addBatch();
            }
            delete.executeBatch();
            update.executeBatch();
        }
        ListedEventWriter.refreshListings(connection, eventIds);
    }

    private Map<Long, List<StoredMention>> mentions(Connection connection, Set<Long> eventIds) throws SQLException {
        Map<Long, List<StoredMention>> byEvent = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select m.event_id, m.name, m.url, m.starts_on, m.ends_on, m.approximate, m.role, m.city, m.status,
                    m.talks, m.confidence, p.published_at
                from event_mention m join post p on p.id = m.post_id
                where m.event_id = any (?) and m.dated and not p.draft
                order by p.published_at, p.id""")) {
            select.setArray(1, connection.createArrayOf("int8", eventIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ExtractedEvent mention = new ExtractedEvent(rows.getString(2), rows.getString(3),
                            rows.getObject(4, LocalDate.class), rows.getObject(5, LocalDate.class), rows.getBoolean(6),
                            rows.getString(7), rows.getString(8), rows.getString(9), json.talks(rows.getString(10)), "",
                            json.confidence(rows.getString(11)), List.of());
                    byEvent.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new StoredMention(mention, rows.getObject(12, OffsetDateTime.class)));
                }
            }
        }
        return byEvent;
    }

    /** A dated mention with the date of the post it is in: of two equally sure values the later post wins. */
    record StoredMention(ExtractedEvent event, OffsetDateTime postDate) {
    }

    private static double startConfidence(ExtractedEvent mention) {
        return mention.confidence().getOrDefault("start", 0.0);
    }

    /**
     * After posts were removed: every event's fields are taken again from the mentions left, and the events
     * no remaining post dates go, unless an editor keeps them. Once per import run, so all of them.
     */
    public void refreshAll(Connection connection) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select id from event where not edited");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        refresh(connection, ids);
    }
}
