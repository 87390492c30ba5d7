package dev.roundup.editorial;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    EditorialEvents events;

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
                events.lock(connection);
                if (events.exists(connection, slug)) {
                    throw new ProblemException(409, "slug-taken", "Conflict", "an event with the slug '" + slug
                            + "' exists already; change it with PUT or PATCH, or choose another slug");
                }
                Optional<String> same = fields.url() == null ? Optional.empty()
                        : events.slugWithUrl(connection, UrlNormalizer.normalize(fields.url()));
                if (same.isPresent()) {
                    throw new ProblemException(409, "event-exists", "Conflict", "the event '" + same.get()
                            + "' has this URL already; correct that one instead of making a second");
                }
                long id = events.insert(connection, slug, fields.name());
                return EventWriteResult.of(slug, fields, events.update(connection, id, fields, false));
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
                events.lock(connection);
                EditorialEvents.Stored stored = stored(connection, slug);
                check(stored, expected);
                events.delete(connection, stored.id());
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
        EventFields apply(EditorialEvents.Stored stored);
    }

    private EventWriteResult write(String slug, PostWriter.Expected expected, Change change) {
        return seenByTheNextRead(() -> QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                // the importer merges events under the same lock: a correction never interleaves with a merge
                events.lock(connection);
                EditorialEvents.Stored stored = stored(connection, slug);
                check(stored, expected);
                EventFields fields = change.apply(stored);
                events.rememberAlias(connection, stored.id());
                boolean sameDates = Objects.equals(fields.startsOn(), stored.startsOn())
                        && Objects.equals(fields.endsOn(), stored.endsOn());
                long version = events.update(connection, stored.id(), fields, sameDates && stored.approximate());
                return EventWriteResult.of(slug, fields, version);
            }
        }));
    }

    private EditorialEvents.Stored stored(Connection connection, String slug) throws SQLException {
        return events.stored(connection, slug).orElseThrow(() -> new NotFoundException("no event has the slug '" + slug + "'"));
    }

    private static void check(EditorialEvents.Stored stored, PostWriter.Expected expected) {
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

}
