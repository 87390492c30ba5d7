package dev.roundup.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.importer.StartupImport;
import dev.roundup.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With no key to verify tokens with, the service serves every read and refuses every write, even a signed one. */
@QuarkusTest
@TestProfile(ReadOnlyWithoutKeyTest.NoKey.class)
class ReadOnlyWithoutKeyTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "NONE");
        }
    }

    @Inject
    StartupImport startupImport;

    @BeforeEach
    void demoContentImported() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(startupImport::isFinished);
    }

    @Test
    void public_reads_are_served() {
        given().when().get("/api/v1/posts?size=2").then().statusCode(200)
                .body("items.title", hasItem(containsString("Interesting Stuff")));
        given().when().get("/feeds/posts.rss").then().statusCode(200).body(containsString("<rss"));
    }

    @Test
    void writes_are_401_problems_that_say_the_editorial_api_is_off_even_with_a_token() {
        given().header("Authorization", Tokens.editor()).contentType("text/markdown").body("---\ntitle: x\n---\n")
                .when().post("/api/v1/posts")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("editorial API is off"))
                .body("detail", containsString("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        given().contentType("application/json").body("{}").when().post("/api/v1/admin/imports")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_preview_is_refused_and_a_plain_read_with_a_token_is_still_served() {
        given().header("Authorization", Tokens.editor()).when().get("/api/v1/posts?preview=true")
                .then().statusCode(401).body("detail", containsString("editorial API is off"));
        given().header("Authorization", Tokens.editor()).when().get("/api/v1/posts?size=1").then().statusCode(200);
    }

    @Test
    void readiness_reports_the_editorial_api_off_and_stays_up() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'editorial-api' }.data.state", equalTo("off"))
                .body("checks.name", not(hasItem("signing-key")));
    }
}
