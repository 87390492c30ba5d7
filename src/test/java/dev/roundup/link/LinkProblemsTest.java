package dev.roundup.link;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LinkProblemsTest extends DemoContentTest {

    @Test
    void malformed_list_parameters_are_400_problems_naming_the_parameter() {
        rejected("/api/v1/links?from=last-tuesday", "from");
        rejected("/api/v1/links?to=2026-13-01", "to");
        rejected("/api/v1/links?sort=popularity", "sort");
        rejected("/api/v1/links?sort=-url", "sort");
        rejected("/api/v1/links?size=1000", "size");
        rejected("/api/v1/links?size=0", "size");
        rejected("/api/v1/links?page=0", "page");
        rejected("/api/v1/links?page=two", "page");
        rejected("/api/v1/links?tagMode=some", "tagMode");
        rejected("/api/v1/links?cursor=not-a-cursor", "cursor");
        rejected("/api/v1/links?fields=id,secret", "fields");
    }

    @Test
    void a_cursor_is_only_good_for_its_own_sort_and_must_be_one_we_issued() {
        String byTitle = given().when().get("/api/v1/links?sort=title&size=2").jsonPath().getString("meta.nextCursor");
        rejected("/api/v1/links?sort=-date&cursor=" + byTitle, "cursor");
        String byDate = given().when().get("/api/v1/links?size=2").jsonPath().getString("meta.nextCursor");
        rejected("/api/v1/links?cursor=" + byDate + "&page=3", "cursor");
        // well-formed envelope, tampered date position
        String tampered = new dev.roundup.common.paging.Cursor("-date", "yesterday 1 2", 5).encode();
        rejected("/api/v1/links?cursor=" + tampered, "cursor");
    }

    @Test
    void domain_and_stats_parameters_are_checked_too() {
        rejected("/api/v1/domains?sort=size", "sort");
        rejected("/api/v1/domains?size=101", "size");
        rejected("/api/v1/domains?cursor=abc", "cursor");
        rejected("/api/v1/domains/infoq.com/links?sort=rank", "sort");
        rejected("/api/v1/stats/domains?interval=week", "interval");
        rejected("/api/v1/stats/domains?limit=51", "limit");
        rejected("/api/v1/stats/domains?from=soon", "from");
        rejected("/api/v1/stats/tags?interval=decade", "interval");
        rejected("/api/v1/stats/tags?limit=0", "limit");
        rejected("/api/v1/stats/tags?to=never", "to");
    }

    private static void rejected(String path, String parameter) {
        given().when().get(path).then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("status", equalTo(400)).body("parameter", equalTo(parameter))
                .body("type", equalTo("https://roundup.dev/problems/invalid-parameter"));
    }
}
