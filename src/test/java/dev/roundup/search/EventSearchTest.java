package dev.roundup.search;

import static dev.roundup.search.SearchClient.search;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Fixtures;
import dev.roundup.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Events as search results, over the demo content: the events of the WIND sections, each with the latest
 * published post that mentions it.
 */
@QuarkusTest
class EventSearchTest extends DemoContentTest {

    private static final String WIND = "wind-what-is-nora-doing";
    private static final String WEEK_41 = "2026-10-10-interesting-stuff-week-41-2026";
    private static final String WEEK_44 = "2026-11-01-interesting-stuff-week-44-2026";
    private static final String EDITORS_EVENT = """
            {"name": "Fjord Lakehouse Forum", "startsOn": "2027-02-11", "city": "Bergen", "country": "Norway",
             "url": "https://www.lakehouse-forum.example.no/2027/",
             "description": "A day about table formats & catalogs, by the sea.",
             "talks": [{"title": "Snapshots Are Promises", "summary": "What an Iceberg commit commits you to."}]}""";

    @Inject
    ImportService importService;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void removeTheEditorsEvent() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from event where slug like 'fjord-lakehouse-forum%'").executeUpdate());
    }

    @Test
    void an_event_is_a_result_with_its_name_link_date_post_and_highlights() {
        JsonPath body = search("Data Saturday Lisbon");

        assertThat(body.getString("items[0].type")).isEqualTo("event");
        assertThat(body.getString("items[0].slug")).isEqualTo("data-saturday-lisbon-2026");
        assertThat(body.getString("items[0].title")).isEqualTo("Data Saturday Lisbon");
        assertThat(body.getString("items[0].url")).isEqualTo("https://datasaturdays.example.org/2026-10-03-lisbon/");
        assertThat(body.getString("items[0].domain")).isEqualTo("datasaturdays.example.org");
        assertThat(body.getString("items[0].date")).isEqualTo("2026-10-03T00:00:00Z");
        // the latest of the eight posts that mention it (week 41: its slides are online)
        assertThat(body.getString("items[0].post.slug")).isEqualTo(WEEK_41);
        assertThat(body.getString("items[0].post.title")).isEqualTo("Interesting Stuff - Week 41, 2026");
        assertThat(body.getString("items[0].post.url")).endsWith("/post/" + WEEK_41 + "/");
        assertThat(body.getString("items[0].post.date")).isEqualTo("2026-10-11T09:30:52+02:00");
        assertThat(body.getString("items[0].section.slug")).isEqualTo(WIND);
        assertThat(body.getString("items[0].highlight.title"))
                .isEqualTo("<mark>Data</mark> <mark>Saturday</mark> <mark>Lisbon</mark>");
        assertThat(body.getFloat("items[0].score")).isPositive();

        // the description and the talks are the event's text; its snippet is escaped like every other
        JsonPath dashboards = search("dashboards real-time customers", "type", "event");
        assertThat(dashboards.getList("items.title", String.class)).containsExactly("Data Saturday Lisbon");
        assertThat(dashboards.getString("items[0].highlight.text")).contains("<mark>customers</mark>")
                .contains("&quot;").doesNotContain("\"");
        assertThat(dashboards.getString("items[0].highlight.text").replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<", ">");
    }

    @Test
    void the_type_filter_takes_events_alone_or_with_other_types() {
        JsonPath events = search("kafka", "type", "event", "size", "100");
        assertThat(events.getList("items.type", String.class)).containsOnly("event");
        assertThat(events.getList("items.title", String.class)).containsExactlyInAnyOrder("Porto Data Community",
                "Data Saturday Lisbon", "Madrid Streaming Meetup", "Stream Summit Berlin");

        int links = search("kafka", "type", "link").getInt("meta.total");
        JsonPath both = search("kafka", "type", "event", "type", "link", "size", "100");
        assertThat(both.getInt("meta.total")).isEqualTo(links + 4);
        assertThat(both.getList("items.type", String.class)).containsOnly("event", "link");
        assertThat(search("kafka", "type", "event,post").getInt("meta.total"))
                .isEqualTo(4 + search("kafka", "type", "post").getInt("meta.total"));
    }

    @Test
    void facets_count_events_as_their_filters_find_them() {
        JsonPath body = search("kafka", "size", "1");
        Map<String, Integer> types = counts(body, "type");
        Map<String, Integer> sections = counts(body, "section");
        Map<String, Integer> tags = counts(body, "tag");

        assertThat(types.get("event")).isEqualTo(4);
        assertThat(types.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(body.getInt("meta.total"));
        // the events stand in their posts' WIND sections; nothing else of the results does
        assertThat(sections.get(WIND)).isEqualTo(4)
                .isEqualTo(search("kafka", "type", "event,link", "section", WIND).getInt("meta.total"));
        assertThat(counts(body, "year")).containsExactly(Map.entry("2026", body.getInt("meta.total")));
        assertThat(tags.get("kafka")).isEqualTo(search("kafka", "tag", "kafka").getInt("meta.total"));
        // an event counts under its post's tags (Lisbon: week 41, Apache Iceberg; Berlin: week 46, Conferences)
        Map<String, Integer> eventTags = counts(search("kafka", "type", "event"), "tag");
        assertThat(eventTags.get("kafka")).isEqualTo(4);
        for (String tag : List.of("apache-iceberg", "conferences")) {
            assertThat(eventTags.get(tag)).as(tag).isEqualTo(1)
                    .isEqualTo(search("kafka", "type", "event", "tag", tag).getInt("meta.total"));
        }
    }

    @Test
    void tag_section_domain_and_dates_filter_events_by_their_post_wind_section_link_and_own_date() {
        // Lisbon's latest post (week 41) is tagged Apache Iceberg; Madrid's (week 44) Workshop
        assertThat(search("kafka", "type", "event", "tag", "apache-iceberg").getList("items.title", String.class))
                .containsExactly("Data Saturday Lisbon");
        JsonPath workshop = search("kafka", "type", "event", "tag", "workshop", "tag", "dotnet");
        assertThat(workshop.getList("items.title", String.class)).containsExactly("Madrid Streaming Meetup");
        assertThat(workshop.getString("items[0].post.slug")).isEqualTo(WEEK_44);

        assertThat(search("kafka", "type", "event", "section", WIND).getInt("meta.total")).isEqualTo(4);
        assertThat(search("kafka", "type", "event", "section", "streaming").getInt("meta.total")).isZero();
        assertThat(search("kafka", "section", "streaming", "size", "100").getList("items.type", String.class))
                .isNotEmpty().doesNotContain("event");

        JsonPath meetups = search("kafka", "type", "event", "domain", "www.Meetup.example.com");
        assertThat(meetups.getList("items.title", String.class)).containsExactlyInAnyOrder("Porto Data Community",
                "Madrid Streaming Meetup");
        assertThat(meetups.getList("items.domain", String.class)).containsOnly("meetup.example.com");

        // Madrid's event is on October 29 and its post of November 1: the event's date is what counts
        JsonPath october = search("kafka", "type", "event", "from", "2026-10-01", "to", "2026-10-31");
        assertThat(october.getList("items.title", String.class)).containsExactlyInAnyOrder("Data Saturday Lisbon",
                "Madrid Streaming Meetup");
        assertThat(search("kafka", "type", "event", "sort", "date").getList("items.date", String.class)).containsExactly(
                "2026-11-28T00:00:00Z", "2026-10-29T00:00:00Z", "2026-10-03T00:00:00Z", "2026-09-12T00:00:00Z");
    }

    @Test
    void events_only_drafts_or_future_posts_mention_never_match() {
        importService.importTree(new ImportSource(Fixtures.ROOT.resolve("events").toAbsolutePath(), "test:events"),
                false);

        assertThat(search("Hush Conference Oslo").getInt("meta.total")).isZero();
        assertThat(search("Quantum Streams Day").getInt("meta.total")).isZero();
        // Dublin is also in the draft: its post stays the published one
        JsonPath dublin = search("Data Saturday Dublin", "type", "event");
        assertThat(dublin.getList("items.title", String.class)).containsExactly("Data Saturday Dublin");
        assertThat(dublin.getString("items[0].post.slug")).isEqualTo(DemoContent.WEEK_46);
        JsonPath suggestions = given().queryParam("q", "hush conf").when().get("/api/v1/search/suggest").then()
                .statusCode(200).extract().jsonPath();
        assertThat(suggestions.getList("titles")).isEmpty();
    }

    @Test
    void an_editors_event_is_found_as_corrected_without_a_post() {
        String etag = given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(EDITORS_EVENT).when().post("/api/v1/events").then().statusCode(201).extract().header("ETag");

        JsonPath found = search("snapshots iceberg commit", "type", "event");
        assertThat(found.getList("items.title", String.class)).containsExactly("Fjord Lakehouse Forum");
        assertThat(found.getString("items[0].slug")).isEqualTo("fjord-lakehouse-forum-2027");
        assertThat(found.getString("items[0].url")).isEqualTo("https://www.lakehouse-forum.example.no/2027/");
        assertThat(found.getString("items[0].domain")).isEqualTo("lakehouse-forum.example.no");
        assertThat(found.getString("items[0].date")).isEqualTo("2027-02-11T00:00:00Z");
        assertThat(found.getMap("items[0]")).doesNotContainKeys("post", "section");
        assertThat(found.getString("items[0].highlight.text")).contains("<mark>Snapshots</mark>");
        assertThat(search("catalogs by the sea", "type", "event").getString("items[0].highlight.text"))
                .contains("formats &amp; <mark>catalogs</mark>");
        assertThat(search("bergen norway", "type", "event").getList("items.title", String.class))
                .containsExactly("Fjord Lakehouse Forum");
        // no post: no tags, no WIND section
        assertThat(search("snapshots iceberg commit", "type", "event", "tag", "kafka").getInt("meta.total")).isZero();
        assertThat(search("snapshots iceberg commit", "type", "event", "section", WIND).getInt("meta.total")).isZero();

        given().header("Authorization", Tokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"name\": \"Fjord Table Format Forum\"}")
                .when().patch("/api/v1/events/fjord-lakehouse-forum-2027").then().statusCode(200);
        assertThat(search("table format forum", "type", "event").getList("items.title", String.class))
                .containsExactly("Fjord Table Format Forum");
        assertThat(search("fjord lakehouse forum", "size", "100").getList("items.title", String.class))
                .doesNotContain("Fjord Lakehouse Forum", "Fjord Table Format Forum");
        assertThat(given().when().get("/api/v1/events/fjord-lakehouse-forum-2027").jsonPath().getString("name"))
                .isEqualTo("Fjord Table Format Forum");
    }

    @Test
    void suggestions_and_spelling_corrections_know_event_names() {
        JsonPath suggestions = given().queryParam("q", "stream summ").when().get("/api/v1/search/suggest").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> titles = suggestions.getList("titles");
        assertThat(titles).anySatisfy(title -> assertThat(title).containsEntry("type", "event")
                .containsEntry("title", "Stream Summit Berlin")
                .containsEntry("url", "https://streamsummit.example.de/berlin-2026/")
                .containsEntry("eventSlug", "stream-summit-berlin-2026")
                .containsEntry("postSlug", DemoContent.WEEK_46));

        // "dublin" is no title's or tag's word: only the event name teaches it
        JsonPath corrected = search("dubblin saturday");
        assertThat(corrected.getString("didYouMean")).isEqualTo("dublin saturday");
        assertThat(corrected.getString("items[0].title")).isEqualTo("Data Saturday Dublin");
    }

    private static Map<String, Integer> counts(JsonPath body, String facet) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> entries = body.getList("facets." + facet);
        entries.forEach(entry -> counts.put((String) entry.get("value"), (Integer) entry.get("count")));
        return counts;
    }
}
