package dev.roundup.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ObservabilityTest extends DemoContentTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void every_response_carries_a_new_request_id() {
        given().get("/api/v1/posts?size=1").then().statusCode(200).header(RequestIds.HEADER, matchesPattern(UUID));
        given().get("/q/health/live").then().statusCode(200).header(RequestIds.HEADER, matchesPattern(UUID));
        given().get("/api/v1/posts/no-such-post").then().statusCode(404).header(RequestIds.HEADER, matchesPattern(UUID));
    }

    @Test
    void the_callers_request_id_is_kept_when_it_is_sane() {
        given().header(RequestIds.HEADER, "trace-42.abc").get("/api/v1/posts?size=1")
                .then().header(RequestIds.HEADER, equalTo("trace-42.abc"));
        given().header(RequestIds.HEADER, "bad id with spaces\tand tabs").get("/api/v1/posts?size=1")
                .then().header(RequestIds.HEADER, matchesPattern(UUID));
        given().header(RequestIds.HEADER, "x".repeat(129)).get("/api/v1/posts?size=1")
                .then().header(RequestIds.HEADER, matchesPattern(UUID));
    }

    @Test
    void metrics_show_routes_pool_and_importer_in_prometheus_format() {
        given().get("/api/v1/posts/" + DemoContent.WEEK_32).then().statusCode(200);

        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/v1/posts/{slug}\""))
                .body(containsString("agroal_active_count"))
                .body(containsString("roundup_import_files_total{outcome=\"imported\""))
                .body(containsString("roundup_import_link_items_total"))
                .body(containsString("roundup_import_duration_seconds_count"));
    }
}
