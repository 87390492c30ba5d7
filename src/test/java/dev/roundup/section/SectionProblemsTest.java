package dev.roundup.section;

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
class SectionProblemsTest extends DemoContentTest {

    @Inject
    StatementCounter sql;

    @ParameterizedTest(name = "{0} {1}={2} is a 400 naming {1}")
    @CsvSource({
            "/api/v1/sections, size, 1000, size must be from 1 to 100",
            "/api/v1/sections, page, 0, page must be from 1",
            "/api/v1/sections, sort, -posts, 'sort must be one of [count, lastSeen, name]'",
            "/api/v1/sections, kind, chapter, 'kind must be one of [links, wind, finally, other, events]'",
            "/api/v1/sections, cursor, not-a-cursor, the cursor is not one this service issued",
            "/api/v1/sections, fields, title, unknown field",
            "/api/v1/sections/streaming, fields, posts, unknown field"
    })
    void malformed_parameters_are_problems_that_name_the_parameter(String path, String parameter, String value,
            String detail) {
        given().queryParam(parameter, value).when().get(path).then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(detail))
                .body("instance", equalTo(path));
    }

    @Test
    void a_cursor_of_another_sort_or_a_negative_position_is_refused() {
        String byName = given().when().get("/api/v1/sections?size=2&sort=name").jsonPath().getString("meta.nextCursor");
        given().queryParam("cursor", byName).when().get("/api/v1/sections?size=2").then()
                .statusCode(400).body("parameter", equalTo("cursor"));
        String negative = new Cursor("-count", "", -5).encode();
        given().queryParam("cursor", negative).when().get("/api/v1/sections").then()
                .statusCode(400).body("parameter", equalTo("cursor"));
    }

    @Test
    void unknown_topics_are_404_problems() {
        given().when().get("/api/v1/sections/no-such-topic").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("detail", containsString("no-such-topic"));
        given().when().get("/api/v1/sections/---").then().statusCode(404);
    }

    @Test
    void a_list_of_topics_costs_the_same_statements_whatever_its_size() {
        long forOne = statementsFor("/api/v1/sections?size=1");
        long forHundred = statementsFor("/api/v1/sections?size=100");

        assertThat(forOne).as("heading slugs, then per topic and per spelling").isEqualTo(3);
        assertThat(forHundred).isEqualTo(forOne);
        assertThat(statementsFor("/api/v1/sections/generative-ai")).isEqualTo(3);
        statementsFor("/api/v1/posts?section=gen-ai");
        assertThat(statementsFor("/api/v1/posts?section=gen-ai&size=100")).as("the heading slugs are cached").isEqualTo(2);
    }

    private long statementsFor(String path) {
        long before = sql.statementsRun();
        given().when().get(path).then().statusCode(200);
        return sql.statementsRun() - before;
    }
}
