package dev.roundup.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.roundup.common.db.Where;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Parameters;
import dev.roundup.event.list.EventLists;
import dev.roundup.search.SearchConditions;

/**
 * The filters of {@code GET /events} and {@code /events.ics}, checked: when, dates, where (city, country, region),
 * how (mode), who (group, the author's role) and words (q).
 */
public record EventFilter(When when, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> city,
        Optional<String> role, Optional<String> mode, Optional<String> country, Optional<String> region,
        Optional<String> group, Optional<String> q) {

    /** Upcoming: not over yet, today included; past: over before today; all: every public event. */
    public enum When {
        UPCOMING, PAST, ALL
    }

    /**
     * Public: a published post mentions it, or an editor made it and no post does. On event {@code e}; search
     * applies it too, so that an event is found exactly when these endpoints show it. {@code published_from} is the
     * earliest date of a published post that mentions the event ('-infinity' for an editor's own), kept by triggers
     * (V19): one column an index holds, instead of a join per event.
     */
    public static final String PUBLIC = "e.published_from <= now()";
    static final String LAST_DAY = "coalesce(e.ends_on, e.starts_on)";
    private static final Set<String> ROLES = Set.of("speaker", "organiser", "attendee");
    private static final Set<String> MODES = Set.of("virtual", "hybrid", "in-person");
    private static final int MAX_TEXT = 200;

    public static EventFilter of(String when, String from, String to, String city, String role) {
        return of(when, from, to, city, role, null, null, null, null, null);
    }

    public static EventFilter of(String when, String from, String to, String city, String role, String mode,
            String country, String region, String group, String q) {
        return new EventFilter(when(when), date("from", from), date("to", to), text("city", city), role(role),
                mode(mode), text("country", country), text("region", region), text("group", group),
                Optional.ofNullable(q).filter(value -> !value.isBlank())
                        .map(value -> SearchConditions.checkedQuery("q", value)));
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
        mode.ifPresent(value -> where.and("e.mode = ?", value));
        // by ISO code when the value names one ("GB", "UK", "United Kingdom"), else as written
        country.ifPresent(value -> EventLists.countryCode(value).ifPresentOrElse(
                code -> where.and("e.country_code = ?", code), () -> where.and("lower(e.country) = lower(?)", value)));
        // the list's region heading ("Europe", or its slug "north-america"), or a state as written or ISO 3166-2
        region.ifPresent(value -> where.and("(lower(e.region_heading) = lower(?) or lower(e.region) = lower(?)"
                + " or lower(e.region_code) = lower(?))", value.replace('-', ' '), value, value));
        group.ifPresent(value -> where.and("lower(e.group_name) = lower(?)", value));
        q.ifPresent(value -> where.and("(e.search @@ websearch_to_tsquery('" + SearchConditions.CONFIG
                + "', ?) or e.group_search @@ websearch_to_tsquery('" + SearchConditions.CONFIG + "', ?))", value,
                value));
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

    private static Optional<String> text(String name, String value) {
        Optional<String> text = Optional.ofNullable(value).map(String::strip).filter(stripped -> !stripped.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_TEXT) {
            throw new InvalidParameterException(name, name + " must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static Optional<String> mode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String mode = value.strip().toLowerCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            throw new InvalidParameterException("mode", "mode must be 'virtual', 'hybrid' or 'in-person', got '"
                    + Parameters.abbreviate(value) + "'");
        }
        return Optional.of(mode);
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
