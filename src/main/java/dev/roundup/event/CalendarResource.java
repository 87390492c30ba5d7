package dev.roundup.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import biweekly.Biweekly;
import biweekly.ICalDataType;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.RefreshInterval;
import biweekly.property.Status;
import biweekly.util.Duration;
import dev.roundup.common.RoundupConfig;
import dev.roundup.common.db.Where;

/** The events as an iCalendar feed that calendar apps subscribe to. */
@Path("/events.ics")
@Tag(name = "Events")
public class CalendarResource {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final int MAX_EVENTS = 500;

    @Inject
    EventQueries queries;

    @Inject
    RoundupConfig config;

    @Inject
    Clock clock;

    @GET
    @Produces(MEDIA_TYPE + ";charset=utf-8")
    @Operation(summary = "Upcoming and recent events as iCalendar", description = "RFC 5545 with the RFC 7986"
            + " calendar properties NAME, DESCRIPTION, URL and REFRESH-INTERVAL; events that ended within"
            + " roundup.events.calendar-past (default 90 days) stay in it. Each event is all-day, its UID stable."
            + " It takes the filters of /api/v1/events (a calendar of one city's meetups: ?city=Berlin), at most"
            + " 500 events.")
    @APIResponse(responseCode = "400", description = "A malformed parameter",
            content = @Content(mediaType = dev.roundup.common.error.Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = dev.roundup.common.error.Problem.class)))
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = MEDIA_TYPE,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...")))
    @APIResponse(responseCode = "406", description = "The request's Accept header excludes text/calendar")
    public String calendar(@BeanParam EventFilterParams filters) {
        LocalDate today = LocalDate.now(clock);
        EventFilter filter = filters.filter("all");
        Where where = filter.where(today);
        if (!filters.whenGiven()) {
            where.and(EventFilter.LAST_DAY + " >= ?", today.minusDays(config.events().calendarPast().toDays()));
        }
        boolean latestFirst = filter.when() != EventFilter.When.UPCOMING && filters.whenGiven();
        return Biweekly.write(calendar(queries.calendar(where, latestFirst, MAX_EVENTS))).go();
    }

    ICalendar calendar(List<EventSummary> events) {
        RoundupConfig.Site site = config.site();
        String base = site.baseUrl().endsWith("/") ? site.baseUrl().substring(0, site.baseUrl().length() - 1)
                : site.baseUrl();
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Roundup API//Events//EN");
        String name = site.title() + " events";
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        calendar.setDescription("Conferences and meetups from the WIND sections of " + site.title());
        calendar.setUrl(base + "/events.ics");
        RefreshInterval refresh = new RefreshInterval(duration(config.events().calendarRefresh()));
        // RFC 7986 requires VALUE=DURATION on REFRESH-INTERVAL
        refresh.getParameters().setValue(ICalDataType.DURATION);
        calendar.setRefreshInterval(refresh);
        Date stamp = Date.from(clock.instant());
        String host = base.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
        for (EventSummary event : events) {
            VEvent vevent = new VEvent();
            vevent.setUid(event.slug() + "@" + host);
            vevent.setDateTimeStamp(stamp);
            vevent.setSummary(event.name());
            vevent.setDateStart(new DateStart(day(event.startsOn()), false));
            LocalDate last = event.endsOn() == null ? event.startsOn() : event.endsOn();
            // DTEND of an all-day event is exclusive: the day after the last
            vevent.setDateEnd(new DateEnd(day(last.plusDays(1)), false));
            if (event.url() != null) {
                vevent.setUrl(event.url());
            }
            if (event.city() != null) {
                vevent.setLocation(event.venue() == null ? event.city() : event.venue() + ", " + event.city());
            }
            vevent.setDescription(description(event, base));
            vevent.setStatus("cancelled".equals(event.status()) ? Status.cancelled() : Status.confirmed());
            calendar.addEvent(vevent);
        }
        return calendar;
    }

    private static Duration duration(java.time.Duration duration) {
        long seconds = duration.toSeconds();
        Duration.Builder builder = Duration.builder();
        if (seconds / 86_400 > 0) {
            builder.days((int) (seconds / 86_400));
        }
        if (seconds % 86_400 / 3600 > 0) {
            builder.hours((int) (seconds % 86_400 / 3600));
        }
        if (seconds % 3600 / 60 > 0) {
            builder.minutes((int) (seconds % 3600 / 60));
        }
        if (seconds % 60 > 0 || seconds == 0) {
            builder.seconds((int) (seconds % 60));
        }
        return builder.build();
    }

    private static String description(EventSummary event, String base) {
        StringBuilder text = new StringBuilder();
        if (event.role() != null) {
            text.append("Role: ").append(event.role()).append('\n');
        }
        if (!event.talks().isEmpty()) {
            text.append("Talks: ").append(event.talks().stream().map(ExtractedEvent.Talk::title)
                    .collect(Collectors.joining("; "))).append('\n');
        }
        if (event.approximate()) {
            text.append("The dates are approximate.\n");
        }
        text.append(base).append("/api/v1/events/").append(event.slug());
        return text.toString();
    }

    // biweekly writes date values in the JVM's zone; the instant of local midnight there keeps the day
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    }
}
