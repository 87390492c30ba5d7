package dev.roundup.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.ws.rs.core.EntityTag;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HttpCachingTest extends DemoContentTest {

    @Test
    void a_get_has_a_strong_etag_that_is_stable_and_follows_the_content() {
        String first = given().get("/api/v1/posts?size=2").then().statusCode(200).extract().header("ETag");
        String again = given().get("/api/v1/posts?size=2").then().extract().header("ETag");
        String other = given().get("/api/v1/posts?size=3").then().extract().header("ETag");

        assertThat(first).matches("\"[A-Za-z0-9_-]{32}\"");
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void a_matching_if_none_match_gets_304_without_a_body() {
        String tag = given().get("/api/v1/posts/" + DemoContent.WEEK_32).then().extract().header("ETag");

        given().header("If-None-Match", tag).get("/api/v1/posts/" + DemoContent.WEEK_32)
                .then().statusCode(304).header("ETag", equalTo(tag)).body(emptyString());
        given().header("If-None-Match", "\"something-else\", W/" + tag).get("/api/v1/posts/" + DemoContent.WEEK_32)
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/posts/" + DemoContent.WEEK_32)
                .then().statusCode(200).body("slug", equalTo(DemoContent.WEEK_32));
    }

    @Test
    void a_head_answers_the_headers_of_the_get_without_a_body() {
        io.restassured.response.Response get = given().get("/api/v1/posts/" + DemoContent.WEEK_32);
        given().head("/api/v1/posts/" + DemoContent.WEEK_32).then().statusCode(200)
                .header("ETag", equalTo(get.header("ETag"))).header("Cache-Control", equalTo(get.header("Cache-Control")))
                .body(emptyString());
        given().header("If-None-Match", get.header("ETag")).head("/api/v1/posts/" + DemoContent.WEEK_32).then()
                .statusCode(304);
    }

    @Test
    void public_answers_may_be_cached_and_served_stale_while_revalidating() {
        given().get("/api/v1/posts?size=1").then()
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .header("Vary", equalTo("Accept-Encoding"));
        given().header("Authorization", "Bearer anything").get("/api/v1/posts?size=1").then()
                .header("Cache-Control", equalTo("private, no-cache"));
    }

    @Test
    void errors_carry_no_validators() {
        given().get("/api/v1/posts/no-such-post").then().statusCode(404).header("ETag", nullValue());
        given().get("/api/v1/posts?size=0").then().statusCode(400).header("ETag", nullValue());
    }

    @Test
    void json_is_gzipped_for_clients_that_accept_it() {
        given().header("Accept-Encoding", "gzip").get("/api/v1/posts?size=20").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void if_none_match_compares_weakly_and_accepts_a_star() {
        EntityTag tag = new EntityTag("abc");
        assertThat(HttpCaching.matches("\"abc\"", tag)).isTrue();
        assertThat(HttpCaching.matches("W/\"abc\"", tag)).isTrue();
        assertThat(HttpCaching.matches("\"x\", \"abc\"", tag)).isTrue();
        assertThat(HttpCaching.matches("*", tag)).isTrue();
        assertThat(HttpCaching.matches("\"abcd\"", tag)).isFalse();
        assertThat(HttpCaching.matches(null, tag)).isFalse();
    }
}
