package dev.roundup.editorial;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.roundup.change.Change;
import dev.roundup.common.db.Sql;
import dev.roundup.common.paging.Page;
import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Link items added to a section: stored like imported ones, announced, and put back by every re-import. */
@QuarkusTest
class LinkAdditionTest extends DemoContentTest {

    static final String SLUG = "2026-10-11-week-of-additions";
    static final String LINKS = "/api/v1/posts/" + SLUG + "/links";

    @Inject
    ImportService importService;

    @Inject
    Sql sql;

    @Inject
    EntityManager entityManager;

    @TempDir
    Path folder;

    @BeforeEach
    void content() throws IOException {
        write("Intro.", "");
        importFolder();
    }

    @AfterEach
    void cleanUp() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from post where source_root = 'test:link-additions'").executeUpdate();
            entityManager.createNativeQuery("delete from link_correction where post_slug = ?1").setParameter(1, SLUG)
                    .executeUpdate();
        });
    }

    @Test
    void an_added_item_is_rendered_like_an_imported_one_and_read_back_at_once() {
        String etag = postEtag();
        assertThat(titles()).containsExactly("Skewed Joins", "Queues Without Tears");

        Response created = add(etag,
                """
                        {"section": "Data Science", "position": 1, "title": "Partitions, Explained",
                         "url": "https://www.parts.example.com/explained/?utm_source=feed", "commentary": "A **clear** guide.\\n\\nWith maps."}""");

        created.then().statusCode(201).contentType("application/json");
        JsonPath item = created.jsonPath();
        long id = item.getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/links/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"" + (version(etag) + 1) + "\"");
        assertThat(item.getString("post")).isEqualTo(SLUG);
        assertThat(item.getString("section")).isEqualTo("data-science");
        assertThat(item.getInt("sectionPosition")).isZero();
        assertThat(item.getInt("position")).isEqualTo(1);
        assertThat(item.getString("domain")).isEqualTo("parts.example.com");
        assertThat(item.getString("commentaryHtml")).isEqualTo("<p>A <strong>clear</strong> guide.</p>\n<p>With maps.</p>\n");
        assertThat(item.getString("commentaryText")).isEqualTo("A clear guide.\n\nWith maps.");

        // the post was read (and cached) before: the write's own instance serves the new item at once
        assertThat(titles()).containsExactly("Skewed Joins", "Partitions, Explained", "Queues Without Tears");
        JsonPath link = given().when().get("/api/v1/links/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(link.getString("title")).isEqualTo("Partitions, Explained");
        assertThat(link.getString("post.slug")).isEqualTo(SLUG);
        assertThat(sql.list("select normalized_url from link_item where id = ?", List.of(id), row -> row.getString(1)))
                .containsExactly("parts.example.com/explained");
        assertThat(given().queryParam("post", SLUG).when().get("/api/v1/links").then().statusCode(200).extract()
                .jsonPath().getList("items.title")).contains("Partitions, Explained");
    }

    @Test
    void an_addition_is_announced_in_the_change_feed() {
        String before = feedEnd();
        long id = add(postEtag(),
                "{\"section\": \"data-science\", \"title\": \"Feed Link\", \"url\": \"https://feed.example.com/a\"}")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        List<Change> changes = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            changes.clear();
            changes.addAll(given().queryParam("cursor", before).queryParam("size", 100).when().get("/api/v1/changes")
                    .then().statusCode(200).extract().as(new TypeRef<Page<Change>>() {
                    }).items());
            assertThat(changes).extracting(Change::type, Change::key, Change::action)
                    .contains(tuple("link", Long.toString(id), "created"), tuple("post", SLUG, "updated"));
        });
        assertThat(changes).filteredOn(change -> change.type().equals("link"))
                .as("appended last: no other item moved").extracting(Change::key).containsExactly(Long.toString(id));
    }

    @Test
    void additions_keep_their_place_across_reimports_corrections_and_deletions() throws IOException {
        add("*", "{\"section\": \"data-science\", \"position\": 1, \"title\": \"After Skew\", \"url\": \"https://after.example.com/skew\"}")
                .then().statusCode(201);
        add("*", "{\"sectionPosition\": 0, \"title\": \"At The End\", \"url\": \"https://end.example.com/\"}")
                .then().statusCode(201);
        long first = add("*", "{\"section\": \"data-science\", \"position\": 0, \"title\": \"First Of All\","
                + " \"url\": \"https://first.example.com/\"}").then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(titles()).containsExactly("First Of All", "Skewed Joins", "After Skew", "Queues Without Tears",
                "At The End");

        given().header("Authorization", Tokens.editor()).header("If-Match", "*")
                .contentType("application/merge-patch+json").body("{\"title\": \"First, Corrected\"}")
                .when().patch("/api/v1/links/" + first).then().statusCode(200).body("section",
                        org.hamcrest.Matchers.equalTo("data-science"))
                .body("position", org.hamcrest.Matchers.equalTo(0));
        long end = idOf("end.example.com");
        given().header("Authorization", Tokens.admin()).header("If-Match", "*")
                .when().delete("/api/v1/links/" + end).then().statusCode(204);

        // the file gains an item above Skewed Joins: the addition stays right after the item it followed
        write("A new intro.", "* [Brand New](https://new.example.com/): from the file.\n");
        importFolder();

        assertThat(titles()).containsExactly("First, Corrected", "Brand New", "Skewed Joins", "After Skew",
                "Queues Without Tears");
        assertThat(sql.list("select l.post_position || ' ' || l.title from link_item l join post p on p.id = l.post_id"
                + " where p.slug = ? order by l.post_position", List.of(SLUG), row -> row.getString(1)))
                .containsExactly("0 First, Corrected", "1 Brand New", "2 Skewed Joins", "3 After Skew",
                        "4 Queues Without Tears");
    }

    @Test
    void an_addition_lapses_once_the_file_has_its_link() throws IOException {
        add("*", "{\"section\": \"data-science\", \"title\": \"Editor's Title\", \"url\": \"https://twice.example.com/\"}")
                .then().statusCode(201);
        write("Intro.", "* [File's Title](https://twice.example.com): the file has it now.\n");
        importFolder();
        assertThat(titles()).as("one item, where the file puts it, with the editor's fields")
                .containsExactly("Editor's Title", "Skewed Joins", "Queues Without Tears");
    }

    @Test
    void invalid_fields_are_listed_in_one_problem() {
        JsonPath problem = add("*", "{\"section\": \"data-science\", \"position\": -1, \"title\": \" \","
                + " \"url\": \"javascript:alert(1)\", \"commentary\": \"fine\"}")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).containsExactlyInAnyOrder("position", "title", "url");
        assertThat(problem.getString("detail")).contains("url must be an http or https URL");

        add("*", "{\"title\": \"T\", \"url\": \"https://t.example.com/\"}").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("section"));
        add("*", "{\"section\": \"data-science\", \"sectionPosition\": 0, \"title\": \"T\", \"url\": \"https://t.example.com/\"}")
                .then().statusCode(400).body("parameter", org.hamcrest.Matchers.equalTo("section"));
        String unknown = add("*", "{\"section\": \"streaming\", \"title\": \"T\", \"url\": \"https://t.example.com/\"}")
                .then().statusCode(400).body("parameter", org.hamcrest.Matchers.equalTo("section")).extract()
                .path("detail");
        assertThat(unknown).contains("0 data-science, 1 finally");
        add("*", "{\"sectionPosition\": 1, \"title\": \"T\", \"url\": \"https://t.example.com/\"}").then().statusCode(400)
                .body("parameter", org.hamcrest.Matchers.equalTo("sectionPosition"))
                .body("detail", org.hamcrest.Matchers.containsString("finally section"));
        add("*", "{\"section\": \"data-science\", \"position\": 3, \"title\": \"T\", \"url\": \"https://t.example.com/\"}")
                .then().statusCode(400).body("parameter", org.hamcrest.Matchers.equalTo("position"))
                .body("detail", org.hamcrest.Matchers.containsString("from 0 to 2"));
        add("*", "{\"section\": ").then().statusCode(400).contentType("application/problem+json");
        assertThat(titles()).containsExactly("Skewed Joins", "Queues Without Tears");
    }

    @Test
    void the_original_url_of_a_corrected_item_cannot_be_added_again() {
        long skew = idOf("skew.example.com/joins");
        given().header("Authorization", Tokens.editor()).header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"url\": \"https://joins.example.org/skew\"}")
                .when().patch("/api/v1/links/" + skew).then().statusCode(200);

        // the markdown still has the old URL: an addition of it would take the place of the correction
        add("*", "{\"section\": \"data-science\", \"title\": \"Old\", \"url\": \"https://skew.example.com/joins\"}")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("PATCH /api/v1/links/" + skew));
        assertThat(titles()).contains("Skewed Joins").doesNotContain("Old");
    }

    @Test
    void duplicates_stale_versions_and_unknown_posts_are_refused() {
        long skew = idOf("skew.example.com/joins");
        add("*", "{\"section\": \"data-science\", \"title\": \"Again\", \"url\": \"https://www.skew.example.com/joins/\"}")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("PATCH /api/v1/links/" + skew));
        String body = "{\"section\": \"data-science\", \"title\": \"T\", \"url\": \"https://t.example.com/\"}";
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(body)
                .when().post(LINKS).then().statusCode(428).contentType("application/problem+json");
        String etag = postEtag();
        add("\"" + (version(etag) + 5) + "\"", body).then().statusCode(412).header("ETag", "\"" + version(etag) + "\"");
        given().header("Authorization", Tokens.editor()).header("If-Match", "*").contentType("application/json").body(body)
                .when().post("/api/v1/posts/2026-01-01-no-such-post/links").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(titles()).containsExactly("Skewed Joins", "Queues Without Tears");
    }

    private Response add(String ifMatch, String body) {
        return given().header("Authorization", Tokens.editor()).header("If-Match", ifMatch).contentType("application/json")
                .body(body).when().post(LINKS);
    }

    private List<String> titles() {
        return given().when().get("/api/v1/posts/" + SLUG).then().statusCode(200).extract().jsonPath()
                .getList("sections.find { it.slug == 'data-science' }.links.title");
    }

    private String postEtag() {
        return given().when().get("/api/v1/posts/" + SLUG).then().statusCode(200).extract().header("ETag");
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replaceAll("^\"(\\d+).*$", "$1"));
    }

    private long idOf(String normalizedUrl) {
        return sql
                .list("select l.id from link_item l join post p on p.id = l.post_id where p.slug = ? and l.normalized_url = ?",
                        List.of(SLUG, normalizedUrl), row -> row.getLong(1))
                .get(0);
    }

    /** The feed's cursor at its end now. */
    private static String feedEnd() {
        String cursor = null;
        while (true) {
            var request = given().queryParam("size", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Page<Change> page = request.when().get("/api/v1/changes").then().statusCode(200).extract()
                    .as(new TypeRef<Page<Change>>() {
                    });
            if (page.meta().nextCursor() != null) {
                cursor = page.meta().nextCursor();
            }
            if (page.items().size() < 100) {
                return cursor;
            }
        }
    }

    private void importFolder() {
        importService.importTree(new ImportSource(folder, "test:link-additions"), true);
    }

    private void write(String intro, String firstItem) throws IOException {
        Files.writeString(folder.resolve(SLUG + ".md"), """
                ---
                title: "Week of Additions"
                author: nora
                date: 2026-10-11T10:00:00+02:00
                categories: [roundup]
                ---

                %s

                <!--more-->

                ## Data Science

                %s* [Skewed Joins](https://skew.example.com/joins): how to *spot* them.
                * [Queues Without Tears](https://queues.example.com/tears): a calm guide.

                ## ~ Finally

                Bye.
                """.formatted(intro, firstItem));
    }
}
