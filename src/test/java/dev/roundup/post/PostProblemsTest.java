package dev.roundup.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PostProblemsTest {

    @ParameterizedTest(name = "{0}={1} is a 400 naming {0}")
    @CsvSource({
            "size, 1000, size must be from 1 to 100",
            "size, 101, size must be from 1 to 100",
            "size, 0, size must be from 1 to 100",
            "size, abc, size must be a whole number",
            "page, 0, page must be from 1",
            "page, -3, page must be from 1",
            "page, 99999999999999999999, page must be a whole number",
            "from, yesterday, from must be a date",
            "to, 2026-13-45, to must be a date",
            "year, twenty, year must be a whole number",
            "year, 10000, year must be from 1900 to 9999",
            "sort, -popularity, sort must be one of [date, title]",
            "tagMode, some, tagMode must be 'all' or 'any'",
            "fields, slug;drop table post, unknown field",
            "cursor, not-a-cursor, the cursor is not one this service issued"
    })
    void malformed_parameters_are_problems_that_name_the_parameter(String parameter, String value, String detail) {
        given().queryParam(parameter, value).when().get("/api/v1/posts").then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid parameter"))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(detail))
                .body("instance", equalTo("/api/v1/posts"));
    }

    @Test
    void a_cursor_of_another_sort_is_refused() {
        String cursor = given().when().get("/api/v1/posts?size=2&sort=title").jsonPath().getString("meta.nextCursor");

        given().queryParam("cursor", cursor).when().get("/api/v1/posts?size=2&sort=-date").then()
                .statusCode(400).body("parameter", equalTo("cursor")).body("detail", containsString("sort=title"));
    }

    @Test
    void an_unknown_slug_is_a_404_problem() {
        given().when().get("/api/v1/posts/no-such-post").then()
                .statusCode(404).contentType(containsString("application/problem+json"))
                .body("status", equalTo(404)).body("detail", containsString("no-such-post"));
        given().when().get("/api/v1/posts/no-such-post/links").then().statusCode(404);
    }

    @Test
    void a_wrong_method_is_a_405_problem_for_a_caller_allowed_to_write_and_a_401_for_anyone_else() {
        given().header("Authorization", dev.roundup.support.Tokens.admin()).when().delete("/api/v1/posts").then()
                .statusCode(405).contentType(containsString("application/problem+json")).body("status", equalTo(405));
        given().when().delete("/api/v1/posts").then().statusCode(401);
    }

    @Test
    void an_unservable_media_type_is_a_406_problem() {
        given().accept("application/xml").when().get("/api/v1/posts").then()
                .statusCode(406).body(containsString("\"status\":406"));
    }
}
