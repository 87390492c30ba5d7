package dev.roundup.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code q} on {@code GET /posts}: the search engine's matching, inside the post list with its filters. */
@QuarkusTest
class PostSearchTest extends DemoContentTest {

    @Test
    void q_filters_the_post_list_and_ranks_by_relevance_by_default() {
        JsonPath body = given().queryParam("q", "\"fencing tokens\"").when().get("/api/v1/posts").then()
                .statusCode(200).header("X-Total-Count", "2").extract().jsonPath();
        // both roundups match through a link item of theirs
        assertThat(body.getList("items.slug", String.class)).containsExactlyInAnyOrder(DemoContent.WEEK_36,
                DemoContent.WEEK_38);

        JsonPath article = given().queryParam("q", "offsets promises").when().get("/api/v1/posts").jsonPath();
        assertThat(article.getString("items[0].slug")).isEqualTo(DemoContent.ARTICLE);
        assertThat(article.getString("meta.nextCursor")).isNull();
    }

    @Test
    void q_combines_with_filters_and_the_other_sorts() {
        JsonPath tagged = given().queryParam("q", "kafka").queryParam("tag", "workshop").when().get("/api/v1/posts")
                .jsonPath();
        assertThat(tagged.getList("items.slug", String.class)).containsExactly("2026-11-01-interesting-stuff-week-44-2026");
        JsonPath byDate = given().queryParam("q", "kafka").queryParam("sort", "-date").queryParam("size", "3").when()
                .get("/api/v1/posts").jsonPath();
        assertThat(byDate.getString("items[0].slug")).isEqualTo(DemoContent.WEEK_46);
        assertThat(byDate.getString("meta.nextCursor")).isNotNull();
    }

    @Test
    void relevance_needs_q_and_has_no_cursor() {
        given().queryParam("sort", "relevance").when().get("/api/v1/posts").then().statusCode(400)
                .body("parameter", equalTo("sort"));
        given().queryParam("q", "k".repeat(501)).when().get("/api/v1/posts").then().statusCode(400)
                .body("parameter", equalTo("q"));
        given().queryParam("q", "   ").when().get("/api/v1/posts").then().statusCode(200)
                .body("meta.total", equalTo(DemoContent.PUBLISHED_POSTS));
    }
}
