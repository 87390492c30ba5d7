package dev.roundup.change;

import static dev.roundup.change.ChangeFeedReader.awaitPost;
import static dev.roundup.change.ChangeFeedReader.drain;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.change.ChangeFeedReader.Feed;
import dev.roundup.common.db.Sql;
import dev.roundup.common.paging.Page;
import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContentTest;
import dev.roundup.webhook.DeliveryPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.path.json.JsonPath;

/** Changes and webhook deliveries past their retention are purged; a reader behind the purge gets a 410. */
@QuarkusTest
class RetentionTest extends DemoContentTest {

    private static final String OLD = "2026-09-27-retention-old-post";
    private static final String NEW = "2026-10-18-retention-new-post";
    private static final long FAKE_CHANGE = 9_000_000_000L;

    @Inject
    ImportService importService;

    @Inject
    ChangeLogPurge changePurge;

    @Inject
    DeliveryPurge deliveryPurge;

    @Inject
    Sql sql;

    @Inject
    EntityManager entityManager;

    private Path folder;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createTempDirectory("roundup-retention-");
    }

    @AfterEach
    void cleanUp() {
        execute("delete from webhook_delivery where change_id >= " + FAKE_CHANGE);
    }

    @Inject
    @Any
    Instance<RetentionPurges.Purge> scheduledPurges;

    @Test
    void the_schedule_runs_both_purges() {
        assertThat(scheduledPurges.stream().map(RetentionPurges.Purge::describe))
                .anyMatch(what -> what.startsWith("changes older than"))
                .anyMatch(what -> what.startsWith("webhook deliveries finished more than"))
                .hasSize(2);
    }

    @Test
    void old_changes_are_purged_and_a_reader_behind_them_is_told_to_resync() throws IOException {
        String beforeOld = drain(null).cursor();
        write(OLD, "Retention Old Post");
        importTree();
        Feed old = awaitPost(beforeOld, OLD, null);
        // everything up to the old post's changes is 40 days old now; the default retention is 30 days
        execute("update change_log set at = now() - interval '40 days' where (tx, id) <= (select tx, id from change_log"
                + " where post_slug = '" + OLD + "' order by tx desc, id desc limit 1)");
        write(NEW, "Retention New Post");
        importTree();
        awaitPost(old.cursor(), NEW, null);

        long purged = changePurge.purge();

        assertThat(purged).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from change_log where post_slug = '" + OLD + "'")).isZero();
        assertThat(count("select count(*) from change_log where post_slug = '" + NEW + "'")).isEqualTo(3);
        assertThat(count("select count(*) from change_log where at < now() - interval '30 days'")).isZero();

        JsonPath byCursor = given().queryParam("cursor", beforeOld).when().get("/api/v1/changes")
                .then().statusCode(410).contentType("application/problem+json").extract().jsonPath();
        assertThat(byCursor.getString("parameter")).isEqualTo("cursor");
        assertThat(byCursor.getString("type")).isEqualTo("https://roundup.dev/problems/changes-purged");
        assertThat(byCursor.getString("detail")).contains("Resync").contains("resumeCursor");
        given().queryParam("since", beforeOld).when().get("/api/v1/changes").then().statusCode(410)
                .body("parameter", org.hamcrest.Matchers.equalTo("since"));
        String monthsAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(41).toString();
        given().queryParam("since", monthsAgo).when().get("/api/v1/changes").then().statusCode(410)
                .body("parameter", org.hamcrest.Matchers.equalTo("since"));

        // a reader that had seen the purged changes, or starts now, goes on as before
        Page<Change> after = page("cursor", old.cursor());
        assertThat(after.items()).extracting(Change::postSlug).contains(NEW).doesNotContain(OLD);
        Page<Change> recent = page("since", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString());
        assertThat(recent.items()).extracting(Change::postSlug).contains(NEW);
        assertThat(page("cursor", byCursor.getString("resumeCursor")).items()).extracting(Change::postSlug)
                .doesNotContain(OLD, NEW);
        assertThat(drain(null).changes()).as("from the beginning: what is kept")
                .extracting(Change::postSlug).contains(NEW).doesNotContain(OLD);
    }

    @Test
    void a_purge_keeps_what_is_younger_than_the_retention() {
        long before = count("select count(*) from change_log");
        assertThat(changePurge.purge()).isZero();
        assertThat(count("select count(*) from change_log")).isEqualTo(before);
    }

    @Test
    void finished_deliveries_past_their_retention_are_purged_and_pending_ones_stay() {
        delivery(FAKE_CHANGE, "delivered", "40 days");
        delivery(FAKE_CHANGE + 1, "failed", "31 days");
        delivery(FAKE_CHANGE + 2, "pending", "40 days");
        delivery(FAKE_CHANGE + 3, "delivered", "1 day");

        assertThat(deliveryPurge.purge()).isEqualTo(2);

        assertThat(sql.list("select change_id || ' ' || status from webhook_delivery where change_id >= ? order by change_id",
                List.of(FAKE_CHANGE), row -> row.getString(1)))
                .containsExactly((FAKE_CHANGE + 2) + " pending", (FAKE_CHANGE + 3) + " delivered");
    }

    private void delivery(long changeId, String status, String age) {
        execute("insert into webhook_delivery (change_id, url, payload, status, created_at, updated_at) values ("
                + changeId + ", 'http://127.0.0.1:9/hook', '{}', '" + status + "', now() - interval '" + age
                + "', now() - interval '" + age + "')");
    }

    private void execute(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    private long count(String query) {
        return sql.count(query, List.of());
    }

    private static Page<Change> page(String parameter, String value) {
        return given().queryParam(parameter, value).queryParam("size", 100).when().get("/api/v1/changes").then()
                .statusCode(200).extract().as(new TypeRef<Page<Change>>() {
                });
    }

    private void importTree() {
        importService.importTree(ImportSource.of(folder), false);
    }

    private void write(String slug, String title) throws IOException {
        Files.writeString(folder.resolve(slug + ".md"), """
                ---
                title: "%s"
                author: nora
                date: %sT09:00:00+02:00
                categories: [roundup]
                ---

                An intro.

                <!--more-->

                ## Streaming

                * [**First Retention Link**](https://retention.example.com/%s/one). Words.
                * [**Second Retention Link**](https://retention.example.com/%s/two). More words.
                """.formatted(title, slug.substring(0, 10), slug, slug));
    }
}
