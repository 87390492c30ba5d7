package dev.roundup.importer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Path;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.roundup.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RunLivenessTest {

    @Inject
    RunLiveness liveness;

    @Inject
    ImportService importService;

    @Test
    void a_run_whose_importer_died_is_shown_as_interrupted() {
        long runId = startedRun("test:died");

        given().header("Authorization", Tokens.admin()).get("/api/v1/admin/imports/" + runId).then().statusCode(200)
                .body("status", equalTo("interrupted"))
                .body("finishedAt", notNullValue());
    }

    @Test
    void a_run_whose_importer_holds_its_lock_stays_running_until_it_lets_go() {
        long runId = startedRun("test:alive");

        try (RunLiveness.Held alive = liveness.hold(runId)) {
            liveness.markInterrupted();
            assertThat(status(runId)).isEqualTo(ImportRun.Status.running);
        }
        liveness.markInterrupted();
        assertThat(status(runId)).isEqualTo(ImportRun.Status.interrupted);
    }

    @Test
    void a_run_that_has_just_started_is_left_alone() {
        long runId = QuarkusTransaction.requiringNew().call(() -> ImportRun.start("test:just-started").id);

        liveness.markInterrupted();

        assertThat(status(runId)).isEqualTo(ImportRun.Status.running);
    }

    @Test
    void a_run_that_stops_on_an_error_is_marked_failed() {
        long before = newestRunId();

        assertThatThrownBy(() -> importService.importTree(ImportSource.of(Path.of("target/no-such-folder")), false))
                .isInstanceOf(RuntimeException.class);

        long runId = newestRunId();
        assertThat(runId).isGreaterThan(before);
        assertThat(status(runId)).isEqualTo(ImportRun.Status.failed);
        given().header("Authorization", Tokens.admin()).get("/api/v1/admin/imports/" + runId).then()
                .body("status", equalTo("failed")).body("finishedAt", notNullValue());
    }

    /** A run stored as running two minutes ago: past the grace a run has to take its lock. */
    private static long startedRun(String source) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportRun run = ImportRun.start(source);
            run.startedAt = Instant.now().minusSeconds(120);
            return run.id;
        });
    }

    private static ImportRun.Status status(long runId) {
        return QuarkusTransaction.requiringNew().call(() -> ImportRun.<ImportRun>findById(runId).status);
    }

    private static long newestRunId() {
        return QuarkusTransaction.requiringNew().call(() -> ImportRun.<ImportRun>find("order by id desc")
                .firstResultOptional().map(run -> run.id).orElse(0L));
    }
}
