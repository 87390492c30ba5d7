package dev.roundup.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.roundup.importer.StartupImport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Readiness follows the change listener: DOWN while it has been away longer than the grace, UP once back. */
@QuarkusTest
@TestProfile(ChangeListenerReadinessTest.SlowReconnect.class)
class ChangeListenerReadinessTest {

    /** No grace, and a long wait before reconnecting: the listener stays away long enough to be seen. */
    public static class SlowReconnect implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("roundup.changes.reconnect-delay", "6s", "roundup.changes.listener-grace", "0s");
        }
    }

    @Inject
    StartupImport startupImport;

    @Inject
    ChangeListener listener;

    @Inject
    EntityManager entityManager;

    @Test
    void readiness_is_down_while_the_listener_is_disconnected_and_up_once_it_is_back() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> startupImport.isFinished() && listener.connected());
        JsonPath ready = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("checks.find { it.name == 'change-listener' }.status")).isEqualTo("UP");
        assertThat(ready.getBoolean("checks.find { it.name == 'change-listener' }.data.connected")).isTrue();

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("select pg_terminate_backend(pid)"
                + " from pg_stat_activity where application_name = 'roundup-change-listener'"
                + " and datname = current_database()").getResultList());

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            Response response = given().when().get("/q/health/ready");
            assertThat(response.statusCode()).isEqualTo(503);
            JsonPath down = response.jsonPath();
            assertThat(down.getString("status")).isEqualTo("DOWN");
            assertThat(down.getString("checks.find { it.name == 'change-listener' }.status")).isEqualTo("DOWN");
            assertThat(down.getBoolean("checks.find { it.name == 'change-listener' }.data.connected")).isFalse();
            assertThat(down.getString("checks.find { it.name == 'change-listener' }.data.disconnectedSince")).isNotBlank();
            assertThat(down.getString("checks.find { it.name == 'startup-import' }.status")).isEqualTo("UP");
        });

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonPath up = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(up.getString("checks.find { it.name == 'change-listener' }.status")).isEqualTo("UP");
        });
    }
}
