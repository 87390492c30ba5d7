package dev.roundup.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reads go through plain SQL, not Hibernate, so statements are counted where they are run: a page of 100
 * posts must cost what a page of 1 costs.
 */
@QuarkusTest
class PostQueryCountTest extends DemoContentTest {

    @Inject
    StatementCounter sql;

    @Test
    void a_list_costs_the_same_statements_whatever_its_size() {
        long forOne = statementsFor("/api/v1/posts?size=1");
        long forHundred = statementsFor("/api/v1/posts?size=100");

        assertThat(forOne).isEqualTo(2);
        assertThat(forHundred).isEqualTo(forOne);
    }

    @Test
    void a_whole_post_costs_a_fixed_number_of_statements() {
        long small = statementsFor("/api/v1/posts/" + DemoContent.ARTICLE);
        long large = statementsFor("/api/v1/posts/" + DemoContent.WEEK_38);

        // 10: the post, texts, sections, link items, previous, next, related, links to, linked from, events
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(10);
    }

    private long statementsFor(String path) {
        long before = sql.statementsRun();
        given().when().get(path).then().statusCode(200);
        return sql.statementsRun() - before;
    }
}
