package dev.roundup.editorial;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.roundup.common.db.Sql;
import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Corrections of link items: rendered like imported ones, and applied again by every re-import of the post. */
@QuarkusTest
class LinkWriteTest extends DemoContentTest {

    static final String SLUG = "2026-10-04-week-of-corrections";

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
        write("Intro.");
        importFolder();
    }

    @AfterEach
    void cleanUp() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from post where source_root = 'test:link-edits'").executeUpdate();
            entityManager.createNativeQuery("delete from link_correction where post_slug = ?1").setParameter(1, SLUG)
                    .executeUpdate();
        });
    }

    @Test
    void a_correction_is_rendered_like_an_import_and_survives_a_reimport() throws IOException {
        long id = idOf("skew.example.com/joins");
        JsonPath corrected = given().header("Authorization", Tokens.editor()).header("If-Match", postEtag())
                .contentType("application/merge-patch+json")
                .body("{\"title\": \"Skewed Joins, Fixed\", \"url\": \"https://www.joins.example.org/skew?utm_source=x\","
                        + " \"commentary\": \"Salting keys, **measured**.\\n\\nA second thought.\"}")
                .when().patch("/api/v1/links/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(corrected.getString("commentaryHtml"))
                .isEqualTo("<p>Salting keys, <strong>measured</strong>.</p>\n<p>A second thought.</p>\n");
        assertThat(corrected.getString("commentaryText")).isEqualTo("Salting keys, measured.\n\nA second thought.");
        assertThat(corrected.getString("domain")).isEqualTo("joins.example.org");
        assertThat(corrected.getString("post")).isEqualTo(SLUG);
        long version = corrected.getLong("version");

        JsonPath link = given().when().get("/api/v1/links/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(link.getString("title")).isEqualTo("Skewed Joins, Fixed");
        assertThat(link.getString("commentary.html")).contains("<strong>measured</strong>");
        assertThat(given().when().get("/api/v1/posts/" + SLUG).then().extract().header("ETag"))
                .startsWith("\"" + version + "-");

        write("A new intro.");
        importFolder();
        List<String> titles = sql.list("select l.title from link_item l join post p on p.id = l.post_id"
                + " where p.slug = ? order by l.post_position", List.of(SLUG), row -> row.getString(1));
        assertThat(titles).containsExactly("Skewed Joins, Fixed", "Queues Without Tears");
        assertThat(sql.list("select normalized_url || ' ' || commentary_text from link_item where title = ?",
                List.of("Skewed Joins, Fixed"), row -> row.getString(1)))
                .as("tracking parameters are not part of the normalized URL")
                .containsExactly("joins.example.org/skew Salting keys, measured.\n\nA second thought.");
        assertThat(sql.list("select body_markdown from post where slug = ?", List.of(SLUG), row -> row.getString(1)).get(0))
                .as("the rest of the post follows the file").contains("A new intro");
    }

    @Test
    void a_second_correction_merges_with_the_first_across_reimports() throws IOException {
        given().header("Authorization", Tokens.editor()).header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"url\": \"https://joins.example.org/skew\"}")
                .when().patch("/api/v1/links/" + idOf("skew.example.com/joins")).then().statusCode(200);
        given().header("Authorization", Tokens.editor()).header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"title\": \"Skew, Again\"}")
                .when().patch("/api/v1/links/" + idOf("joins.example.org/skew")).then().statusCode(200);
        write("Intro changed.");
        importFolder();
        assertThat(sql.list("select title || ' ' || url from link_item where normalized_url = ?",
                List.of("joins.example.org/skew"), row -> row.getString(1)))
                .containsExactly("Skew, Again https://joins.example.org/skew");
    }

    @Test
    void bad_patches_and_stale_versions_are_refused() {
        long id = idOf("skew.example.com/joins");
        JsonPath problem = given().header("Authorization", Tokens.editor()).header("If-Match", "*")
                .contentType("application/merge-patch+json")
                .body("{\"title\": \" \", \"url\": \"javascript:alert(1)\", \"commentary\": null, \"domain\": \"x\"}")
                .when().patch("/api/v1/links/" + id)
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).containsExactlyInAnyOrder("title", "url", "commentary", "domain");
        given().header("Authorization", Tokens.editor()).contentType("application/merge-patch+json").body("{\"title\": \"T\"}")
                .when().patch("/api/v1/links/" + id).then().statusCode(428);
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"999\"")
                .contentType("application/merge-patch+json").body("{\"title\": \"T\"}")
                .when().patch("/api/v1/links/" + id).then().statusCode(412).header("ETag", postEtag().substring(0, 2) + "\"");
        given().header("Authorization", Tokens.editor()).header("If-Match", "*")
                .contentType("application/merge-patch+json").body("{\"title\": \"T\"}")
                .when().patch("/api/v1/links/999999999").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.editor()).header("If-Match", "*")
                .contentType("application/merge-patch+json").body("{\"title\": \"T\"}")
                .when().patch("/api/v1/links/abc").then().statusCode(400).body("parameter",
                        org.hamcrest.Matchers.equalTo("id"));
        assertThat(sql.list("select title from link_item where id = ?", List.of(id), row -> row.getString(1)))
                .containsExactly("Skewed Joins");
    }

    @Test
    void an_admin_deletes_a_link_item_and_a_reimport_leaves_it_out() throws IOException {
        long id = idOf("skew.example.com/joins");
        given().header("Authorization", Tokens.editor()).header("If-Match", "*")
                .when().delete("/api/v1/links/" + id).then().statusCode(403);
        given().header("Authorization", Tokens.admin()).header("If-Match", postEtag())
                .when().delete("/api/v1/links/" + id).then().statusCode(204);
        given().when().get("/api/v1/links/" + id).then().statusCode(404);
        write("Intro again.");
        importFolder();
        assertThat(sql.list("select l.title from link_item l join post p on p.id = l.post_id where p.slug = ?",
                List.of(SLUG), row -> row.getString(1))).containsExactly("Queues Without Tears");
    }

    private String postEtag() {
        return given().when().get("/api/v1/posts/" + SLUG).then().statusCode(200).extract().header("ETag");
    }

    private long idOf(String normalizedUrl) {
        return sql
                .list("select l.id from link_item l join post p on p.id = l.post_id where p.slug = ? and l.normalized_url = ?",
                        List.of(SLUG, normalizedUrl), row -> row.getLong(1))
                .get(0);
    }

    private void importFolder() {
        importService.importTree(new ImportSource(folder, "test:link-edits"), true);
    }

    private void write(String intro) throws IOException {
        Files.writeString(folder.resolve(SLUG + ".md"), """
                ---
                title: "Week of Corrections"
                author: nora
                date: 2026-10-04T10:00:00+02:00
                categories: [roundup]
                ---

                %s

                <!--more-->

                ## Data Science

                * [Skewed Joins](https://skew.example.com/joins): how to *spot* them.
                * [Queues Without Tears](https://queues.example.com/tears): a calm guide.

                ## ~ Finally

                Bye.
                """.formatted(intro));
    }
}
