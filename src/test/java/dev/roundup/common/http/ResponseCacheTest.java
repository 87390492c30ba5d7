package dev.roundup.common.http;

import static dev.roundup.support.KeptAnswers.assertKeptAnswer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ResponseCacheTest extends DemoContentTest {

    private static final String POST = """
            ---
            title: "Response Cache Week"
            date: 2026-11-08T09:30:00+01:00
            categories: [roundup]
            tags: [Caching]
            description: Before the edit
            ---

            The intro.

            <!--more-->

            ## Streaming

            * [**A Link**][1]. Some words.

            [1]: https://example.com/a-link
            """;

    @Inject
    ResponseCache responseCache;

    @BeforeEach
    void content() {
        responseCache.forgetAll();
    }

    @Test
    void a_repeated_public_read_is_answered_from_the_cache_with_the_same_bytes_and_headers() {
        Response first = given().get("/api/v1/posts?size=3");
        Response again = given().get("/api/v1/posts?size=3");

        assertKeptAnswer(first, again);
        assertThat(again.header("X-Request-Id")).isNotBlank().isNotEqualTo(first.header("X-Request-Id"));
    }

    @Test
    void a_hit_answers_a_matching_if_none_match_with_304() {
        String etag = given().get("/api/v1/posts/" + DemoContent.WEEK_32).header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/posts/" + DemoContent.WEEK_32).then().statusCode(304)
                .header(ResponseCache.HIT_HEADER, "hit").header("ETag", etag).body(emptyString());
    }

    @Test
    void a_write_is_seen_by_the_next_read_of_the_post_and_of_the_lists() {
        String slug = given().header("Authorization", Tokens.editor()).contentType("text/markdown").body(POST)
                .post("/api/v1/posts").then().statusCode(201).extract().jsonPath().getString("slug");
        String etag = given().get("/api/v1/posts/" + slug).then().body("description", equalTo("Before the edit"))
                .extract().header("ETag");
        given().get("/api/v1/posts/" + slug).then().header(ResponseCache.HIT_HEADER, "hit");
        given().get("/api/v1/posts?size=100&fields=slug,description").then().statusCode(200);

        given().header("Authorization", Tokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"description\": \"After the edit\"}")
                .patch("/api/v1/posts/" + slug).then().statusCode(200);

        given().get("/api/v1/posts/" + slug).then().header(ResponseCache.HIT_HEADER, nullValue())
                .body("description", equalTo("After the edit"));
        given().get("/api/v1/posts?size=100&fields=slug,description").then().header(ResponseCache.HIT_HEADER, nullValue())
                .body("items.find { it.slug == '" + slug + "' }.description", equalTo("After the edit"));
    }

    @Test
    void requests_with_credentials_are_never_answered_from_the_cache() {
        given().get("/api/v1/posts?size=2").then().statusCode(200);
        given().get("/api/v1/posts?size=2").then().header(ResponseCache.HIT_HEADER, "hit");

        given().header("Authorization", Tokens.editor()).get("/api/v1/posts?size=2").then().statusCode(200)
                .header(ResponseCache.HIT_HEADER, nullValue()).header("Cache-Control", "private, no-cache");
    }

    @Test
    void hits_carry_cors_headers_and_other_media_types_are_not_answered_with_json() {
        given().get("/api/v1/tags").then().statusCode(200);
        given().header("Origin", "https://editor.example.com").get("/api/v1/tags").then()
                .header(ResponseCache.HIT_HEADER, "hit")
                .header("Access-Control-Allow-Origin", "https://editor.example.com");

        given().accept("application/xml").get("/api/v1/tags").then().statusCode(406)
                .header(ResponseCache.HIT_HEADER, nullValue());
    }

    @Test
    void only_the_hottest_reads_are_kept() {
        UnaryOperator<String> plain = Map.of("Host", "h")::get;
        assertThat(ResponseCache.keyOf("GET", "/api/v1/posts", "size=20", plain))
                .isEqualTo("/api/v1/posts?size=20||h null null null");
        assertThat(ResponseCache.keyOf("GET", "/api/v1/posts/a-slug", null,
                Map.of("Host", "h", "Accept", "application/json", "X-Forwarded-Host", "f")::get))
                .isEqualTo("/api/v1/posts/a-slug?|application/json|h f null null");
        assertThat(ResponseCache.keyOf("GET", "/api/v1/search", "q=kafka", plain))
                .isEqualTo("/api/v1/search?q=kafka||h null null null");
        assertThat(ResponseCache.keyOf("GET", "/api/v1/search/suggest", "q=kaf", plain)).isNull();
        assertThat(ResponseCache.keyOf("GET", "/api/v1/changes", null, plain)).isNull();
        assertThat(ResponseCache.keyOf("GET", "/api/v1/posts/a-slug/links", null, plain)).isNull();
        assertThat(ResponseCache.keyOf("GET", "/api/v1/posts/.", null, plain)).isNull();
        assertThat(ResponseCache.keyOf("GET", "/api/v1/posts", null, Map.of("Authorization", "Bearer x")::get)).isNull();
        assertThat(ResponseCache.keyOf("HEAD", "/api/v1/posts", null, plain)).isNull();
    }

    @Test
    void an_answer_for_one_host_name_never_goes_to_another() {
        given().header("Host", "roundup.example").get("/api/v1/posts?size=2").then().statusCode(200);
        given().header("Host", "roundup.example").get("/api/v1/posts?size=2").then()
                .header(ResponseCache.HIT_HEADER, "hit").header("Link", containsString("//roundup.example"));

        given().header("Host", "evil.example").get("/api/v1/posts?size=2").then()
                .header(ResponseCache.HIT_HEADER, nullValue()).header("Link", containsString("//evil.example"));
        given().header("Host", "roundup.example").get("/api/v1/posts?size=2").then()
                .header("Link", not(containsString("evil.example")));
    }

    @Test
    void hits_are_gzipped_for_clients_that_accept_it() {
        given().get("/api/v1/posts?size=20").then().statusCode(200);

        given().header("Accept-Encoding", "gzip").get("/api/v1/posts?size=20").then()
                .header(ResponseCache.HIT_HEADER, "hit").header("Content-Encoding", "gzip")
                .body("items.size()", equalTo(Math.min(20, DemoContent.PUBLISHED_POSTS)));
    }

    @Test
    void a_search_answer_is_kept_for_its_own_time_within_the_max_age_and_other_answers_for_the_max_age() {
        Duration minute = Duration.ofSeconds(60);
        assertThat(ResponseCache.keptFor("/api/v1/search", minute, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(ResponseCache.keptFor("/api/v1/search", minute, Duration.ofHours(1))).isEqualTo(minute);
        assertThat(ResponseCache.keptFor("/api/v1/posts", minute, Duration.ofSeconds(5))).isEqualTo(minute);
        assertThat(ResponseCache.keptFor("/api/v1/posts/a-slug", minute, Duration.ZERO)).isEqualTo(minute);
    }

    @Test
    void search_answers_are_not_kept_when_their_time_is_zero_as_in_this_profile() {
        given().queryParam("q", "kafka").get("/api/v1/search").then().statusCode(200);
        given().queryParam("q", "kafka").get("/api/v1/search").then().statusCode(200)
                .header(ResponseCache.HIT_HEADER, nullValue());
    }

    @Test
    void a_hit_says_how_old_it_is() {
        given().get("/api/v1/sections").then().statusCode(200);
        given().get("/api/v1/sections").then().header(ResponseCache.HIT_HEADER, "hit").header("Age", matchesPattern("[0-9]+"));
    }
}
