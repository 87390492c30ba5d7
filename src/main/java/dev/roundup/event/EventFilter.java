package dev.roundup.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.roundup.common.db.Where;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Parameters;

/** The filters of {@code GET /events}, checked. */
public record EventFilter(When when, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> city,
        Optional<String> role) {

    /** Upcoming: not over yet, today included; past: over before today; all: every public event. */
    public enum When {
        UPCOMING, PAST, ALL
    }

    /**
     * Public: a published post mentions it, or an editor made it and no post does. On event {@code e}; search
     * applies it too, so that an event is found exactly when these endpoints show it.
     */
    public static final String PUBLIC = """
            (exists (select 1 from event_mention m join post p on p.id = m.post_id
                     where m.event_id = e.id and post_is_public(p.draft, p.published_at))
             or (e.edited and not exists (select 1 from event_mention m where m.event_id = e.id)))""";
    static final String LAST_DAY = "coalesce(e.ends_on, e.starts_on)";
    private static final Set<String> ROLES = Set.of("speaker", "organiser", "attendee");

    public static EventFilter of(String when, String from, String to, String city, String role) {
        return new EventFilter(when(when), date("from", from), date("to", to),
                Optional.ofNullable(city).map(String::strip).filter(value -> !value.isEmpty()), role(role));
    }

    public Where where(LocalDate today) {
        Where where = new Where().and(PUBLIC);
        if (when == When.UPCOMING) {
            where.and(LAST_DAY + " >= ?", today);
        } else if (when == When.PAST) {
            where.and(LAST_DAY + " < ?", today);
        }
        from.ifPresent(value -> where.and(LAST_DAY + " >= ?", value));
        to.ifPresent(value -> where.and("e.starts_on <= ?", value));
        city.ifPresent(value -> where.and("lower(e.city) = lower(?)", value));
        role.ifPresent(value -> where.and("e.role = ?", value));
        return where;
    }

    /** Upcoming events soonest first; past ones and the whole list latest first. */
    public String defaultSort() {
        return when == When.UPCOMING ? "start" : "-start";
    }

    private static When when(String value) {
        if (value == null || value.isBlank()) {
            return When.UPCOMING;
        }
        try {
            return When.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("when", "when must be 'upcoming', 'past' or 'all', got '"
                    + Parameters.abbreviate(value) + "'");
        }
    }

    private static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be a date like 2026-10-01, got '"
                    + Parameters.abbreviate(value) + "'");
        }
    }

    private static Optional<String> role(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String role = value.strip().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(role)) {
            throw new InvalidParameterException("role", "role must be 'speaker', 'organiser' or 'attendee', got '"
                    + Parameters.abbreviate(value) + "'");
        }
        return Optional.of(role);
    }
}
