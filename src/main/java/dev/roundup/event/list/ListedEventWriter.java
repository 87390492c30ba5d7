package dev.roundup.event.list;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.Slugs;
import dev.roundup.common.UrlNormalizer;
import dev.roundup.event.EventWriter;

/**
 * Stores the lines of a post's events lists as mentions, inside the post's transaction. A line is the same event
 * as one of another issue when it starts on the same day and links the same page (the event's, or its group's),
 * or, without a link, has the same name: a meetup listed in consecutive issues is one event with a mention in each.
 * The event's fields are then taken from its mentions by {@link EventWriter}, and the list's own fields (mode,
 * place, region heading, group) by {@link #refreshListings} from its latest list mention.
 */
@ApplicationScoped
public class ListedEventWriter {

    @Inject
    ObjectMapper json;

    @Inject
    EventWriter events;

    /** Writes the mentions; returns the events they belong to, whose fields the caller has refreshed. */
    public Set<Long> write(Connection connection, long postId, List<ListedEvent> listed) throws SQLException {
        if (listed.isEmpty()) {
            return Set.of();
        }
        events.lock(connection);
        Map<Long, ListedEvent> byEvent = new LinkedHashMap<>();
        for (ListedEvent event : listed) {
            long id = find(connection, event).orElseGet(() -> create(connection, event));
            // listed twice in one issue (under "Virtual" and under its continent): the first line is the mention
            byEvent.putIfAbsent(id, event);
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event_mention (event_id, post_id, name, url, starts_on, ends_on, approximate, city, status,
                    talks, passage, confidence, dated, position, listing)
                values (?, ?, ?, ?, ?, ?, false, ?, 'scheduled', ?::jsonb, ?, ?::jsonb, true, ?, ?::jsonb)
                on conflict (event_id, post_id) do nothing""")) {
            for (Map.Entry<Long, ListedEvent> entry : byEvent.entrySet()) {
                ListedEvent event = entry.getValue();
                int column = 1;
                insert.setLong(column++, entry.getKey());
                insert.setLong(column++, postId);
                insert.setString(column++, event.name());
                insert.setString(column++, event.url());
                insert.setObject(column++, event.startsOn());
                insert.setObject(column++, event.endsOn());
                insert.setString(column++, event.city());
                insert.setString(column++, write(event.talks()));
                insert.setString(column++, event.line());
                insert.setString(column++, write(event.confidence()));
                insert.setInt(column++, event.position());
                insert.setString(column, write(Listing.of(event)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new LinkedHashSet<>(byEvent.keySet());
    }

    private Optional<Long> find(Connection connection, ListedEvent event) throws SQLException {
        String url = event.url() == null ? null : UrlNormalizer.normalize(event.url());
        try (PreparedStatement select = connection.prepareStatement("""
                select id from (
                    select e.id, 0 as rank from event e where e.starts_on = ? and e.normalized_url = ?
                    union all select a.event_id, 1 from event_alias a where a.starts_on = ? and a.normalized_url = ?
                    union all select e.id, 2 from event e where e.starts_on = ? and e.group_url = ?
                    union all select e.id, 3 from event e where e.starts_on = ? and lower(e.name) = lower(?)
                ) found order by rank, id limit 1""")) {
            // each branch a lookup by the start date's index; a line without a link is known by its name only
            int column = 1;
            for (String value : new String[]{ url, url, event.groupUrl(), event.url() == null ? event.name() : null }) {
                select.setObject(column++, event.startsOn());
                select.setString(column++, value);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private long create(Connection connection, ListedEvent event) {
        String base = Slugs.of(event.name());
        if (!base.contains(String.valueOf(event.startsOn().getYear()))) {
            base = base + "-" + event.startsOn().getYear();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event (slug, name, starts_on, normalized_url, group_url)
                select candidate, ?, ?, ?, ? from (
                    select case when n = 1 then ? else ? || '-' || n end as candidate, n
                    from generate_series(1, 10000) n) candidates
                where not exists (select 1 from event e where e.slug = candidates.candidate)
                order by n limit 1
                returning id""")) {
            insert.setString(1, event.name());
            insert.setObject(2, event.startsOn());
            insert.setString(3, event.url() == null ? null : UrlNormalizer.normalize(event.url()));
            insert.setString(4, event.groupUrl());
            insert.setString(5, base);
            insert.setString(6, base);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the listed event " + event.name(), e);
        }
    }

    /**
     * The list fields of these events, from the latest published list mention of each; an editor's event keeps
     * its own. Events no list mentions are left alone.
     */
    public static void refreshListings(Connection connection, Set<Long> eventIds) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update event e set mode = v.mode, region = v.region, region_code = v.region_code,
                    country = v.country, country_code = v.country_code, region_heading = v.region_heading,
                    group_name = v.group_name, group_url = v.group_url, updated_at = now(), version = e.version + 1
                from (select distinct on (m.event_id) m.event_id, m.listing ->> 'mode' as mode,
                        m.listing ->> 'region' as region, m.listing ->> 'regionCode' as region_code,
                        m.listing ->> 'country' as country, m.listing ->> 'countryCode' as country_code,
                        m.listing ->> 'regionHeading' as region_heading, m.listing ->> 'groupName' as group_name,
                        m.listing ->> 'groupUrl' as group_url
                      from event_mention m join post p on p.id = m.post_id
                      where m.event_id = any (?) and m.listing is not null and not p.draft
                      order by m.event_id, p.published_at desc, p.id desc) v
                where e.id = v.event_id and not e.edited
                and (e.mode, e.region, e.region_code, e.country, e.country_code, e.region_heading, e.group_name,
                    e.group_url) is distinct from (v.mode, v.region, v.region_code, v.country, v.country_code,
                    v.region_heading, v.group_name, v.group_url)""")) {
            update.setArray(1, connection.createArrayOf("int8", eventIds.toArray()));
            update.executeUpdate();
        }
    }

    /** The fields of a list mention beyond those every mention has. */
    record Listing(String mode, String city, String region, String regionCode, String country, String countryCode,
            String regionHeading, String groupName, String groupUrl) {

        static Listing of(ListedEvent event) {
            return new Listing(event.mode(), event.city(), event.region(), event.regionCode(), event.country(),
                    event.countryCode(), event.regionHeading(), event.groupName(), event.groupUrl());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("list fields are plain JSON", e);
        }
    }
}
