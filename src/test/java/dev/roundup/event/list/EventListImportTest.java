package dev.roundup.event.list;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.roundup.importer.FileOutcome;
import dev.roundup.importer.ImportReport;
import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.Fixtures;
import dev.roundup.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Two consecutive issues of a made-up newsletter with events lists (fixtures/event-lists), read through the API. */
@QuarkusTest
class EventListImportTest {

    private static final String LABEL = "test:event-lists";
    private static final String ISSUE_40 = "2026-03-03-ferrous-weekly-40";
    private static final String ISSUE_41 = "2026-03-10-ferrous-weekly-41";

    @Inject
    ImportService importService;

    @Inject
    EntityManager entityManager;

    private ImportReport report;

    @BeforeEach
    void importTheIssues() {
        removeTheIssues();
        report = importService.importTree(new ImportSource(Fixtures.ROOT.resolve("event-lists").toAbsolutePath(), LABEL),
                false);
        TestClock.fix("2026-03-05T12:00:00Z");
    }

    @AfterEach
    void removeTheIssues() {
        TestClock.release();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from post where source_root = :label").setParameter("label", LABEL)
                .executeUpdate());
    }

    private static JsonPath events(Map<String, String> filters) {
        return given().queryParams(filters).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .queryParam("when", "all").queryParam("sort", "start").when().get("/api/v1/events").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void every_dated_line_becomes_an_event_with_the_fields_it_gives() {
        JsonPath page = events(Map.of());
        assertThat(page.getList("items.name", String.class)).containsExactly("Trait Objects Night",
                "Pattern Matching Potluck", "Gem State Oxidizers", "Async Brunch", "FerrousConf", "Unsafe, Carefully");

        JsonPath lyon = events(Map.of("city", "lyon"));
        assertThat(lyon.getString("items[0].startsOn")).isEqualTo("2026-03-11");
        assertThat(lyon.getString("items[0].url")).isEqualTo("https://meet.example.org/lyon-ferrous/events/77/");
        assertThat(lyon.getString("items[0].mode")).isEqualTo("in-person");
        assertThat(lyon.getString("items[0].country")).isEqualTo("FR");
        assertThat(lyon.getString("items[0].countryCode")).isEqualTo("FR");
        assertThat(lyon.getString("items[0].regionHeading")).isEqualTo("Europe");
        assertThat(lyon.getMap("items[0].group")).containsEntry("name", "Lyon Ferrous")
                .containsEntry("url", "https://meet.example.org/lyon-ferrous");
        assertThat(lyon.getInt("items[0].mentionCount")).isEqualTo(2);
        assertThat(lyon.getMap("items[0].confidence")).containsKeys("name", "url", "start");

        JsonPath boise = events(Map.of("region", "US-ID"));
        assertThat(boise.getString("items[0].regionCode")).isEqualTo("US-ID");
        assertThat(boise.getList("items[0].talks.title")).containsExactly("Lightning talks", "Embedded pairing");
        assertThat(boise.getList("items[0].talks.url")).containsExactly("https://meet.example.org/gem-oxidizers/events/1/",
                "https://meet.example.org/gem-oxidizers/events/2/");

        JsonPath porto = events(Map.of("mode", "hybrid"));
        assertThat(porto.getList("items.name")).containsExactly("FerrousConf");
        assertThat(porto.getString("items[0].endsOn")).isEqualTo("2026-03-22");
    }

    @Test
    void a_meetup_listed_in_consecutive_issues_is_one_event_with_a_mention_in_each() {
        String slug = events(Map.of("city", "Lyon")).getString("items[0].slug");
        JsonPath event = given().when().get("/api/v1/events/" + slug).then().statusCode(200).extract().jsonPath();

        assertThat(event.getList("mentions.post.slug")).containsExactly(ISSUE_40, ISSUE_41);
        assertThat(event.getList("mentions.position", Integer.class)).containsExactly(2, 1);
        assertThat(event.getString("mentions[0].passage")).startsWith("* 2026-03-11 | Lyon, FR | [Lyon Ferrous]")
                .contains("Pattern Matching Potluck");
    }

    @Test
    void misspelt_months_and_dateless_lines_are_reported() {
        assertThat(warningsOf(ISSUE_40)).singleElement().asString().contains("month 'Marhc' read as March");
        assertThat(warningsOf(ISSUE_41)).singleElement().asString().contains("no date")
                .contains("The community calendar");
        assertThat(events(Map.of("q", "brunch")).getString("items[0].startsOn")).isEqualTo("2026-03-18");
    }

    private List<String> warningsOf(String slug) {
        return report.files().stream().filter(file -> slug.equals(file.slug())).findFirst()
                .map(FileOutcome::warnings).orElseThrow();
    }

    @Test
    void the_filters_find_events_by_place_group_and_words() {
        assertThat(events(Map.of("country", "GB")).getList("items.name")).containsExactly("Unsafe, Carefully");
        assertThat(events(Map.of("country", "uk")).getList("items.name")).containsExactly("Unsafe, Carefully");
        assertThat(events(Map.of("country", "Belgium")).getList("items.name")).containsExactly("Trait Objects Night");
        assertThat(events(Map.of("region", "north-america")).getList("items.name"))
                .containsExactly("Gem State Oxidizers", "Async Brunch");
        assertThat(events(Map.of("group", "flanders oxide")).getList("items.name"))
                .containsExactly("Trait Objects Night");
        assertThat(events(Map.of("q", "potluck")).getList("items.name")).containsExactly("Pattern Matching Potluck");
        assertThat(events(Map.of("q", "gem state")).getList("items.name")).containsExactly("Gem State Oxidizers");
        assertThat(events(Map.of("mode", "virtual", "region", "virtual")).getList("items.name"))
                .containsExactly("Trait Objects Night");
        assertThat(given().queryParam("from", "2026-03-01").queryParam("to", "2026-03-12").queryParam("mode", "in-person")
                .when().get("/api/v1/events").then().statusCode(200).extract().jsonPath().getList("items.name"))
                .containsExactly("Pattern Matching Potluck");
    }

    @Test
    void malformed_filters_are_problems_naming_the_parameter() {
        for (Map.Entry<String, String> bad : Map.of("mode", "underwater", "when", "soon", "from", "yesterday",
                "city", "x".repeat(201), "q", "x".repeat(501)).entrySet()) {
            JsonPath problem = given().queryParam(bad.getKey(), bad.getValue()).when().get("/api/v1/events").then()
                    .statusCode(400).contentType("application/problem+json").extract().jsonPath();
            assertThat(problem.getString("parameter")).isEqualTo(bad.getKey());
        }
        given().queryParam("mode", "underwater").when().get("/events.ics").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void the_calendar_takes_the_same_filters() {
        ICalendar lyon = Biweekly.parse(given().queryParam("city", "Lyon").when().get("/events.ics").then()
                .statusCode(200).extract().asString()).first();
        assertThat(lyon.getEvents()).extracting(event -> event.getSummary().getValue())
                .containsExactly("Pattern Matching Potluck");
        assertThat(lyon.getEvents().get(0).getUrl().getValue())
                .isEqualTo("https://meet.example.org/lyon-ferrous/events/77/");

        ICalendar europe = Biweekly.parse(given().queryParam("region", "Europe").queryParam("from", "2026-03-01")
                .when().get("/events.ics").then().statusCode(200).extract().asString()).first();
        assertThat(europe.getEvents()).extracting(VEvent::getSummary).extracting(summary -> summary.getValue())
                .containsExactlyInAnyOrder("Pattern Matching Potluck", "FerrousConf", "Unsafe, Carefully");
    }
}
