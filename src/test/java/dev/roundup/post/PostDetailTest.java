package dev.roundup.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.HiddenPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PostDetailTest extends DemoContentTest {

    @Test
    void a_post_has_its_sections_in_order_with_their_link_items() {
        JsonPath post = given().when().get("/api/v1/posts/" + DemoContent.WEEK_38).then().statusCode(200)
                .extract().jsonPath();

        assertThat(post.getList("sections.heading")).containsExactly("Streaming", "Data Science",
                "Azure Data Explorer", "Misc.", "WIND (What Is Nora Doing)", "~ Finally");
        assertThat(post.getList("sections.kind")).containsExactly("links", "links", "links", "links", "wind", "finally");
        assertThat(post.getList("sections.position")).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(post.getList("sections.slug")).startsWith("streaming", "data-science", "azure-data-explorer", "misc");
        assertThat(post.getString("sections[0].markdown")).startsWith("## Streaming");
        assertThat(post.getString("sections[0].html")).startsWith("<h2>Streaming</h2>");
        Map<String, Object> first = post.getMap("sections[0].links[0]");
        assertThat(first).containsEntry("title", "Streaming SQL That Does Not Surprise You").containsEntry("position", 0);
        assertThat((String) first.get("url")).startsWith("https://");
        assertThat(post.getString("sections[0].links[0].commentary.markdown")).isNotBlank().doesNotStartWith(".");
        assertThat(post.getString("sections[0].links[0].commentary.html")).startsWith("<p>");
        assertThat(post.getString("sections[0].links[0].commentary.text")).doesNotContain("<", "**", "](");
        assertThat(post.getInt("linkCount")).isEqualTo(18);
    }

    @Test
    void a_post_carries_intro_body_and_front_matter_fields() {
        JsonPath post = given().when().get("/api/v1/posts/" + DemoContent.WEEK_38).jsonPath();

        assertThat(post.getString("title")).isEqualTo("Interesting Stuff - Week 38, 2026");
        assertThat(post.getString("date")).isEqualTo("2026-09-20T12:20:11+02:00");
        assertThat(post.getString("author")).isEqualTo("nora");
        assertThat(post.getBoolean("roundup")).isTrue();
        assertThat(post.getString("intro.markdown")).isNotBlank().doesNotContain("<!--more-->");
        assertThat(post.getString("intro.html")).startsWith("<p>");
        assertThat(post.getString("body.markdown")).contains("<!--more-->", "## Streaming");
        assertThat(post.getString("body.html")).contains("<h2>Streaming</h2>");
        assertThat(post.getInt("wordCount")).isEqualTo(957);
    }

    @Test
    void relref_links_name_the_post_they_point_to_in_both_directions() {
        JsonPath week38 = given().when().get("/api/v1/posts/" + DemoContent.WEEK_38).jsonPath();
        JsonPath week36 = given().when().get("/api/v1/posts/" + DemoContent.WEEK_36).jsonPath();

        assertThat(week38.getList("linksTo.slug")).containsExactly(DemoContent.WEEK_36);
        assertThat(week36.getList("linkedFrom.slug")).contains(DemoContent.WEEK_38);
        List<Map<String, Object>> relrefLinks = week38.getList("sections.links.flatten().findAll { it.linkedPost != null }");
        assertThat(relrefLinks).singleElement().satisfies(link -> {
            assertThat(link.get("url")).isEqualTo("http://localhost:8080/post/" + DemoContent.WEEK_36 + "/");
            assertThat(((Map<?, ?>) link.get("linkedPost")).get("slug")).isEqualTo(DemoContent.WEEK_36);
        });
    }

    @Test
    void previous_next_and_related_posts_are_published_neighbours() {
        JsonPath week38 = given().when().get("/api/v1/posts/" + DemoContent.WEEK_38).jsonPath();

        assertThat(week38.getString("previous.slug")).isEqualTo(DemoContent.WEEK_37);
        assertThat(week38.getString("next.slug")).isEqualTo("2026-09-27-interesting-stuff-week-39-2026");
        assertThat(week38.getList("related.slug")).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .doesNotContain(DemoContent.WEEK_38, HiddenPosts.DRAFT_SLUG, HiddenPosts.FUTURE_SLUG);
        given().when().get("/api/v1/posts/" + DemoContent.WEEK_46).then().body("next", equalTo(null));
        given().when().get("/api/v1/posts/" + DemoContent.WEEK_32).then().body("previous", equalTo(null));
    }

    @Test
    void drafts_and_scheduled_posts_have_no_public_page() {
        given().when().get("/api/v1/posts/" + HiddenPosts.DRAFT_SLUG).then().statusCode(404);
        given().when().get("/api/v1/posts/" + HiddenPosts.FUTURE_SLUG).then().statusCode(404);
        given().when().get("/api/v1/posts/" + HiddenPosts.FUTURE_SLUG + "/links").then().statusCode(404);
    }

    @Test
    void a_posts_link_items_are_paged_in_the_order_of_the_post() {
        List<String> all = given().when().get("/api/v1/posts/" + DemoContent.WEEK_38 + "/links?size=100").then()
                .statusCode(200).header("X-Total-Count", "18").extract().jsonPath().getList("items.title", String.class);
        List<String> secondPage = given().when().get("/api/v1/posts/" + DemoContent.WEEK_38 + "/links?size=5&page=2")
                .jsonPath().getList("items.title", String.class);
        String cursor = given().when().get("/api/v1/posts/" + DemoContent.WEEK_38 + "/links?size=5").jsonPath()
                .getString("meta.nextCursor");
        List<String> afterCursor = given().queryParam("cursor", cursor).queryParam("size", 5)
                .when().get("/api/v1/posts/" + DemoContent.WEEK_38 + "/links").jsonPath().getList("items.title", String.class);

        assertThat(all).hasSize(18).first().isEqualTo("Streaming SQL That Does Not Surprise You");
        assertThat(secondPage).containsExactlyElementsOf(all.subList(5, 10));
        assertThat(afterCursor).containsExactlyElementsOf(secondPage);
    }
}
