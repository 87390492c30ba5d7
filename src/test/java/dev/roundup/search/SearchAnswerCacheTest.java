package dev.roundup.search;

import static dev.roundup.support.KeptAnswers.assertKeptAnswer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.common.http.ResponseCache;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Whole search answers kept before the REST layer, as in production (the other tests keep none). */
@QuarkusTest
@TestProfile(SearchAnswerCacheTest.AnswersKept.class)
class SearchAnswerCacheTest extends DemoContentTest {

    public static class AnswersKept implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("roundup.search.answers-kept-for", "1h",
                    "quarkus.cache.caffeine.\"search-results\".expire-after-write", "30S");
        }
    }

    private static final String POST = """
            ---
            title: "Zeppelinquokka Week"
            date: 2026-11-01T08:00:00+01:00
            categories: [roundup]
            tags: [Caching]
            ---

            The intro.

            <!--more-->

            ## Streaming

            * [**Zeppelinquokka in Production**][1]. What it took to run it.

            [1]: https://example.com/zeppelinquokka
            """;

    private static final String EVENT = """
            {"name": "Quokkaconf", "startsOn": "2026-12-10", "city": "Perth", "country": "Australia",
             "url": "https://quokkaconf.example.au/", "description": "A day about small, friendly services."}""";

    @Inject
    ResponseCache responseCache;

    @BeforeEach
    void content() {
        responseCache.forgetAll();
    }

    @Test
    void a_repeated_search_is_answered_with_the_bytes_and_headers_of_the_first() {
        Response first = given().queryParam("q", "fencing tokens").get("/api/v1/search");
        Response again = given().queryParam("q", "fencing tokens").get("/api/v1/search");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.jsonPath().getString("items[0].title")).isEqualTo("Leases, Fencing Tokens, and the Zombie Leader");
        assertKeptAnswer(first, again);
        Response other = given().queryParam("q", "fencing tokens").queryParam("type", "post").get("/api/v1/search");
        assertThat(other.header(ResponseCache.HIT_HEADER)).isNull();
        assertThat(other.jsonPath().getInt("meta.total")).isZero();
    }

    @Test
    void a_new_post_is_found_by_the_next_search_even_after_an_empty_answer_was_kept() {
        given().queryParam("q", "zeppelinquokka").get("/api/v1/search").then().statusCode(200);
        Response kept = given().queryParam("q", "zeppelinquokka").get("/api/v1/search");
        assertThat(kept.header(ResponseCache.HIT_HEADER)).isEqualTo("hit");
        assertThat(kept.jsonPath().getInt("meta.total")).isZero();

        String slug = given().header("Authorization", Tokens.editor()).contentType("text/markdown").body(POST)
                .post("/api/v1/posts").then().statusCode(201).extract().jsonPath().getString("slug");

        Response after = given().queryParam("q", "zeppelinquokka").get("/api/v1/search");
        assertThat(after.header(ResponseCache.HIT_HEADER)).isNull();
        assertThat(after.jsonPath().getList("items.title", String.class))
                .containsExactlyInAnyOrder("Zeppelinquokka in Production", "Zeppelinquokka Week");
        assertThat(after.jsonPath().getList("items.findAll { it.type == 'link' }.post.slug", String.class))
                .containsExactly(slug);
    }

    @Test
    void an_editors_new_event_is_found_by_the_next_search_on_this_instance() {
        given().queryParam("q", "quokkaconf").get("/api/v1/search").then().statusCode(200);
        assertThat(given().queryParam("q", "quokkaconf").get("/api/v1/search").header(ResponseCache.HIT_HEADER))
                .isEqualTo("hit");

        given().header("Authorization", Tokens.editor()).contentType("application/json").body(EVENT)
                .post("/api/v1/events").then().statusCode(201);

        Response after = given().queryParam("q", "quokkaconf").get("/api/v1/search");
        assertThat(after.header(ResponseCache.HIT_HEADER)).isNull();
        assertThat(after.jsonPath().getList("items.title", String.class)).containsExactly("Quokkaconf");
        assertThat(after.jsonPath().getString("items[0].type")).isEqualTo("event");
    }
}
