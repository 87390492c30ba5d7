package dev.roundup.link;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class LinkListTest extends DemoContentTest {

    /** Curated link items of the 13 published demo posts (the article has none). */
    static final int PUBLISHED_LINKS = 202;
    static final String WEEK_41 = "2026-10-10-interesting-stuff-week-41-2026";
    static final String WEEK_39 = "2026-09-27-interesting-stuff-week-39-2026";

    @Inject
    ImportService importService;

    @Test
    void lists_curated_links_newest_post_first_in_the_order_of_the_post() {
        Response response = given().when().get("/api/v1/links?size=3");

        response.then().statusCode(200).contentType(containsString("application/json"))
                .header("X-Total-Count", String.valueOf(PUBLISHED_LINKS))
                .header("Link", containsString("rel=\"next\""))
                .body("meta.total", equalTo(PUBLISHED_LINKS)).body("meta.totalPages", equalTo(68));
        JsonPath body = response.jsonPath();
        assertThat(body.getList("items.title", String.class)).containsExactly("Formal Methods for Working Engineers",
                "Hedged Requests, Measured", "The Outbox, the Inbox, and the Space Between");
        assertThat(body.getString("items[2].url"))
                .isEqualTo("https://martinfowler.com/articles/outbox-inbox-space-between.html");
        assertThat(body.getString("items[2].domain")).isEqualTo("martinfowler.com");
        assertThat(body.getString("items[0].section.heading")).isEqualTo("Distributed Computing");
        assertThat(body.getString("items[0].section.slug")).isEqualTo("distributed-computing");
        assertThat(body.getString("items[0].post.slug")).isEqualTo(DemoContent.WEEK_46);
        assertThat(body.getString("items[0].post.title")).isEqualTo("Interesting Stuff - Week 46, 2026");
        assertThat(body.getString("items[0].post.date")).isEqualTo("2026-11-15T17:02:40+01:00");
        assertThat(body.getString("items[0].post.url")).isEqualTo("http://localhost:8080/post/" + DemoContent.WEEK_46 + "/");
        assertThat(body.getList("items[0].tags.slug", String.class)).containsExactly("distributed-computing", "kafka",
                "generative-ai", "azure-data-explorer", "conferences");
        assertThat(body.getString("items[0].commentary.html")).startsWith("<");
        // once in a list: the markdown and the whole text are one fields= away
        assertThat(body.getMap("items[0].commentary")).containsOnlyKeys("html", "excerpt");
        assertThat(body.getMap("items[0]")).doesNotContainKeys("commentaryMarkdown", "commentaryText");
    }

    @Test
    void the_commentarys_markdown_and_whole_text_come_when_fields_names_them() {
        JsonPath asked = given().queryParam("post", DemoContent.WEEK_32).queryParam("size", 1)
                .queryParam("fields", "id,commentary,commentaryMarkdown,commentaryText").when().get("/api/v1/links")
                .then().statusCode(200).extract().jsonPath();
        long id = asked.getLong("items[0].id");
        JsonPath detail = given().when().get("/api/v1/links/" + id).then().statusCode(200).extract().jsonPath();

        assertThat(asked.getString("items[0].commentaryMarkdown")).isEqualTo(detail.getString("commentary.markdown"))
                .isNotBlank();
        assertThat(asked.getString("items[0].commentaryText")).isEqualTo(detail.getString("commentary.text"));
        assertThat(asked.getString("items[0].commentary.html")).isEqualTo(detail.getString("commentary.html"));
    }

    @Test
    void a_long_commentary_gets_an_excerpt_cut_at_a_word_with_an_ellipsis() {
        List<String> excerpts = given().when().get("/api/v1/links?size=100").jsonPath()
                .getList("items.commentary.excerpt", String.class);

        assertThat(excerpts).allMatch(excerpt -> excerpt.length() <= Excerpt.MAX_LENGTH + 1);
        assertThat(excerpts).anyMatch(excerpt -> excerpt.endsWith("…"));
        String week32 = given().when().get("/api/v1/links?post=" + DemoContent.WEEK_32 + "&size=1").jsonPath()
                .getString("items[0].commentary.excerpt");
        assertThat(week32).startsWith("A readable tour of the ways wall-clock time goes wrong in a cluster")
                .endsWith("…").doesNotContain("  ");
        assertThat(week32.substring(0, week32.length() - 1)).doesNotEndWith(" ");
    }

    @Test
    void wind_and_finally_links_are_not_curated_links() {
        Path folder = Fixtures.copyOf("links-by-kind");
        importService.importTree(new ImportSource(folder, "test:links-by-kind"), false);

        assertThat(titles("/api/v1/links?from=2026-07-12&to=2026-07-12")).containsExactly("A Curated Streaming Link");
        given().when().get("/api/v1/links?size=100&domain=wind.example.com").then().body("meta.total", equalTo(0));
        given().when().get("/api/v1/links?size=100&domain=finally.example.com").then().body("meta.total", equalTo(0));
        given().when().get("/api/v1/links").then().body("meta.total", equalTo(PUBLISHED_LINKS + 1));
    }

    @Test
    void drafts_and_scheduled_posts_links_never_appear() {
        given().when().get("/api/v1/links?size=100&tag=secret-sauce").then().statusCode(200).body("meta.total", equalTo(0));
        given().when().get("/api/v1/links?domain=drafts.example.com").then().body("meta.total", equalTo(0));
        given().when().get("/api/v1/links?domain=future.example.com").then().body("meta.total", equalTo(0));
        given().when().get("/api/v1/links?from=2099-01-01").then().body("meta.total", equalTo(0));
        for (int page = 1; page <= 3; page++) {
            given().when().get("/api/v1/links?size=100&page=" + page).then().statusCode(200)
                    .body("items.domain", not(hasItem("drafts.example.com")))
                    .body("items.domain", not(hasItem("future.example.com")))
                    .body("items.post.slug", not(hasItem("2026-07-05-hidden-draft")));
        }
    }

    @Test
    void every_kafka_link_since_september_is_every_link_of_the_kafka_posts_of_that_time() {
        List<String> posts = given().when().get("/api/v1/links?tag=kafka&from=2026-09-01&to=2026-09-30&size=100")
                .jsonPath().getList("items.post.slug", String.class);

        assertThat(posts).hasSize(18 + 17 + 18).containsOnly(DemoContent.WEEK_36, DemoContent.WEEK_37,
                DemoContent.WEEK_38);
        assertThat(posts.indexOf(DemoContent.WEEK_36)).isGreaterThan(posts.lastIndexOf(DemoContent.WEEK_37));
        // week 39 has no Kafka tag, the article no link items
        given().when().get("/api/v1/links?tag=kafka&from=2026-06-01&size=100").then()
                .body("meta.total", equalTo(PUBLISHED_LINKS - 13)).body("items.post.slug", not(hasItem(WEEK_39)));
    }

    @Test
    void tag_filter_needs_all_tags_by_default_and_any_on_request() {
        given().when().get("/api/v1/links?tag=rag&tag=Podcast&size=100").then()
                .body("meta.total", equalTo(17)).body("items.post.slug", not(hasItem(WEEK_41)));
        // RAG: weeks 34, 37, 40, 45; podcast: weeks 37, 41
        given().when().get("/api/v1/links?tag=rag&tag=podcast&tagMode=any").then()
                .body("meta.total", equalTo(17 + 17 + 17 + 13 + 17));
    }

    @Test
    void filters_by_section_domain_post_and_dates_exactly() {
        assertThat(titles("/api/v1/links?section=Podcast")).containsExactly("Logs All the Way Down",
                "Running Data Teams in a Recession", "The State of Open Table Formats", "What Streaming Teams Get Wrong",
                "Data Contracts, One Year Later", "Streaming Systems at a Bank", "The Small Model Renaissance",
                "Operating Databases on Kubernetes");
        assertThat(titles("/api/v1/links?domain=WWW.MartinFowler.com")).containsExactly(
                "The Outbox, the Inbox, and the Space Between", "Event Sourcing Is Not a Streaming Platform",
                "Zero-Downtime Schema Changes", "Leases, Fencing Tokens, and the Zombie Leader");
        assertThat(titles("/api/v1/links?post=" + DemoContent.WEEK_38 + "&section=streaming")).containsExactly(
                "Streaming SQL That Does Not Surprise You", "Flink SQL and Changelog Streams",
                "Kafka on the Edge: Lessons from a Fleet of Ships", "Cells and Streams",
                "Testing Stream Processors with Time Travel", "Last Time: Zombie Leaders and Retry Storms");
        assertThat(titles("/api/v1/links?domain=podcasts.example-data.fm&from=2026-10-01&to=2026-10-31"))
                .containsExactly("Logs All the Way Down", "Running Data Teams in a Recession",
                        "What Streaming Teams Get Wrong");
        assertThat(titles("/api/v1/links?domain=podcasts.example-data.fm&to=2026-09-30")).containsExactly(
                "Data Contracts, One Year Later", "Streaming Systems at a Bank");
        given().when().get("/api/v1/links?from=2026-11-08&to=2026-11-08").then().body("meta.total", equalTo(13))
                .body("items.post.slug", not(hasItem(DemoContent.WEEK_46)));
        given().when().get("/api/v1/links?post=no-such-post").then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void sorts_by_date_title_and_domain_either_way() {
        List<String> oldestFirst = titles("/api/v1/links?sort=date&size=3");
        assertThat(oldestFirst).containsExactly("Your Clocks Are Lying, Politely", "Idempotency Keys in Practice",
                "Consensus for the Rest of Us: A Raft Walkthrough in Pictures");
        List<OffsetDateTime> dates = given().when().get("/api/v1/links?size=100&sort=-date").jsonPath()
                .getList("items.post.date", String.class).stream().map(OffsetDateTime::parse).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.toInstant().compareTo(a.toInstant()));

        assertThat(titles("/api/v1/links?sort=title&size=3")).containsExactly("A Field Guide to Hallucinations",
                "A First Look at the Native JSON Type", "A Gentle Introduction to Stream–Table Joins");
        assertThat(titles("/api/v1/links?sort=-title&size=3")).containsExactly("Zero-Downtime Schema Changes",
                "Your Vector Index Needs Maintenance Too", "Your Validation Set Is Leaking");
        assertThat(titles("/api/v1/links?sort=title&size=100")).isSorted();

        List<String> domains = given().when().get("/api/v1/links?size=100&sort=domain").jsonPath()
                .getList("items.domain", String.class);
        assertThat(domains.get(0)).isEqualTo("ai-economics.example.com");
        assertThat(domains).isSorted();
        assertThat(given().when().get("/api/v1/links?size=2&sort=-domain").jsonPath().getList("items.domain"))
                .containsExactly("vectors.example.io", "vectors.example.io");
    }

    @Test
    void page_numbers_and_cursors_walk_the_same_list_for_every_sort() {
        for (String sort : List.of("-date", "date", "title", "-title", "domain", "-domain")) {
            List<Long> byPage = new ArrayList<>();
            for (int page = 1; page <= 5; page++) {
                byPage.addAll(ids("/api/v1/links?size=50&sort=" + sort + "&page=" + page));
            }
            List<Long> byCursor = new ArrayList<>();
            String cursor = "";
            do {
                JsonPath body = given().queryParam("size", 50).queryParam("sort", sort).queryParam("cursor", cursor)
                        .when().get("/api/v1/links").then().statusCode(200).extract().jsonPath();
                byCursor.addAll(body.getList("items.id", Long.class));
                cursor = body.getString("meta.nextCursor");
            } while (cursor != null);

            assertThat(byPage).as(sort).hasSize(PUBLISHED_LINKS).doesNotHaveDuplicates();
            assertThat(byCursor).as(sort).containsExactlyElementsOf(byPage);
        }
    }

    @Test
    void a_cursor_page_keeps_filters_and_links_to_the_next_cursor() {
        JsonPath first = given().when().get("/api/v1/links?section=podcast&size=3").jsonPath();
        String cursor = first.getString("meta.nextCursor");
        Response second = given().queryParam("section", "podcast").queryParam("size", 3).queryParam("cursor", cursor)
                .when().get("/api/v1/links");

        second.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        assertThat(second.jsonPath().getList("items.title", String.class)).containsExactly(
                "What Streaming Teams Get Wrong", "Data Contracts, One Year Later", "Streaming Systems at a Bank");
    }

    @Test
    void sparse_fields_return_only_what_was_asked() {
        given().when().get("/api/v1/links?size=2&fields=id,title,post").then().statusCode(200)
                .body("items[0].keySet()", equalTo(Set.of("id", "title", "post")))
                .body("items[0].post.slug", equalTo(DemoContent.WEEK_46))
                .body("meta.total", equalTo(PUBLISHED_LINKS));
    }

    static List<String> titles(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
    }

    private static List<Long> ids(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    @Test
    void q_keeps_the_links_that_match_it_with_the_search_engines_syntax() {
        JsonPath all = given().when().get("/api/v1/links?q=watermarks&size=100&fields=title,commentaryMarkdown").then()
                .statusCode(200).extract().jsonPath();
        List<String> commentaries = all.getList("items.commentaryMarkdown");
        List<String> titles = all.getList("items.title");
        assertThat(titles).contains("Watermarks That Never Move");
        for (int index = 0; index < titles.size(); index++) {
            assertThat((titles.get(index) + " " + commentaries.get(index)).toLowerCase()).contains("watermark");
        }
        JsonPath withoutKafka = given().when().get("/api/v1/links?size=100&q=" + "watermarks -kafka").jsonPath();
        assertThat(withoutKafka.getList("items.title")).doesNotContain("Watermarks That Never Move")
                .hasSizeLessThan(titles.size());
        given().when().get("/api/v1/links?q=" + "x".repeat(501)).then().statusCode(400).body("parameter", equalTo("q"));
    }
}
