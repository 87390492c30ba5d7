package dev.roundup.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContentTest;
import dev.roundup.support.HiddenPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StatsTest extends DemoContentTest {

    private static final List<String> AUG_TO_NOV = List.of("2026-08", "2026-09", "2026-10", "2026-11");

    @Test
    void domains_per_month_busiest_first_top_ten_by_default() {
        JsonPath body = get("/api/v1/stats/domains");

        assertThat(body.getString("interval")).isEqualTo("month");
        assertThat(body.getList("series")).hasSize(10);
        assertThat(body.getList("series.domain", String.class).subList(0, 3)).containsExactly("blog.kafka-corner.dev",
                "infoq.com", "kusto-cookbook.example.io");
        assertThat(body.getInt("series[0].total")).isEqualTo(17);
        assertThat(body.getList("series[0].points.period")).containsExactlyElementsOf(AUG_TO_NOV);
        assertThat(body.getList("series[0].points.count", Integer.class)).containsExactly(4, 4, 5, 4);
    }

    @Test
    void chosen_domains_get_every_period_zeros_included() {
        JsonPath body = get("/api/v1/stats/domains?domain=www.MartinFowler.com&domain=streamlearn.example.org");

        assertThat(body.getList("series.domain")).containsExactly("martinfowler.com", "streamlearn.example.org");
        assertThat(body.getList("series[0].points.period")).containsExactlyElementsOf(AUG_TO_NOV);
        assertThat(body.getList("series[0].points.count", Integer.class)).containsExactly(0, 1, 1, 2);
        assertThat(body.getList("series[1].points.count", Integer.class)).containsExactly(1, 0, 0, 0);
    }

    @Test
    void domains_by_year_within_a_range_and_limit() {
        JsonPath byYear = get("/api/v1/stats/domains?interval=YEAR&domain=infoq.com");
        assertThat(byYear.getString("interval")).isEqualTo("year");
        assertThat(byYear.getList("series[0].points.period")).containsExactly("2026");
        assertThat(byYear.getList("series[0].points.count", Integer.class)).containsExactly(12);

        JsonPath autumn = get("/api/v1/stats/domains?from=2026-10-01&to=2026-11-30&limit=1");
        assertThat(autumn.getList("series.domain")).containsExactly("blog.kafka-corner.dev");
        assertThat(autumn.getInt("series[0].total")).isEqualTo(9);
        assertThat(autumn.getList("series[0].points.period")).containsExactly("2026-10", "2026-11");
        assertThat(autumn.getList("series[0].points.count", Integer.class)).containsExactly(5, 4);

        given().when().get("/api/v1/stats/domains?limit=50").then().body("series.size()", equalTo(50));
    }

    @Test
    void tags_per_month_count_posts() {
        JsonPath body = get("/api/v1/stats/tags?tag=Kafka&tag=podcast");

        assertThat(body.getList("series.tag.slug")).containsExactly("kafka", "podcast");
        assertThat(body.getList("series.tag.name")).containsExactly("Kafka", "Podcast");
        assertThat(body.getList("series[0].points.period")).containsExactlyElementsOf(AUG_TO_NOV);
        // September: weeks 36, 37, 38 and the article
        assertThat(body.getList("series[0].points.count", Integer.class)).containsExactly(2, 4, 3, 3);
        assertThat(body.getList("series[1].points.count", Integer.class)).containsExactly(0, 1, 1, 0);

        JsonPath byYear = get("/api/v1/stats/tags?interval=year&limit=3");
        assertThat(byYear.getList("series.tag.slug")).containsExactly("kafka", "distributed-computing", "generative-ai");
        assertThat(byYear.getList("series[0].points.count", Integer.class)).containsExactly(12);
    }

    @Test
    void hidden_posts_are_never_counted() {
        given().when().get("/api/v1/stats/domains?domain=drafts.example.com&domain=future.example.com&to=2099-12-31")
                .then().statusCode(200).body("series.size()", equalTo(0));
        given().when().get("/api/v1/stats/tags?tag=" + HiddenPosts.SECRET_TAG).then().statusCode(200)
                .body("series.size()", equalTo(0));
        // the Kafka draft is from July, the scheduled post from 2099
        JsonPath kafka = get("/api/v1/stats/tags?tag=kafka&to=2099-12-31");
        assertThat(kafka.getList("series[0].points.period")).containsExactlyElementsOf(AUG_TO_NOV);
        assertThat(kafka.getInt("series[0].total")).isEqualTo(12);
    }

    private static JsonPath get(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath();
    }
}
