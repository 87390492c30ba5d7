package dev.roundup.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContentTest;
import dev.roundup.support.HiddenPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The feeds in the tests' profile hold 5 items per page (roundup.feed.size), so the 13 demo posts make 3 pages. */
@QuarkusTest
class FeedTest extends DemoContentTest {

    @Test
    void json_feed_holds_the_latest_posts_with_full_content_and_pages_on() {
        JsonPath feed = given().when().get("/feeds/posts.json").then().statusCode(200)
                .contentType("application/feed+json").extract().jsonPath();

        assertThat(feed.getString("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.getString("title")).isEqualTo("Roundup API demo blog");
        assertThat(feed.getString("home_page_url")).isEqualTo("http://localhost:8080/");
        assertThat(feed.getString("next_url")).endsWith("/feeds/posts.json?page=2");
        assertThat(feed.getList("items.id")).containsExactly(
                "http://localhost:8080/post/2026-11-15-interesting-stuff-week-46-2026/",
                "http://localhost:8080/post/2026-11-08-interesting-stuff-week-45-2026/",
                "http://localhost:8080/post/2026-11-01-interesting-stuff-week-44-2026/",
                "http://localhost:8080/post/2026-10-18-interesting-stuff-week-42-2026/",
                "http://localhost:8080/post/2026-10-10-interesting-stuff-week-41-2026/");
        assertThat(feed.getString("items[0].title")).isEqualTo("Interesting Stuff - Week 46, 2026");
        assertThat(feed.getString("items[0].date_published")).isEqualTo("2026-11-15T17:02:40+01:00");
        assertThat(feed.getString("items[0].authors[0].name")).isEqualTo("nora");
        assertThat(feed.getList("items[0].tags", String.class)).contains("Kafka");
        assertThat(feed.getString("items[0].content_html")).contains("<h2>WIND (What Is Nora Doing)</h2>",
                "Data Saturday Dublin").doesNotContain("href=\"/", "src=\"/");
        assertThat(feed.getString("items[0].summary")).isNotBlank();
        assertThat(feed.getString("items[0].image")).startsWith("http://localhost:8080/images/");

        JsonPath last = given().queryParam("page", "3").when().get("/feeds/posts.json").jsonPath();
        assertThat(last.getList("items")).hasSize(3);
        assertThat(last.getString("next_url")).isNull();
        assertThat(last.getString("items[2].id")).endsWith("/post/2026-08-09-interesting-stuff-week-32-2026/");
    }

    @Test
    void rss_and_atom_carry_the_same_items_with_categories_and_paging_links() {
        String rss = given().when().get("/feeds/posts.rss").then().statusCode(200).contentType("application/rss+xml")
                .extract().asString();
        assertThat(rss).contains("<rss", "version=\"2.0\"", "<title>Roundup API demo blog</title>",
                "<guid isPermaLink=\"false\">http://localhost:8080/post/2026-11-15-interesting-stuff-week-46-2026/</guid>",
                "<category>Kafka</category>", "<content:encoded>", "<dc:creator>nora</dc:creator>");

        String atom = given().when().get("/feeds/posts.atom").then().statusCode(200).contentType("application/atom+xml")
                .extract().asString();
        assertThat(atom).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "rel=\"next\"",
                "/feeds/posts.atom?page=2", "<category term=\"Kafka\"", "<content type=\"html\">",
                "<id>http://localhost:8080/post/2026-11-15-interesting-stuff-week-46-2026/</id>");
        String second = given().queryParam("page", "2").when().get("/feeds/posts.atom").asString();
        assertThat(second).contains("rel=\"previous\"", "rel=\"first\"", "/feeds/posts.atom?page=3")
                .contains("week-40-2026").doesNotContain("week-46-2026");
    }

    @Test
    void a_tag_feed_holds_only_that_tag_and_unknown_or_hidden_tags_are_404() {
        List<String> tags = new ArrayList<>();
        int items = 0;
        for (int page = 1; page <= 3; page++) {
            JsonPath feed = given().queryParam("page", page).when().get("/feeds/tags/kafka.json").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(feed.getString("title")).isEqualTo("Roundup API demo blog \u2013 Kafka");
            for (int index = 0; index < feed.getList("items").size(); index++) {
                assertThat(feed.getList("items[" + index + "].tags", String.class)).contains("Kafka");
                items++;
            }
            tags.addAll(feed.getList("items.id"));
        }
        assertThat(items).isEqualTo(12);
        assertThat(tags).doesNotHaveDuplicates();
        given().when().get("/feeds/tags/kafka.rss").then().statusCode(200).contentType("application/rss+xml");
        given().when().get("/feeds/tags/kafka.atom").then().statusCode(200).contentType("application/atom+xml");
        for (String path : List.of("/feeds/tags/no-such-tag.json", "/feeds/tags/no-such-tag.rss",
                "/feeds/tags/" + HiddenPosts.SECRET_TAG + ".atom")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void drafts_and_future_posts_never_appear() {
        for (String path : List.of("/feeds/posts.json", "/feeds/posts.rss", "/feeds/posts.atom", "/feeds/tags/kafka.json")) {
            for (int page = 1; page <= 3; page++) {
                String body = given().queryParam("page", page).when().get(path).asString();
                assertThat(body).doesNotContain(HiddenPosts.DRAFT_SLUG, HiddenPosts.FUTURE_SLUG, "drafts.example.com",
                        "future.example.com", "Secret Sauce");
            }
        }
    }

    @Test
    void a_conditional_request_for_an_unchanged_feed_is_304() {
        Response first = given().when().get("/feeds/posts.json");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(lastModified).endsWith("GMT");

        given().header("If-None-Match", etag).when().get("/feeds/posts.json").then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
        given().header("If-Modified-Since", lastModified).when().get("/feeds/posts.json").then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").when().get("/feeds/posts.json").then().statusCode(200);
        given().header("If-Modified-Since", "Tue, 01 Sep 2026 00:00:00 GMT").when().get("/feeds/posts.json").then()
                .statusCode(200);
        // each format and page is its own representation
        assertThat(given().when().get("/feeds/posts.rss").header("ETag")).isNotEqualTo(etag);
        assertThat(given().queryParam("page", 2).when().get("/feeds/posts.json").header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void a_malformed_page_is_a_problem_naming_it() {
        for (String page : List.of("0", "-1", "two", "100001")) {
            given().queryParam("page", page).when().get("/feeds/posts.rss").then().statusCode(400)
                    .contentType("application/problem+json").body("parameter", equalTo("page"));
        }
    }

    @Test
    void the_links_feed_holds_curated_links_filtered_like_the_links_api() {
        JsonPath feed = given().when().get("/feeds/links.json?tag=kafka&domain=martinfowler.com").then().statusCode(200)
                .contentType("application/feed+json").extract().jsonPath();
        JsonPath api = given().when().get("/api/v1/links?tag=kafka&domain=martinfowler.com&size=5").jsonPath();

        assertThat(feed.getString("title")).isEqualTo("Roundup API demo blog \u2013 links");
        assertThat(feed.getList("items.title")).isNotEmpty().isEqualTo(api.getList("items.title"));
        assertThat(feed.getList("items.external_url")).isEqualTo(api.getList("items.url"));
        assertThat(feed.getList("items.content_html")).isEqualTo(api.getList("items.commentary.html"));
        for (int index = 0; index < feed.getList("items").size(); index++) {
            assertThat(feed.getString("items[" + index + "].url"))
                    .startsWith(api.getString("items[" + index + "].post.url") + "#")
                    .isEqualTo(feed.getString("items[" + index + "].id"));
        }
        given().when().get("/feeds/links.atom?tag=kafka").then().statusCode(200)
                .body(containsString("rel=\"related\""));
        given().when().get("/feeds/links.rss?tagMode=sometimes").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("tagMode"));
    }

    @Test
    void a_section_feed_holds_the_posts_of_every_spelling_of_the_topic() {
        JsonPath feed = given().when().get("/feeds/sections/ai-ml.json?page=1").then().statusCode(200).extract().jsonPath();
        JsonPath api = given().when().get("/api/v1/posts?section=generative-ai&size=5").jsonPath();

        assertThat(feed.getString("title")).isEqualTo("Roundup API demo blog \u2013 Generative AI");
        assertThat(feed.getList("items.url")).hasSize(5).isEqualTo(api.getList("items.url"));
        given().when().get("/feeds/sections/no-such-topic.atom").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void every_scope_answers_each_format_by_the_extension_of_its_url() {
        for (String scope : List.of("posts", "tags/kafka", "sections/streaming", "links")) {
            given().when().get("/feeds/" + scope + ".rss").then().statusCode(200).contentType("application/rss+xml")
                    .body(containsString("<rss"));
            given().when().get("/feeds/" + scope + ".atom").then().statusCode(200).contentType("application/atom+xml")
                    .body(containsString("<feed"));
            given().when().get("/feeds/" + scope + ".json").then().statusCode(200).contentType("application/feed+json")
                    .body("version", equalTo("https://jsonfeed.org/version/1.1"));
            given().when().get("/feeds/" + scope + ".txt").then().statusCode(404);
        }
    }

    @Test
    void the_feed_urls_of_before_redirect_permanently_to_the_one_shape() {
        Map<String, String> moved = new LinkedHashMap<>();
        moved.put("/feeds/rss.xml?page=2", "/feeds/posts.rss?page=2");
        moved.put("/feeds/atom.xml", "/feeds/posts.atom");
        moved.put("/feeds/feed.json", "/feeds/posts.json");
        moved.put("/feeds/links.xml?tag=kafka&domain=martinfowler.com", "/feeds/links.rss?tag=kafka&domain=martinfowler.com");
        moved.put("/tags/kafka/feed.xml", "/feeds/tags/kafka.rss");
        moved.put("/tags/kafka/feed.atom?page=2", "/feeds/tags/kafka.atom?page=2");
        moved.put("/tags/Azure%20Data%20Explorer/feed.json", "/feeds/tags/Azure%20Data%20Explorer.json");
        moved.put("/sections/streaming/feed.xml", "/feeds/sections/streaming.rss");
        moved.put("/sections/ai-ml/feed.atom", "/feeds/sections/ai-ml.atom");
        moved.put("/sections/streaming/feed.json", "/feeds/sections/streaming.json");
        moved.forEach((before, now) -> given().redirects().follow(false).urlEncodingEnabled(false).when().get(before)
                .then().statusCode(301).header("Location", endsWith(now)));

        // a reader that follows the redirect gets the feed of the new URL
        given().when().get("/tags/kafka/feed.atom").then().statusCode(200).contentType("application/atom+xml")
                .body(containsString("/feeds/tags/kafka.atom"));
    }
}
