package dev.roundup.link;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class LinkDetailTest extends DemoContentTest {

    private static final String CLOCKS = "https://www.example-streams.io/blog/your-clocks-are-lying-politely";

    @Test
    void one_link_item_has_the_summary_fields_and_the_whole_commentary() {
        long id = firstLinkOf(DemoContent.WEEK_32);

        JsonPath link = given().when().get("/api/v1/links/" + id).then().statusCode(200).extract().jsonPath();

        assertThat(link.getLong("id")).isEqualTo(id);
        assertThat(link.getString("title")).isEqualTo("Your Clocks Are Lying, Politely");
        assertThat(link.getString("url")).isEqualTo(CLOCKS);
        assertThat(link.getString("domain")).isEqualTo("example-streams.io");
        assertThat(link.getInt("position")).isZero();
        assertThat(link.getString("section.heading")).isEqualTo("Distributed Computing");
        assertThat(link.getString("post.slug")).isEqualTo(DemoContent.WEEK_32);
        assertThat(link.getString("post.date")).isEqualTo("2026-08-09T10:12:44+02:00");
        assertThat(link.getList("tags.name", String.class)).containsExactly("Kafka", "Flink", "distributed computing",
                "Generative AI", "Postgres");
        String text = link.getString("commentary.text");
        assertThat(text).startsWith("A readable tour").endsWith("I have already forwarded this to two teams.")
                .hasSize(401);
        assertThat(link.getString("commentary.excerpt")).endsWith("…").hasSizeLessThan(text.length());
        assertThat(link.getString("commentary.markdown")).contains("hybrid logical clocks");
        assertThat(link.getString("commentary.html")).contains("hybrid logical clocks");
    }

    @Test
    void a_link_item_can_be_cut_down_to_some_fields() {
        long id = firstLinkOf(DemoContent.WEEK_32);

        given().when().get("/api/v1/links/" + id + "?fields=title,post").then().statusCode(200)
                .body("keySet()", equalTo(Set.of("title", "post")))
                .body("post.slug", equalTo(DemoContent.WEEK_32));
    }

    @Test
    void unknown_hidden_and_malformed_ids_are_never_a_500() {
        given().when().get("/api/v1/links/999999999").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/v1/links/abc").then().statusCode(400).body("parameter", equalTo("id"));
        given().when().get("/api/v1/links/99999999999999999999999").then().statusCode(400).body("parameter", equalTo("id"));
        given().when().get("/api/v1/links/-1").then().statusCode(404);
        List<Long> hidden = hiddenLinkIds();
        assertThat(hidden).hasSize(2);
        for (long id : hidden) {
            given().when().get("/api/v1/links/" + id).then().statusCode(404);
        }
    }

    @Test
    void lookup_finds_an_article_however_its_url_is_spelled() {
        for (String spelling : List.of(CLOCKS, "http://example-streams.io/blog/your-clocks-are-lying-politely/",
                "https://WWW.example-streams.io/blog/your-clocks-are-lying-politely?utm_source=feed&utm_medium=rss#top",
                "example-streams.io/blog/your-clocks-are-lying-politely")) {
            JsonPath answer = given().queryParam("url", spelling).when().get("/api/v1/links/lookup").then()
                    .statusCode(200).extract().jsonPath();

            assertThat(answer.getString("url")).isEqualTo(spelling);
            assertThat(answer.getString("normalizedUrl")).isEqualTo("example-streams.io/blog/your-clocks-are-lying-politely");
            assertThat(answer.getBoolean("featured")).as(spelling).isTrue();
            assertThat(answer.getInt("count")).isEqualTo(1);
            assertThat(answer.getList("items.title")).containsExactly("Your Clocks Are Lying, Politely");
            assertThat(answer.getString("items[0].post.slug")).isEqualTo(DemoContent.WEEK_32);
        }
    }

    @Test
    void lookup_of_an_article_never_featured_says_so() {
        given().queryParam("url", "https://example-streams.io/blog/never-written").when().get("/api/v1/links/lookup")
                .then().statusCode(200).body("featured", equalTo(false)).body("count", equalTo(0))
                .body("items.size()", equalTo(0));
    }

    @Test
    void lookup_never_reveals_links_of_hidden_posts() {
        for (String url : List.of("https://drafts.example.com/unfinished-streams",
                "https://future.example.com/streams-of-tomorrow")) {
            given().queryParam("url", url).when().get("/api/v1/links/lookup").then().statusCode(200)
                    .body("featured", equalTo(false)).body("count", equalTo(0));
        }
    }

    @Test
    void lookup_needs_a_web_address() {
        given().when().get("/api/v1/links/lookup").then().statusCode(400).body("parameter", equalTo("url"));
        given().queryParam("url", "  ").when().get("/api/v1/links/lookup").then().statusCode(400)
                .body("parameter", equalTo("url"));
        given().queryParam("url", "mailto:nora@example.com").when().get("/api/v1/links/lookup").then().statusCode(400)
                .body("parameter", equalTo("url"));
        given().queryParam("url", "https://exa mple.com/x").when().get("/api/v1/links/lookup").then().statusCode(400)
                .body("parameter", equalTo("url"));
        given().queryParam("url", "ftp://example.com/file").when().get("/api/v1/links/lookup").then().statusCode(400)
                .body("parameter", equalTo("url"));
    }

    private static long firstLinkOf(String post) {
        return given().when().get("/api/v1/links?size=1&post=" + post).jsonPath().getLong("items[0].id");
    }

    private static List<Long> hiddenLinkIds() {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select l.id from link_item l join post p on p.id = l.post_id"
                        + " where p.draft or p.published_at > now()", Long.class)
                .getResultList());
    }
}
