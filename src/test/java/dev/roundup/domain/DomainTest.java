package dev.roundup.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DomainTest extends DemoContentTest {

    private static final int DOMAINS = 52;

    @Test
    void lists_domains_most_linked_first_with_counts_and_dates() {
        JsonPath body = given().when().get("/api/v1/domains?size=4").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(DOMAINS)).header("Link", containsString("rel=\"last\""))
                .extract().jsonPath();

        assertThat(body.getList("items.name")).containsExactly("blog.kafka-corner.dev", "infoq.com",
                "kusto-cookbook.example.io", "example-streams.io");
        assertThat(body.getList("items.linkCount", Integer.class)).containsExactly(17, 12, 12, 11);
        assertThat(body.getList("items.postCount", Integer.class)).containsExactly(11, 10, 4, 10);
        assertThat(body.getString("items[1].firstSeen")).isEqualTo("2026-08-09T08:12:44Z");
        assertThat(body.getString("items[1].lastSeen")).isEqualTo("2026-11-15T16:02:40Z");
        assertThat(body.getInt("meta.totalPages")).isEqualTo(13);
    }

    @Test
    void sorts_by_count_name_and_last_seen() {
        assertThat(names("/api/v1/domains?sort=name&size=3")).containsExactly("ai-economics.example.com",
                "ai-notebook.example.net", "aipod.example.com");
        assertThat(names("/api/v1/domains?sort=-name&size=2")).containsExactly("vectors.example.io",
                "tinysystems.example.org");
        assertThat(names("/api/v1/domains?sort=count&size=2")).containsExactly("ai-economics.example.com",
                "aipod.example.com");
        assertThat(names("/api/v1/domains?sort=-lastSeen&size=3")).containsExactly("blog.kafka-corner.dev",
                "consensus-pictures.example.dev", "essays.example.net");
        List<Integer> counts = given().when().get("/api/v1/domains?size=100").jsonPath()
                .getList("items.linkCount", Integer.class);
        assertThat(counts).hasSize(DOMAINS).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void pages_walk_every_domain_once() {
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= 6; page++) {
            all.addAll(names("/api/v1/domains?size=10&page=" + page));
        }
        assertThat(all).hasSize(DOMAINS).doesNotHaveDuplicates();
    }

    @Test
    void q_filters_by_prefix_ignoring_case_and_www() {
        assertThat(names("/api/v1/domains?q=WWW.Engineering.Example-P&sort=name"))
                .containsExactly("engineering.example-payments.com");
        given().when().get("/api/v1/domains?q=engineering.").then().body("meta.total", equalTo(10));
        given().when().get("/api/v1/domains?q=%25").then().body("meta.total", equalTo(0));
        given().when().get("/api/v1/domains?q=example").then().body("meta.total", equalTo(4));
    }

    @Test
    void sparse_fields_on_domains() {
        given().when().get("/api/v1/domains?size=1&fields=name,linkCount").then().statusCode(200)
                .body("items[0].keySet()", equalTo(Set.of("name", "linkCount")))
                .body("items[0].name", equalTo("blog.kafka-corner.dev"));
    }

    @Test
    void a_domains_links_come_through_the_link_list() {
        JsonPath body = given().when().get("/api/v1/domains/WWW.MartinFowler.com/links?size=3").then().statusCode(200)
                .header("X-Total-Count", "4").extract().jsonPath();
        assertThat(body.getList("items.title")).containsExactly("The Outbox, the Inbox, and the Space Between",
                "Event Sourcing Is Not a Streaming Platform", "Zero-Downtime Schema Changes");
        String cursor = body.getString("meta.nextCursor");
        assertThat(given().queryParam("cursor", cursor).queryParam("size", 3).when()
                .get("/api/v1/domains/martinfowler.com/links").jsonPath().getList("items.title"))
                .containsExactly("Leases, Fencing Tokens, and the Zombie Leader");
        assertThat(given().when().get("/api/v1/domains/martinfowler.com/links?sort=title&fields=title").jsonPath()
                .getList("items.title")).containsExactly("Event Sourcing Is Not a Streaming Platform",
                        "Leases, Fencing Tokens, and the Zombie Leader", "The Outbox, the Inbox, and the Space Between",
                        "Zero-Downtime Schema Changes");
    }

    @Test
    void a_domain_never_linked_is_a_404() {
        given().when().get("/api/v1/domains/nowhere.example/links").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("detail", containsString("nowhere.example"));
    }

    @Test
    void hidden_posts_domains_never_appear() {
        given().when().get("/api/v1/domains?size=100").then().statusCode(200)
                .body("items.name", not(hasItem("drafts.example.com")))
                .body("items.name", not(hasItem("future.example.com")));
        given().when().get("/api/v1/domains?q=drafts").then().body("meta.total", equalTo(0));
        given().when().get("/api/v1/domains/drafts.example.com/links").then().statusCode(404);
        given().when().get("/api/v1/domains/future.example.com/links").then().statusCode(404);
    }

    private static List<String> names(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath().getList("items.name", String.class);
    }
}
