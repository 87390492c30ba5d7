package dev.roundup.frontend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The service serves the reference frontend at / (on in the test profile), and every other route as before. */
@QuarkusTest
class FrontendRoutesTest {

    @Test
    void the_site_is_served_at_the_root_and_asked_again_each_time() {
        Response response = given().get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.asString()).contains("<main id=\"main\"", "src=\"assets/app.js\"",
                "rel=\"alternate\" type=\"application/rss+xml\"");
        assertThat(given().get("/index.html").asString()).isEqualTo(response.asString());
    }

    @Test
    void modules_styles_and_the_icon_are_served_with_their_media_types() {
        Response module = given().get("/assets/app.js");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.contentType()).contains("javascript");
        assertThat(module.asString()).contains("import { Api, ApiError, apiBaseFrom } from './api.js';");
        assertThat(given().get("/assets/views/post.js").asString()).contains("export async function postView");
        assertThat(given().get("/assets/site.css").contentType()).startsWith("text/css");
        assertThat(given().get("/assets/icon.svg").contentType()).startsWith("image/svg+xml");
    }

    @Test
    void a_missing_file_and_paths_out_of_the_site_are_not_found() {
        assertThat(given().get("/assets/nothing-here.js").statusCode()).isEqualTo(404);
        Response escape = given().urlEncodingEnabled(false).get("/assets/%2e%2e/%2e%2e/pom.xml");
        assertThat(escape.statusCode()).isIn(400, 404);
        assertThat(escape.asString()).doesNotContain("<artifactId>");
        assertThat(given().urlEncodingEnabled(false).get("/assets/..%2f..%2fpom.xml").asString())
                .doesNotContain("<artifactId>");
    }

    @Test
    void the_api_feeds_calendar_and_management_routes_keep_working_next_to_it() {
        assertThat(given().get("/api/v1/posts?size=1").then().statusCode(200).extract().jsonPath().getInt("meta.size"))
                .isEqualTo(1);
        assertThat(given().get("/q/health/live").then().statusCode(200).extract().asString()).contains("UP");
        assertThat(given().get("/q/openapi").then().statusCode(200).extract().asString()).contains("/api/v1/posts");
        assertThat(given().get("/feeds/posts.rss").then().statusCode(200).extract().contentType())
                .startsWith("application/rss+xml");
        assertThat(given().get("/events.ics").then().statusCode(200).extract().contentType())
                .startsWith("text/calendar");
        assertThat(given().get("/feeds/tags/kafka.rss").then().statusCode(200).extract().asString()).contains("<rss");
        assertThat(given().get("/feeds/sections/streaming.json").then().statusCode(200).extract().asString())
                .contains("\"version\"");
        Response unknown = given().get("/no-such-page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }
}
