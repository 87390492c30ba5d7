package dev.roundup.importer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StartupImportTest {

    @Inject
    StartupImport startupImport;

    @Inject
    EntityManager entityManager;

    @Test
    void readiness_is_up_once_the_demo_content_is_imported() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(startupImport::isFinished);

        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'startup-import' }.data.startupImportFinished", equalTo(true));
        long demoPosts = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from post where source_root = ?1")
                .setParameter(1, StartupImport.DEMO_LABEL).getSingleResult()).longValue());
        assertThat(demoPosts).isEqualTo(13);
    }

    @Test
    void liveness_is_up() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
