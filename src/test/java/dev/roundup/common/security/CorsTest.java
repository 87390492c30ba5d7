package dev.roundup.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The test profile allows https://editor.example.com and the tests' static site on 127.0.0.1 (quarkus.http.cors.origins). */
@QuarkusTest
class CorsTest {

    @Test
    void a_preflight_from_an_allowed_origin_may_write_with_a_token_and_if_match() {
        Response response = given().header("Origin", "https://editor.example.com")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, If-Match")
                .when().options("/api/v1/posts/some-post");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://editor.example.com");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("PATCH");
        assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("If-Match")
                .containsIgnoringCase("Authorization");
    }

    @Test
    void reads_from_an_allowed_origin_expose_the_etag_and_paging_headers() {
        Response response = given().header("Origin", "https://editor.example.com").when().get("/api/v1/posts?size=1");
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://editor.example.com");
        assertThat(response.header("Access-Control-Expose-Headers")).contains("ETag", "X-Total-Count", "Link");
    }

    @Test
    void the_reference_frontend_on_127_0_0_1_may_read_but_a_look_alike_origin_may_not() {
        Response site = given().header("Origin", "http://127.0.0.1:18282").when().get("/api/v1/posts?size=1");
        assertThat(site.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:18282");
        Response lookAlike = given().header("Origin", "http://127a0b0c1:18282").when().get("/api/v1/posts?size=1");
        assertThat(lookAlike.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void another_origin_gets_no_cors_grant() {
        Response response = given().header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/posts/some-post");
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }
}
