package dev.roundup.editorial;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.UrlNormalizer;
import dev.roundup.common.db.Sql;
import dev.roundup.event.EventJson;

/** The SQL of editors' writes of events, on the connection of the caller's transaction. */
@ApplicationScoped
class EditorialEvents {

    @Inject
    EventJson json;

    record Stored(long id, long version, boolean approximate, LocalDate startsOn, LocalDate endsOn, EventRequest request) {
    }

    /** The importer merges events under the same lock: a correction never interleaves with a merge. */
    void lock(Connection connection) throws SQLException {
        Sql.on(connection).lock("events");
    }

    boolean exists(Connection connection, String slug) throws SQLException {
        return Sql.on(connection).first("select 1 from event where slug = ?", row -> true, slug).isPresent();
    }

    Optional<String> slugWithUrl(Connection connection, String normalizedUrl) throws SQLException {
        return Sql.on(connection).first("select slug from event where normalized_url = ? limit 1",
                row -> row.getString(1), normalizedUrl);
    }

    /** A new event, edited from the start; its other fields come with {@link #update}. */
    long insert(Connection connection, String slug, String name) throws SQLException {
        return Sql.on(connection).one("insert into event (slug, name, edited, version) values (?, ?, true, 0)"
                + " returning id", Long.class, slug, name);
    }

    void delete(Connection connection, long id) throws SQLException {
        Sql.on(connection).update("delete from event where id = ?", id);
    }

    long update(Connection connection, long id, EventFields fields, boolean approximate) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update event set name = ?, starts_on = ?, ends_on = ?, starts_at = ?, ends_at = ?, zone = ?, venue = ?,
                    city = ?, country = ?, url = ?, normalized_url = ?, description = ?, role = ?, status = ?,
                    talks = ?::jsonb, approximate = ?, edited = true, version = version + 1, updated_at = now()
                where id = ? returning version""")) {
            int column = 1;
            update.setString(column++, fields.name());
            update.setObject(column++, fields.startsOn());
            update.setObject(column++, fields.endsOn());
            update.setObject(column++, fields.startsAt());
            update.setObject(column++, fields.endsAt());
            update.setString(column++, fields.zone());
            update.setString(column++, fields.venue());
            update.setString(column++, fields.city());
            update.setString(column++, fields.country());
            update.setString(column++, fields.url());
            update.setString(column++, fields.url() == null ? null : UrlNormalizer.normalize(fields.url()));
            update.setString(column++, fields.description());
            update.setString(column++, fields.role());
            update.setString(column++, fields.status());
            update.setString(column++, json.write(fields.talks()));
            update.setBoolean(column++, approximate);
            update.setLong(column, id);
            try (ResultSet rows = update.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The name, start and URL the event has before the change: the posts' spelling, found again on re-import. */
    void rememberAlias(Connection connection, long id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event_alias (event_id, name, starts_on, normalized_url)
                select e.id, e.name, e.starts_on, e.normalized_url from event e
                where e.id = ? and not exists (select 1 from event_alias a where a.event_id = e.id
                    and lower(a.name) = lower(e.name) and a.starts_on is not distinct from e.starts_on
                    and a.normalized_url is not distinct from e.normalized_url)""")) {
            insert.setLong(1, id);
            insert.executeUpdate();
        }
    }

    /** The event, locked for the transaction, with its fields as a request would give them. */
    Optional<Stored> stored(Connection connection, String slug) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select id, version, approximate, name, starts_on, ends_on, starts_at, ends_at, zone, venue, city, country,
                    url, description, role, status, talks::text from event where slug = ? for update""")) {
            select.setString(1, slug);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                LocalDate startsOn = row.getObject("starts_on", LocalDate.class);
                LocalDate endsOn = row.getObject("ends_on", LocalDate.class);
                String zone = row.getString("zone");
                List<EventRequest.TalkRequest> talks = json.talks(row.getString("talks")).stream()
                        .map(talk -> new EventRequest.TalkRequest(talk.title(), talk.summary())).toList();
                EventRequest request = new EventRequest(slug, row.getString("name"), text(startsOn), text(endsOn),
                        time(row.getObject("starts_at", OffsetDateTime.class), zone),
                        time(row.getObject("ends_at", OffsetDateTime.class), zone), zone, row.getString("venue"),
                        row.getString("city"), row.getString("country"), row.getString("url"),
                        row.getString("description"), row.getString("role"), row.getString("status"), talks);
                return Optional.of(new Stored(row.getLong("id"), row.getLong("version"), row.getBoolean("approximate"),
                        startsOn, endsOn, request));
            }
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String time(OffsetDateTime time, String zone) {
        if (time == null) {
            return null;
        }
        return zone == null ? time.toString() : time.atZoneSameInstant(ZoneId.of(zone)).toOffsetDateTime().toString();
    }

}
