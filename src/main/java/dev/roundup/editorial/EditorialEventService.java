package dev.roundup.editorial;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.roundup.change.ChangeListener;
import dev.roundup.common.Slugs;
import dev.roundup.common.UrlNormalizer;
import dev.roundup.common.error.Problem;
import dev.roundup.common.error.ProblemException;
import dev.roundup.event.ExtractedEvent;
import dev.roundup.importer.PostWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Creates, corrects and deletes events. Every write marks the event edited, so the importer no longer takes
 * its fields from the posts (it still records their mentions), and keeps the names, dates and URLs the
 * posts used as aliases, so a re-import finds the corrected event instead of making a new one.
 */
@ApplicationScoped
public class EditorialEventService {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    ChangeListener changes;

    public EventWriteResult create(EventRequest request) {
        validate(request);
        EventFields fields = EventFields.of(request);
        String slug = request.slug() != null ? request.slug() : slugOf(fields);
        return seenByTheNextRead(() -> QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                lockEvents(connection);
                if (exists(connection, "select slug from event where slug = ?", slug).isPresent()) {
                    throw new ProblemException(409, "slug-taken", "Conflict", "an event with the slug '" + slug
                            + "' exists already; change it with PUT or PATCH, or choose another slug");
                }
                Optional<String> same = fields.url() == null ? Optional.empty()
                        : exists(connection, "select slug from event where normalized_url = ?",
                                UrlNormalizer.normalize(fields.url()));
                if (same.isPresent()) {
                    throw new ProblemException(409, "event-exists", "Conflict", "the event '" + same.get()
                            + "' has this URL already; correct that one instead of making a second");
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into event (slug, name, edited, version) values (?, ?, true, 0) returning id")) {
                    insert.setString(1, slug);
                    insert.setString(2, fields.name());
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        return EventWriteResult.of(slug, fields, update(connection, rows.getLong(1), fields, false));
                    }
                }
            }
        }));
    }

    public EventWriteResult replace(String slug, EventRequest request, PostWriter.Expected expected) {
        if (request.slug() != null && !request.slug().equals(slug)) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError("slug", "is '" + request.slug()
                    + "' but the path names '" + slug + "'; a slug cannot be changed by a write")));
        }
        validate(request);
        EventFields fields = EventFields.of(request);
        return write(slug, expected, stored -> fields);
    }

    public EventWriteResult patch(String slug, JsonNode patch, PostWriter.Expected expected) {
        return write(slug, expected, stored -> {
            ObjectNode merged = EventFields.merge(mapper.valueToTree(stored.request()), patch);
            EventRequest request;
            try {
                request = mapper.treeToValue(merged, EventRequest.class);
            } catch (JsonProcessingException e) {
                throw new ProblemException(400, "malformed-body", "Malformed request body",
                        "the patch does not fit the event's fields: " + e.getOriginalMessage());
            }
            validate(request);
            return EventFields.of(request);
        });
    }

    public void delete(String slug, PostWriter.Expected expected) {
        seenByTheNextRead(() -> QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                lockEvents(connection);
                Stored stored = stored(connection, slug);
                check(stored, expected);
                try (PreparedStatement delete = connection.prepareStatement("delete from event where id = ?")) {
                    delete.setLong(1, stored.id());
                    delete.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }));
    }

    /** Runs a committed write, then waits until this instance's caches have forgotten what it made stale. */
    private <T> T seenByTheNextRead(Supplier<T> write) {
        T result = write.get();
        changes.catchUp();
        return result;
    }

    private interface Change {
        EventFields apply(Stored stored);
    }

    private EventWriteResult write(String slug, PostWriter.Expected expected, Change change) {
        return seenByTheNextRead(() -> QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                // the importer merges events under the same lock: a correction never interleaves with a merge
                lockEvents(connection);
                Stored stored = stored(connection, slug);
                check(stored, expected);
                EventFields fields = change.apply(stored);
                rememberAlias(connection, stored.id());
                boolean sameDates = java.util.Objects.equals(fields.startsOn(), stored.startsOn())
                        && java.util.Objects.equals(fields.endsOn(), stored.endsOn());
                long version = update(connection, stored.id(), fields, sameDates && stored.approximate());
                return EventWriteResult.of(slug, fields, version);
            }
        }));
    }

    private long update(Connection connection, long id, EventFields fields, boolean approximate) throws SQLException {
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
            update.setString(column++, json(fields.talks()));
            update.setBoolean(column++, approximate);
            update.setLong(column, id);
            try (ResultSet rows = update.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The name, start and URL the event has before the change: the posts' spelling, found again on re-import. */
    private static void rememberAlias(Connection connection, long id) throws SQLException {
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

    record Stored(long id, long version, boolean approximate, LocalDate startsOn, LocalDate endsOn, EventRequest request) {
    }

    private Stored stored(Connection connection, String slug) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select id, version, approximate, name, starts_on, ends_on, starts_at, ends_at, zone, venue, city, country,
                    url, description, role, status, talks::text from event where slug = ? for update""")) {
            select.setString(1, slug);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("no event has the slug '" + slug + "'");
                }
                LocalDate startsOn = row.getObject("starts_on", LocalDate.class);
                LocalDate endsOn = row.getObject("ends_on", LocalDate.class);
                String zone = row.getString("zone");
                List<EventRequest.TalkRequest> talks = talks(row.getString("talks")).stream()
                        .map(talk -> new EventRequest.TalkRequest(talk.title(), talk.summary())).toList();
                EventRequest request = new EventRequest(slug, row.getString("name"), text(startsOn), text(endsOn),
                        time(row.getObject("starts_at", OffsetDateTime.class), zone),
                        time(row.getObject("ends_at", OffsetDateTime.class), zone), zone, row.getString("venue"),
                        row.getString("city"), row.getString("country"), row.getString("url"),
                        row.getString("description"), row.getString("role"), row.getString("status"), talks);
                return new Stored(row.getLong("id"), row.getLong("version"), row.getBoolean("approximate"), startsOn,
                        endsOn, request);
            }
        }
    }

    private static void check(Stored stored, PostWriter.Expected expected) {
        long wanted = expected.version().orElse(-1);
        if (wanted >= 0 && wanted != stored.version()) {
            throw new ProblemException(412, "stale-version", "Precondition Failed", "the event is at version "
                    + stored.version() + ", not the one in If-Match: read it again and reapply the change",
                    List.of(), Map.of("ETag", EntityTags.of(stored.version())));
        }
    }

    private void validate(EventRequest request) {
        Set<ConstraintViolation<EventRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** As the importer names events: the name, and the year when the name lacks it. */
    static String slugOf(EventFields fields) {
        String base = Slugs.of(fields.name());
        if (fields.startsOn() != null && !base.contains(String.valueOf(fields.startsOn().getYear()))) {
            base = base + "-" + fields.startsOn().getYear();
        }
        if (!SlugRule.matches(base)) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError("slug",
                    "cannot be made from the name; give one that " + SlugRule.RULE)));
        }
        return base;
    }

    private static void lockEvents(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext('events'))")) {
            lock.executeQuery().close();
        }
    }

    private static Optional<String> exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql + " limit 1")) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
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

    private String json(List<ExtractedEvent.Talk> talks) {
        try {
            return mapper.writeValueAsString(talks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("talks are plain JSON", e);
        }
    }

    private List<ExtractedEvent.Talk> talks(String text) {
        try {
            return List.of(mapper.readValue(text, ExtractedEvent.Talk[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("talks are stored as a JSON array", e);
        }
    }
}
