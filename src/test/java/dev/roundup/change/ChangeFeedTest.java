package dev.roundup.change;

import static dev.roundup.change.ChangeFeedReader.awaitPost;
import static dev.roundup.change.ChangeFeedReader.drain;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.change.ChangeFeedReader.Feed;
import dev.roundup.common.paging.Page;
import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;

@QuarkusTest
class ChangeFeedTest extends DemoContentTest {

    private static final String POST = "2026-10-04-change-feed-post";
    private static final String DRAFT = "2026-10-11-change-feed-draft";

    @Inject
    ImportService importService;

    @Inject
    EntityManager entityManager;

    private Path folder;
    private String cursor;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createTempDirectory("roundup-changes-");
        cursor = drain(null).cursor();
    }

    @Test
    void an_import_appears_as_created_and_a_draft_does_not() throws IOException {
        write(POST, "Change Feed Post", false);
        write(DRAFT, "Change Feed Draft", true);
        importTree();

        List<Change> changes = awaitPost(cursor, POST, "created").changes();

        assertThat(changes).filteredOn(change -> change.type().equals("post"))
                .extracting(Change::key, Change::action, Change::href)
                .containsExactly(tuple(POST, "created", "/api/v1/posts/" + POST));
        assertThat(changes).filteredOn(change -> change.type().equals("link"))
                .extracting(Change::postSlug, Change::action)
                .containsExactly(tuple(POST, "created"), tuple(POST, "created"));
        assertThat(changes).extracting(Change::postSlug).doesNotContain(DRAFT);
    }

    @Test
    void a_re_import_is_one_update_of_the_post_and_new_link_items() throws IOException {
        write(POST, "Change Feed Post", false);
        importTree();
        Feed before = awaitPost(cursor, POST, "created");
        List<String> oldLinks = before.changes().stream()
                .filter(change -> change.type().equals("link") && POST.equals(change.postSlug())).map(Change::key).toList();

        write(POST, "Change Feed Post, Retitled", false);
        importTree();
        List<Change> changes = awaitPost(before.cursor(), POST, "updated").changes();

        assertThat(changes).filteredOn(change -> change.type().equals("post"))
                .extracting(Change::key, Change::action).containsExactly(tuple(POST, "updated"));
        assertThat(oldLinks).hasSize(2);
        assertThat(changes).filteredOn(change -> change.type().equals("link") && POST.equals(change.postSlug()))
                .filteredOn(change -> change.action().equals("deleted"))
                .extracting(Change::key).containsExactlyInAnyOrderElementsOf(oldLinks);
        assertThat(changes).filteredOn(change -> change.type().equals("link") && POST.equals(change.postSlug()))
                .filteredOn(change -> change.action().equals("created"))
                .hasSize(2).extracting(Change::key).doesNotContainAnyElementsOf(oldLinks);
    }

    @Test
    void publishing_a_draft_creates_it_and_unpublishing_deletes_it() throws IOException {
        write(DRAFT, "Change Feed Draft", true);
        write(POST, "Change Feed Post", false);
        importTree();
        Feed hidden = awaitPost(cursor, POST, "created");
        assertThat(hidden.changes()).extracting(Change::postSlug).doesNotContain(DRAFT);

        write(DRAFT, "Change Feed Draft", false);
        importTree();
        Feed published = awaitPost(hidden.cursor(), DRAFT, "created");
        assertThat(published.changes()).filteredOn(change -> change.type().equals("post"))
                .extracting(Change::key, Change::action).containsExactly(tuple(DRAFT, "created"));

        write(DRAFT, "Change Feed Draft", true);
        importTree();
        List<Change> unpublished = awaitPost(published.cursor(), DRAFT, "deleted").changes();
        assertThat(unpublished).extracting(Change::type, Change::action).containsOnly(tuple("post", "deleted"),
                tuple("link", "deleted"));
        assertThat(unpublished).filteredOn(change -> change.type().equals("post")).extracting(Change::key)
                .containsExactly(DRAFT);
    }

    @Test
    void a_scheduled_post_appears_when_its_time_comes_and_sql_by_hand_is_logged() throws IOException {
        write(POST, "Change Feed Post", false);
        importTree();
        Feed imported = awaitPost(cursor, POST, "created");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update post set published_at = now() + interval '2 seconds' where slug = ?1")
                .setParameter(1, POST).executeUpdate());
        Feed scheduled = awaitPost(imported.cursor(), POST, "deleted");
        assertThat(scheduled.changes()).filteredOn(change -> change.type().equals("post"))
                .extracting(Change::key, Change::action).containsExactly(tuple(POST, "deleted"));

        List<Change> later = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            later.clear();
            later.addAll(drain(scheduled.cursor()).changes());
            assertThat(later).filteredOn(change -> change.type().equals("post"))
                    .extracting(Change::key, Change::action).containsExactly(tuple(POST, "created"));
        });
        assertThat(later).filteredOn(change -> change.type().equals("link"))
                .extracting(Change::action).containsExactly("created", "created");
    }

    @Test
    void an_editors_own_event_is_announced_as_created_and_deleted() {
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"name\": \"Wombat Data Days\", \"startsOn\": \"2026-12-14\", \"city\": \"Hobart\"}")
                .post("/api/v1/events").then().statusCode(201);
        Feed created = ChangeFeedReader.await(cursor, "event", "wombat-data-days-2026", "created");

        given().header("Authorization", Tokens.admin()).header("If-Match", "\"1\"")
                .delete("/api/v1/events/wombat-data-days-2026").then().statusCode(204);
        List<Change> deleted = ChangeFeedReader.await(created.cursor(), "event", "wombat-data-days-2026", "deleted")
                .changes();
        assertThat(deleted).extracting(Change::type, Change::key, Change::action)
                .containsExactly(tuple("event", "wombat-data-days-2026", "deleted"));
    }

    @Test
    void type_and_since_filter_the_feed() throws IOException {
        write(POST, "Change Feed Post", false);
        importTree();
        awaitPost(cursor, POST, "created");

        Page<Change> posts = given().queryParam("cursor", cursor).queryParam("type", "post").get("/api/v1/changes")
                .then().statusCode(200).extract().as(new TypeRef<Page<Change>>() {
                });
        assertThat(posts.items()).extracting(Change::type).containsOnly("post");
        assertThat(posts.items()).extracting(Change::key).containsExactly(POST);

        Page<Change> future = given().queryParam("since", "2999-01-01T00:00:00Z").get("/api/v1/changes")
                .then().statusCode(200).extract().as(new TypeRef<Page<Change>>() {
                });
        assertThat(future.items()).isEmpty();
        Page<Change> sinceCursor = given().queryParam("since", cursor).queryParam("type", "post")
                .get("/api/v1/changes").then().statusCode(200).extract().as(new TypeRef<Page<Change>>() {
                });
        assertThat(sinceCursor.items()).extracting(Change::key).containsExactly(POST);
    }

    @Test
    void bad_parameters_are_problems_naming_them() {
        given().queryParam("type", "tag").get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("type"));
        given().queryParam("since", "2026-13-45").get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("since"));
        given().queryParam("size", "0").get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("size"));
        given().queryParam("cursor", "bm9wZQ").get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("cursor"));
        given().queryParam("page", "0").get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("page"));
        given().queryParam("size", "many").get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("size"));
    }

    @Test
    void a_bad_cursor_in_since_is_a_problem_naming_since() {
        given().queryParam("since", "bm9wZQ").get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("since"))
                .body("detail", org.hamcrest.Matchers.containsString("a cursor from meta.nextCursor"));
        given().queryParam("since", "yesterday").get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("since"));
        String postsCursor = new dev.roundup.common.paging.Cursor("-date", "2026-01-01T00:00:00Z", 3).encode();
        given().queryParam("since", postsCursor).get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("since")).body("detail", org.hamcrest.Matchers.containsString("sort=-date"));
        given().queryParam("cursor", postsCursor).get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("cursor"));
        String forged = new dev.roundup.common.paging.Cursor("changes", "not-a-transaction", 3).encode();
        given().queryParam("since", forged).get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("since"));
        given().queryParam("cursor", forged).get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("cursor"));
        given().queryParam("since", cursor).queryParam("page", "2").get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("since"));
        given().queryParam("since", cursor).queryParam("cursor", cursor).get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("since"));
        given().queryParam("cursor", cursor).queryParam("page", "2").get("/api/v1/changes").then().statusCode(400)
                .body("parameter", equalTo("cursor"));
    }

    private void importTree() {
        importService.importTree(ImportSource.of(folder), false);
    }

    private void write(String slug, String title, boolean draft) throws IOException {
        Files.writeString(folder.resolve(slug + ".md"), """
                ---
                title: "%s"
                author: nora
                date: %sT09:00:00+02:00
                draft: %s
                categories: [roundup]
                tags: [Kafka]
                ---

                An intro.

                <!--more-->

                ## Streaming

                * [**First Change Feed Link**][1]. Words about the first link.
                * [**Second Change Feed Link**][2]. Words about the second link.

                [1]: https://changes.example.com/one
                [2]: https://changes.example.com/two
                """.formatted(title, slug.substring(0, 10), draft));
    }
}
