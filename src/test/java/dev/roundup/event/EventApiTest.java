package dev.roundup.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Fixtures;
import dev.roundup.support.StatementCounter;
import dev.roundup.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EventApiTest extends DemoContentTest {

    static final String LABEL = "test:events";

    @Inject
    ImportService importService;

    @Inject
    StatementCounter sql;

    @BeforeEach
    void content() {
        importService.importTree(new ImportSource(Fixtures.ROOT.resolve("events").toAbsolutePath(), LABEL), false);
        TestClock.fix("2026-10-10T12:00:00Z");
    }

    @AfterEach
    void release() {
        TestClock.release();
    }

    @Test
    void upcoming_events_are_those_not_over_yet_soonest_first() {
        JsonPath page = given().when().get("/api/v1/events").then().statusCode(200).header("X-Total-Count", "4")
                .extract().jsonPath();

        assertThat(page.getList("items.slug")).containsExactly("madrid-streaming-meetup-2026",
                "women-in-data-engineering-network-2026", "stream-summit-berlin-2026", "data-saturday-dublin-2026");
        assertThat(page.getList("items.startsOn")).containsExactly("2026-10-29", "2026-11-02", "2026-11-28", "2026-12-05");
        assertThat(page.getList("items.role")).containsExactly("organiser", "speaker", "speaker", "speaker");
        assertThat(page.getList("items.approximate")).containsOnly(false);
    }

    @Test
    void past_events_come_latest_first_and_all_holds_both() {
        assertThat(given().queryParam("when", "past").when().get("/api/v1/events").jsonPath().getList("items.slug"))
                .containsExactly("data-saturday-lisbon-2026", "braga-data-science-group-2026", "porto-data-community-2026");
        assertThat(given().queryParam("when", "all").queryParam("sort", "start").when().get("/api/v1/events")
                .jsonPath().getList("items.startsOn")).containsExactly("2026-09-12", "2026-09-19", "2026-10-03",
                        "2026-10-29", "2026-11-02", "2026-11-28", "2026-12-05");
    }

    @Test
    void now_comes_from_the_clock() {
        TestClock.fix("2026-11-30T08:00:00Z");
        assertThat(given().when().get("/api/v1/events").jsonPath().getList("items.slug"))
                .containsExactly("data-saturday-dublin-2026");
    }

    @Test
    void filters_by_city_role_and_dates() {
        assertThat(given().queryParam("when", "all").queryParam("city", "berlin").when().get("/api/v1/events")
                .jsonPath().getList("items.name")).containsExactly("Stream Summit Berlin");
        assertThat(given().queryParam("when", "all").queryParam("role", "organiser").when().get("/api/v1/events")
                .jsonPath().getList("items.slug")).containsExactly("madrid-streaming-meetup-2026",
                        "braga-data-science-group-2026");
        assertThat(given().queryParam("when", "all").queryParam("from", "2026-10-01").queryParam("to", "2026-11-01")
                .queryParam("sort", "start").when().get("/api/v1/events").jsonPath().getList("items.slug"))
                .containsExactly("data-saturday-lisbon-2026", "madrid-streaming-meetup-2026");
    }

    @Test
    void an_event_mentioned_over_many_weeks_is_one_event_listing_every_post() {
        JsonPath event = given().when().get("/api/v1/events/data-saturday-lisbon-2026").then().statusCode(200)
                .extract().jsonPath();

        assertThat(event.getString("name")).isEqualTo("Data Saturday Lisbon");
        assertThat(event.getString("startsOn")).isEqualTo("2026-10-03");
        assertThat(event.getString("url")).isEqualTo("https://datasaturdays.example.org/2026-10-03-lisbon/");
        assertThat(event.getString("city")).isEqualTo("Lisbon");
        assertThat(event.getString("role")).isEqualTo("speaker");
        assertThat(event.getString("status")).isEqualTo("scheduled");
        assertThat(event.getList("talks.title")).containsExactly("Watermarks, Late Data, and Other Lies Our Dashboards Tell",
                "From Kafka Topic to Answer: Retrieval over Live Data");
        assertThat(event.getDouble("confidence.start")).isGreaterThan(0.9);
        assertThat(event.getList("mentions.post.slug")).containsExactly(DemoContent.WEEK_32, DemoContent.WEEK_34,
                DemoContent.WEEK_36, DemoContent.WEEK_37, DemoContent.WEEK_38,
                "2026-09-27-interesting-stuff-week-39-2026", "2026-10-04-interesting-stuff-week-40-2026",
                // the slides of the event, a week after it: a mention without a date, of the same event
                "2026-10-10-interesting-stuff-week-41-2026");
        assertThat(event.getString("mentions[6].passage"))
                .isEqualTo("Yesterday was Data Saturday Lisbon, and what a day it was.");
        assertThat(event.getString("mentions[6].startsOn")).isEqualTo("2026-10-03");
        assertThat(event.getList("mentions[6].flags")).isEmpty();
        assertThat(event.getString("mentions[7].startsOn")).isNull();
        assertThat(event.getList("mentions[7].flags")).containsExactly("undated");
    }

    @Test
    void a_weekday_that_contradicts_its_date_keeps_the_date() {
        JsonPath event = given().when().get("/api/v1/events/stream-summit-berlin-2026").jsonPath();
        assertThat(event.getString("startsOn")).isEqualTo("2026-11-28");
        assertThat(event.getList("mentions.post.slug")).hasSize(4);
    }

    @Test
    void hidden_posts_never_show_through_events() {
        given().when().get("/api/v1/events/hush-conference-oslo-2026").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/events/quantum-streams-day-2099").then().statusCode(404);
        JsonPath dublin = given().when().get("/api/v1/events/data-saturday-dublin-2026").jsonPath();
        assertThat(dublin.getList("mentions.post.slug")).containsExactly(DemoContent.WEEK_46);
        assertThat(given().queryParam("when", "all").queryParam("size", "100").when().get("/api/v1/events").jsonPath()
                .getList("items.name")).doesNotContain("Hush Conference Oslo", "Quantum Streams Day");
    }

    @Test
    void a_post_lists_the_events_it_mentions() {
        JsonPath post = given().when().get("/api/v1/posts/2026-11-01-interesting-stuff-week-44-2026").jsonPath();
        assertThat(post.getList("events.slug")).containsExactly("madrid-streaming-meetup-2026",
                "women-in-data-engineering-network-2026", "stream-summit-berlin-2026");
        assertThat(post.getString("events[2].startsOn")).isEqualTo("2026-11-28");
        assertThat(post.getString("events[2].url")).isEqualTo("https://streamsummit.example.de/berlin-2026/");
    }

    @Test
    void malformed_parameters_are_problems_naming_them() {
        for (List<String> bad : List.of(List.of("when", "soon"), List.of("role", "juggler"), List.of("from", "next week"),
                List.of("to", "2026-13-01"), List.of("size", "0"), List.of("sort", "venue"))) {
            given().queryParam(bad.get(0), bad.get(1)).when().get("/api/v1/events").then().statusCode(400)
                    .contentType("application/problem+json").body("parameter", equalTo(bad.get(0)));
        }
        given().when().get("/api/v1/events/no-such-event").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_page_of_events_costs_two_statements_whatever_its_size() {
        long before = sql.statementsRun();
        given().queryParam("when", "all").queryParam("size", "100").when().get("/api/v1/events").then().statusCode(200);
        long large = sql.statementsRun() - before;
        before = sql.statementsRun();
        given().queryParam("when", "all").queryParam("size", "1").when().get("/api/v1/events").then().statusCode(200);
        assertThat(large).isEqualTo(2).isEqualTo(sql.statementsRun() - before);
    }

    @Test
    void pages_follow_the_cursor_without_gaps() {
        JsonPath first = given().queryParam("when", "all").queryParam("size", "3").when().get("/api/v1/events").jsonPath();
        String cursor = first.getString("meta.nextCursor");
        JsonPath second = given().queryParam("when", "all").queryParam("size", "3").queryParam("cursor", cursor).when()
                .get("/api/v1/events").jsonPath();
        assertThat(first.getList("items.slug")).hasSize(3);
        assertThat(second.getList("items.slug")).hasSize(3).doesNotContainAnyElementsOf(first.getList("items.slug"));
    }
}
