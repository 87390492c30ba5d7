package dev.roundup.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.HiddenPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchProblemsTest extends DemoContentTest {

    private static void rejected(String parameter, String detail, Object... query) {
        var request = given();
        for (int index = 0; index + 1 < query.length; index += 2) {
            request.queryParam((String) query[index], query[index + 1]);
        }
        request.when().get("/api/v1/search").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("parameter", equalTo(parameter)).body("detail", containsString(detail));
    }

    @Test
    void an_empty_missing_or_too_long_query_is_a_problem() {
        rejected("q", "must not be empty");
        rejected("q", "must not be empty", "q", "   ");
        rejected("q", "must contain some text", "q", "\u0001\u0002");
        // PostgreSQL text cannot hold NUL: every parameter with one is turned away before it reaches a query
        rejected("q", "contains a NUL character", "q", "kafka\u0000streams");
        rejected("q", "at most 500 characters", "q", "k".repeat(501));
        rejected("q", "got 10000", "q", "kafka ".repeat(2000).substring(0, 10_000));
        given().queryParam("q", "k".repeat(500)).when().get("/api/v1/search").then().statusCode(200)
                .body("meta.total", equalTo(0));
    }

    @Test
    void malformed_parameters_are_problems_naming_them() {
        rejected("type", "type must be one of post, link, event", "q", "kafka", "type", "tweet");
        rejected("sort", "relevance", "q", "kafka", "sort", "title");
        rejected("facets", "true or false", "q", "kafka", "facets", "maybe");
        rejected("size", "size must be from 1 to 100", "q", "kafka", "size", "101");
        rejected("page", "page", "q", "kafka", "page", "zero");
        rejected("from", "from must be a date", "q", "kafka", "from", "yesterday");
        rejected("tagMode", "tagMode", "q", "kafka", "tagMode", "some");
        rejected("fields", "unknown field", "q", "kafka", "fields", "title,password");
        rejected("cursor", "sort=date only", "q", "kafka", "cursor", "abc");
        rejected("cursor", "not one this service issued", "q", "kafka", "sort", "date", "cursor", "bm9wZQ");
    }

    @Test
    void hostile_text_is_searched_as_its_words() {
        Map<String, String> sameAs = new LinkedHashMap<>();
        for (String kafka : List.of("\"kafka", "kafka\"\"\"", "\\\\kafka\\", "kafka & | ! <-> :* ( )", "kafka OR OR")) {
            sameAs.put(kafka, "kafka");
        }
        sameAs.put("'; drop table post; --", "drop table post");
        sameAs.put("kafka:*A & !streams", "kafka a streams");
        sameAs.put("caf\u00e9 na\u00efve", "cafe naive");
        assertThat(titles("kafka")).isNotEmpty();
        sameAs.forEach((hostile, plain) -> assertThat(titles(hostile)).as(hostile).isEqualTo(titles(plain)));
        // the SQL was searched for as words, and the posts are all still there
        given().when().get("/api/v1/posts").then().statusCode(200).body("meta.total", equalTo(DemoContent.PUBLISHED_POSTS));
    }

    @Test
    void text_without_words_finds_nothing_and_is_not_a_pattern() {
        for (String query : List.of("\"", "\\", "-", "- - -", "OR", "%_%", "%", "\uD83E",
                "\u65e5\u672c\u8a9e \u03a9\u03bc\u03ad\u03b3\u03b1",
                "a".repeat(499) + "\"")) {
            given().queryParam("q", query).when().get("/api/v1/search").then().statusCode(200).body("meta.total", equalTo(0));
            given().queryParam("q", query).when().get("/api/v1/search/suggest").then().statusCode(200);
        }
    }

    @Test
    void a_negated_word_finds_what_does_not_hold_it() {
        List<String> withKafka = titles("kafka");
        List<String> withoutKafka = titles("-kafka");
        assertThat(withoutKafka).isNotEmpty().doesNotContainAnyElementsOf(withKafka);
    }

    private static List<String> titles(String query) {
        return given().queryParam("q", query).queryParam("size", "100").when().get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("items.collect { it.type + ':' + it.title }", String.class);
    }

    @Test
    void drafts_and_scheduled_posts_never_match() {
        for (String query : List.of("Draft-Only Streaming Article", "unfinished streams", "Future-Only", "streams of tomorrow",
                "editors", "scheduled and invisible")) {
            JsonPath body = given().queryParam("q", query).queryParam("size", "100").when().get("/api/v1/search")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(body.getList("items.title", String.class)).as(query)
                    .noneMatch(
                            title -> title.contains("Draft-Only") || title.contains("Future-Only") || title.contains("(draft)")
                                    || title.contains("Week 1, 2099"));
            assertThat(body.getList("facets.tag.value", String.class)).doesNotContain(HiddenPosts.SECRET_TAG);
            assertThat(body.getList("facets.year.value", String.class)).doesNotContain("2099");
        }
        JsonPath all = given().queryParam("q", "streams").queryParam("size", "100").when().get("/api/v1/search")
                .jsonPath();
        assertThat(all.getList("items.domain", String.class)).doesNotContain("drafts.example.com", "future.example.com");
        JsonPath suggestions = given().queryParam("q", "draft-onl").when().get("/api/v1/search/suggest").jsonPath();
        assertThat(suggestions.getList("titles")).isEmpty();
        assertThat(given().queryParam("q", "secret sau").when().get("/api/v1/search/suggest").jsonPath()
                .getList("tags")).isEmpty();
        assertThat(given().queryParam("q", "\"Draft-Only Streaming Article\"").when().get("/api/v1/posts").jsonPath()
                .getInt("meta.total"))
                .isZero();
    }
}
