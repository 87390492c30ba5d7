package dev.roundup.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CalendarTest extends DemoContentTest {

    @BeforeEach
    void content() {
        TestClock.fix("2026-11-01T12:00:00Z");
    }

    @AfterEach
    void release() {
        TestClock.release();
    }

    @Test
    void the_calendar_holds_upcoming_and_recent_events_and_reads_back_without_warnings() throws Exception {
        String text = given().when().get("/events.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();

        ICalendar calendar;
        try (ICalReader reader = new ICalReader(text)) {
            calendar = reader.readNext();
            List<ParseWarning> warnings = reader.getWarnings();
            assertThat(warnings).isEmpty();
        }
        assertThat(calendar.getNames().get(0).getValue()).isEqualTo("Roundup API demo blog events");
        assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("Roundup API demo blog events");
        assertThat(calendar.getRefreshInterval().getValue().toMillis()).isEqualTo(12 * 3600 * 1000L);
        assertThat(calendar.getUrl().getValue()).isEqualTo("http://localhost:8080/events.ics");
        // on 1 November: everything from 3 August on (90 days back), so the whole demo autumn
        assertThat(calendar.getEvents()).extracting(event -> event.getSummary().getValue()).containsExactly(
                "Porto Data Community", "Braga Data Science group", "Data Saturday Lisbon", "Madrid Streaming Meetup",
                "Women in Data Engineering network", "Stream Summit Berlin", "Data Saturday Dublin");
        VEvent berlin = calendar.getEvents().get(5);
        assertThat(berlin.getUid().getValue()).isEqualTo("stream-summit-berlin-2026@localhost");
        assertThat(berlin.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(berlin.getDateStart().getValue())).isEqualTo("2026-11-28");
        assertThat(day(berlin.getDateEnd().getValue())).isEqualTo("2026-11-29");
        assertThat(berlin.getUrl().getValue()).isEqualTo("https://streamsummit.example.de/berlin-2026/");
        assertThat(berlin.getLocation().getValue()).isEqualTo("Berlin");
        assertThat(berlin.getDescription().getValue()).contains("Role: speaker",
                "From Kafka Topic to Answer: Retrieval over Live Data", "/api/v1/events/stream-summit-berlin-2026");
        assertThat(text).contains("REFRESH-INTERVAL;VALUE=DURATION:PT12H", "DTSTART;VALUE=DATE:20261128");
    }

    @Test
    void events_over_long_ago_leave_the_calendar() {
        TestClock.fix("2027-03-01T12:00:00Z");
        ICalendar calendar = Biweekly.parse(given().when().get("/events.ics").asString()).first();
        assertThat(calendar.getEvents()).extracting(event -> event.getSummary().getValue())
                .containsExactly("Data Saturday Dublin");
    }

    private static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
