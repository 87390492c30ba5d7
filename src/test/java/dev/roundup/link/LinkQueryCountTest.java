package dev.roundup.link;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContentTest;
import dev.roundup.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;

/** Each link, domain and stats read costs a fixed number of statements, whatever the size of the answer. */
@QuarkusTest
class LinkQueryCountTest extends DemoContentTest {

    @Inject
    StatementCounter sql;

    @Test
    void a_link_list_costs_two_statements_whatever_its_size() {
        assertThat(statementsFor("/api/v1/links?size=5")).isEqualTo(2);
        assertThat(statementsFor("/api/v1/links?size=100")).isEqualTo(2);
        // the first section filter reads the heading spellings once (SectionAliases caches them)
        statementsFor("/api/v1/links?size=1&section=streaming");
        assertThat(statementsFor("/api/v1/links?size=100&sort=title&tag=kafka&section=streaming")).isEqualTo(2);
        String cursor = given().when().get("/api/v1/links?size=5").jsonPath().getString("meta.nextCursor");
        assertThat(statementsFor("/api/v1/links?size=100&cursor=" + cursor)).isEqualTo(2);
    }

    @Test
    void domains_lookup_and_stats_cost_a_fixed_number_of_statements() {
        assertThat(statementsFor("/api/v1/domains?size=5")).isEqualTo(statementsFor("/api/v1/domains?size=100"))
                .isEqualTo(2);
        assertThat(statementsFor("/api/v1/domains/infoq.com/links?size=5"))
                .isEqualTo(statementsFor("/api/v1/domains/infoq.com/links?size=100")).isEqualTo(2);
        assertThat(statementsFor("/api/v1/links/lookup?url=https://infoq.com/x")).isEqualTo(2);
        assertThat(statementsFor("/api/v1/stats/domains?limit=1")).isEqualTo(statementsFor("/api/v1/stats/domains?limit=50"))
                .isEqualTo(1);
        assertThat(statementsFor("/api/v1/stats/tags?limit=1")).isEqualTo(statementsFor("/api/v1/stats/tags?limit=50"))
                .isEqualTo(1);
    }

    private long statementsFor(String path) {
        long before = sql.statementsRun();
        given().when().get(path).then().statusCode(200);
        return sql.statementsRun() - before;
    }
}
