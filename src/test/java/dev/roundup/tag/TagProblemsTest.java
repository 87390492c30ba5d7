package dev.roundup.tag;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.roundup.common.paging.Cursor;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TagProblemsTest extends DemoContentTest {

    @Inject
    StatementCounter sql;

    @ParameterizedTest(name = "{0} {1}={2} is a 400 naming {1}")
    @CsvSource({
            "/api/v1/tags, size, 1000, size must be from 1 to 100",
            "/api/v1/tags, size, 0, size must be from 1 to 100",
            "/api/v1/tags, page, 0, page must be from 1",
            "/api/v1/tags, page, x, page must be a whole number",
            "/api/v1/tags, sort, popularity, 'sort must be one of [count, lastUsed, name]'",
            "/api/v1/tags, sort, -date, 'sort must be one of [count, lastUsed, name]'",
            "/api/v1/tags, cursor, not-a-cursor, the cursor is not one this service issued",
            "/api/v1/tags, fields, slug;drop, unknown field",
            "/api/v1/tags/kafka, fields, title, unknown field",
            "/api/v1/tags/kafka/posts, sort, -count, 'sort must be one of [date, title]'",
            "/api/v1/tags/kafka/posts, size, 1000, size must be from 1 to 100",
            "/api/v1/tags/kafka/posts, cursor, bm9wZQ, the cursor is not one this service issued"
    })
    void malformed_parameters_are_problems_that_name_the_parameter(String path, String parameter, String value,
            String detail) {
        given().queryParam(parameter, value).when().get(path).then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("title", equalTo("Invalid parameter"))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(detail))
                .body("instance", equalTo(path));
    }

    @Test
    void a_too_long_prefix_is_a_problem() {
        given().queryParam("q", "k".repeat(101)).when().get("/api/v1/tags").then().statusCode(400)
                .body("parameter", equalTo("q"));
    }

    @Test
    void a_cursor_of_another_sort_or_a_forged_value_is_refused() {
        String byName = given().when().get("/api/v1/tags?size=2&sort=name").jsonPath().getString("meta.nextCursor");
        given().queryParam("cursor", byName).when().get("/api/v1/tags?size=2&sort=-count").then()
                .statusCode(400).body("parameter", equalTo("cursor")).body("detail", containsString("sort=name"));

        String forged = new Cursor("-count", "many", 3).encode();
        given().queryParam("cursor", forged).when().get("/api/v1/tags?sort=-count").then()
                .statusCode(400).body("parameter", equalTo("cursor"));
        String forgedDate = new Cursor("-lastUsed", "yesterday", 3).encode();
        given().queryParam("cursor", forgedDate).when().get("/api/v1/tags?sort=-lastUsed").then()
                .statusCode(400).body("parameter", equalTo("cursor"));
    }

    @Test
    void a_list_of_tags_costs_the_same_statements_whatever_its_size() {
        long forFive = statementsFor("/api/v1/tags?size=5");
        long forHundred = statementsFor("/api/v1/tags?size=100");
        long withPrefix = statementsFor("/api/v1/tags?size=100&q=k&sort=name");

        assertThat(forFive).isEqualTo(2);
        assertThat(forHundred).isEqualTo(forFive);
        assertThat(withPrefix).isEqualTo(forFive);
        assertThat(statementsFor("/api/v1/tags/kafka")).isEqualTo(2);
        assertThat(statementsFor("/api/v1/tags/kafka/posts?size=100")).isEqualTo(3);
    }

    private long statementsFor(String path) {
        long before = sql.statementsRun();
        given().when().get(path).then().statusCode(200);
        return sql.statementsRun() - before;
    }
}
