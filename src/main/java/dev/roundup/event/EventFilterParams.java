package dev.roundup.event;

import jakarta.ws.rs.BeanParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The filter parameters that {@code /api/v1/events} and {@code /events.ics} share, taken as a {@link BeanParam}. */
public class EventFilterParams {

    @Parameter(description = "upcoming (default for the list): not over yet; past: over; all: both. The calendar"
            + " without it holds the upcoming events and those of the last roundup.events.calendar-past",
            schema = @Schema(enumeration = { "upcoming", "past", "all" }))
    @RestQuery
    public String when;

    @Parameter(description = "Events not over before this date", example = "2026-10-01")
    @RestQuery
    public String from;

    @Parameter(description = "Events starting on or before this date", example = "2026-12-31")
    @RestQuery
    public String to;

    @Parameter(description = "How to take part", schema = @Schema(enumeration = { "virtual", "hybrid", "in-person" }))
    @RestQuery
    public String mode;

    @Parameter(description = "City, case-insensitive", example = "Berlin")
    @RestQuery
    public String city;

    @Parameter(description = "Country as written (UK), or its ISO 3166-1 code (GB) or English name", example = "DE")
    @RestQuery
    public String country;

    @Parameter(description = "The region heading of an events list (Europe, or north-america), or a state or province"
            + " as written (WA) or as ISO 3166-2 (US-WA)", example = "Europe")
    @RestQuery
    public String region;

    @Parameter(description = "The group that runs the event, by name, case-insensitive", example = "Rust Berlin")
    @RestQuery
    public String group;

    @Parameter(description = "Words in the name, the talks' titles, the place or the group (web search syntax)",
            example = "hack and learn")
    @RestQuery
    public String q;

    @Parameter(description = "The author's role", schema = @Schema(enumeration = { "speaker", "organiser",
            "attendee" }))
    @RestQuery
    public String role;

    /** The checked filter; a malformed parameter is a 400 naming it. */
    EventFilter filter(String defaultWhen) {
        return EventFilter.of(when == null || when.isBlank() ? defaultWhen : when, from, to, city, role, mode, country,
                region, group, q);
    }

    boolean whenGiven() {
        return when != null && !when.isBlank();
    }
}
