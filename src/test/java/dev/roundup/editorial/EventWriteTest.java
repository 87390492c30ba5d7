package dev.roundup.editorial;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
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

/** Events by hand and corrections of extracted ones, which a re-import keeps while it updates the mentions. */
@QuarkusTest
class EventWriteTest extends DemoContentTest {

    static final String SUMMIT = """
            {"name": "Fjord Stream Summit", "startsOn": "2026-12-03", "endsOn": "2026-12-04", "city": "Bergen",
             "country": "Norway", "venue": "Grieghallen", "url": "https://fjord.example.no/summit/",
             "description": "Two days of stream processing by the sea.", "role": "speaker",
             "talks": [{"title": "Offsets Are Promises", "summary": "What a commit commits you to."}]}""";

    @Inject
    ImportService importService;

    @Inject
    Sql sql;

    @Inject
    EntityManager entityManager;

    @TempDir
    Path folder;

    @AfterEach
    void cleanUp() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from post where source_root = 'test:event-edits'").executeUpdate();
            entityManager.createNativeQuery("delete from event where slug like 'fjord-%' or slug like 'tundra-%'")
                    .executeUpdate();
        });
    }

    @Test
    void an_editor_creates_an_event_that_has_no_mentions_until_a_post_names_it() throws IOException {
        JsonPath created = given().header("Authorization", Tokens.editor()).contentType("application/json").body(SUMMIT)
                .when().post("/api/v1/events")
                .then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", endsWith("/api/v1/events/fjord-stream-summit-2026"))
                .extract().jsonPath();
        assertThat(created.getString("slug")).isEqualTo("fjord-stream-summit-2026");
        assertThat(created.getBoolean("edited")).isTrue();
        assertThat(created.getString("status")).isEqualTo("scheduled");

        JsonPath event = given().when().get("/api/v1/events/fjord-stream-summit-2026")
                .then().statusCode(200).header("ETag", startsWith("\"1-")).extract().jsonPath();
        assertThat(event.getString("name")).isEqualTo("Fjord Stream Summit");
        assertThat(event.getString("startsOn")).isEqualTo("2026-12-03");
        assertThat(event.getString("endsOn")).isEqualTo("2026-12-04");
        assertThat(event.getString("venue")).isEqualTo("Grieghallen");
        assertThat(event.getList("talks.title")).containsExactly("Offsets Are Promises");
        assertThat(event.getList("mentions")).isEmpty();

        write("2026-11-08-a.md", "2026-11-08",
                "[The summit in Bergen](https://fjord.example.no/summit) is on the 5th of December.");
        importFolder();
        JsonPath mentioned = given().when().get("/api/v1/events/fjord-stream-summit-2026").then().statusCode(200)
                .extract().jsonPath();
        assertThat(mentioned.getList("mentions.post.slug")).containsExactly("2026-11-08-a");
        assertThat(mentioned.getString("startsOn")).as("the editor's date, not the post's").isEqualTo("2026-12-03");
        assertThat(mentioned.getString("name")).isEqualTo("Fjord Stream Summit");
        assertThat(sql.count("select count(*) from event where normalized_url = 'fjord.example.no/summit'", List.of()))
                .isEqualTo(1);
    }

    @Test
    void creating_an_event_whose_slug_or_url_exists_is_a_409() {
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(SUMMIT)
                .when().post("/api/v1/events").then().statusCode(201);
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(SUMMIT)
                .when().post("/api/v1/events")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("fjord-stream-summit-2026"));
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"name\": \"Fjord Summit Again\", \"url\": \"https://www.fjord.example.no/summit\"}")
                .when().post("/api/v1/events")
                .then().statusCode(409).body("type", endsWith("event-exists"));
    }

    @Test
    void invalid_fields_are_each_listed_in_a_400_problem() {
        JsonPath problem = given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"name\": \" \", \"role\": \"host\", \"url\": \"ftp://fjord.example.no\", \"slug\": \"Not A Slug\"}")
                .when().post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).containsExactlyInAnyOrder("name", "role", "url", "slug");

        JsonPath dates = given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"name\": \"Fjord Meetup\", \"startsOn\": \"2026-12-05\", \"endsOn\": \"2026-12-01\","
                        + " \"startsAt\": \"2026-12-05T18:00:00+01:00\", \"endsAt\": \"yesterday\"}")
                .when().post("/api/v1/events")
                .then().statusCode(400).extract().jsonPath();
        assertThat(dates.getList("errors.field")).containsExactlyInAnyOrder("endsOn", "endsAt", "zone");
        assertThat(sql.count("select count(*) from event where slug like 'fjord-%'", List.of())).isZero();
    }

    @Test
    void times_with_a_zone_give_the_days_in_that_zone() {
        JsonPath created = given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"name\": \"Fjord Night Meetup\", \"startsAt\": \"2026-12-09T23:30:00Z\","
                        + " \"endsAt\": \"2026-12-10T01:00:00Z\", \"zone\": \"Europe/Oslo\"}")
                .when().post("/api/v1/events").then().statusCode(201).extract().jsonPath();
        assertThat(created.getString("startsOn")).isEqualTo("2026-12-10");
        JsonPath event = given().when().get("/api/v1/events/fjord-night-meetup-2026").then().statusCode(200)
                .extract().jsonPath();
        assertThat(event.getString("zone")).isEqualTo("Europe/Oslo");
        assertThat(java.time.OffsetDateTime.parse(event.getString("startsAt")).toInstant())
                .isEqualTo(java.time.Instant.parse("2026-12-09T23:30:00Z"));
    }

    @Test
    void a_correction_of_an_extracted_event_survives_reimports_while_its_mentions_follow_the_posts() throws IOException {
        write("2026-05-03-a.md", "2026-05-03", "[Tundra Data Day](https://tundra.example.is/) is on the 20th of June.");
        importFolder();
        String etag = given().when().get("/api/v1/events/tundra-data-day-2026").then().statusCode(200)
                .body("edited", org.hamcrest.Matchers.equalTo(false)).extract().header("ETag");

        JsonPath patched = given().header("Authorization", Tokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"city\": \"Reykjavik\", \"startsOn\": \"2026-06-21\", \"endsOn\": null,"
                        + " \"url\": \"https://tundradata.example.is/2026\"}")
                .when().patch("/api/v1/events/tundra-data-day-2026")
                .then().statusCode(200).extract().jsonPath();
        assertThat(patched.getBoolean("edited")).isTrue();
        long version = patched.getLong("version");
        assertThat(etag).startsWith("\"" + (version - 1) + "-");

        write("2026-05-03-a.md", "2026-05-03", "[Tundra Data Day](https://tundra.example.is/) moved to the 27th of June.");
        write("2026-05-10-b.md", "2026-05-10", "[Tundra Data Day](https://tundra.example.is/) is on June 27, I speak there.");
        importFolder();

        JsonPath event = given().when().get("/api/v1/events/tundra-data-day-2026").then().statusCode(200)
                .extract().jsonPath();
        assertThat(event.getString("city")).isEqualTo("Reykjavik");
        assertThat(event.getString("startsOn")).isEqualTo("2026-06-21");
        assertThat(event.getString("url")).isEqualTo("https://tundradata.example.is/2026");
        assertThat(event.getString("role")).as("not taken from the new post").isNull();
        assertThat(event.getList("mentions.post.slug")).containsExactly("2026-05-03-a", "2026-05-10-b");
        assertThat(sql.count("select count(*) from event where slug like 'tundra-%'", List.of()))
                .as("the posts' old URL still finds the corrected event").isEqualTo(1);

        write("2026-05-10-b.md", "2026-05-10", "Nothing about events this week.");
        importFolder();
        assertThat(given().when().get("/api/v1/events/tundra-data-day-2026").then().statusCode(200)
                .extract().jsonPath().getList("mentions.post.slug")).containsExactly("2026-05-03-a");
    }

    @Test
    void writes_need_the_current_version_in_if_match() {
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(SUMMIT)
                .when().post("/api/v1/events").then().statusCode(201);
        given().header("Authorization", Tokens.editor()).contentType("application/merge-patch+json")
                .body("{\"city\": \"Oslo\"}")
                .when().patch("/api/v1/events/fjord-stream-summit-2026")
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"7\"")
                .contentType("application/merge-patch+json").body("{\"city\": \"Oslo\"}")
                .when().patch("/api/v1/events/fjord-stream-summit-2026")
                .then().statusCode(412).header("ETag", "\"1\"");
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"city\": \"Oslo\"}")
                .when().patch("/api/v1/events/fjord-stream-summit-2026")
                .then().statusCode(200).header("ETag", "\"2\"");
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"city\": \"Trondheim\"}")
                .when().patch("/api/v1/events/fjord-stream-summit-2026")
                .then().statusCode(412);
        assertThat(given().when().get("/api/v1/events/fjord-stream-summit-2026").then().extract().jsonPath()
                .getString("city")).isEqualTo("Oslo");
    }

    @Test
    void a_replace_clears_what_it_leaves_out_and_keeps_the_slug() {
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(SUMMIT)
                .when().post("/api/v1/events").then().statusCode(201);
        given().header("Authorization", Tokens.editor()).header("If-Match", "*").contentType("application/json")
                .body("{\"slug\": \"fjord-other\", \"name\": \"Fjord Stream Summit\"}")
                .when().put("/api/v1/events/fjord-stream-summit-2026")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("slug"));
        JsonPath replaced = given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"")
                .contentType("application/json")
                .body("{\"name\": \"Fjord Stream Summit\", \"startsOn\": \"2026-12-03\", \"status\": \"cancelled\"}")
                .when().put("/api/v1/events/fjord-stream-summit-2026")
                .then().statusCode(200).header("ETag", "\"2\"").extract().jsonPath();
        assertThat(replaced.getString("status")).isEqualTo("cancelled");
        JsonPath event = given().when().get("/api/v1/events/fjord-stream-summit-2026").then().extract().jsonPath();
        assertThat(event.getString("city")).isNull();
        assertThat(event.getList("talks")).isEmpty();
        assertThat(event.getString("status")).isEqualTo("cancelled");
    }

    @Test
    void a_patch_of_an_unknown_field_or_slug_is_refused() {
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(SUMMIT)
                .when().post("/api/v1/events").then().statusCode(201);
        JsonPath problem = given().header("Authorization", Tokens.editor()).header("If-Match", "*")
                .contentType("application/merge-patch+json").body("{\"slug\": \"x\", \"colour\": \"blue\", \"name\": null}")
                .when().patch("/api/v1/events/fjord-stream-summit-2026")
                .then().statusCode(400).extract().jsonPath();
        assertThat(problem.getList("errors.field")).containsExactlyInAnyOrder("slug", "colour", "name");
        given().header("Authorization", Tokens.editor()).header("If-Match", "*")
                .contentType("application/merge-patch+json").body("{\"city\": \"Oslo\"}")
                .when().patch("/api/v1/events/fjord-no-such-event")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void an_admin_deletes_an_event_an_editor_cannot() {
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(SUMMIT)
                .when().post("/api/v1/events").then().statusCode(201);
        given().header("Authorization", Tokens.editor()).header("If-Match", "*")
                .when().delete("/api/v1/events/fjord-stream-summit-2026").then().statusCode(403);
        given().header("Authorization", Tokens.admin()).header("If-Match", "\"3\"")
                .when().delete("/api/v1/events/fjord-stream-summit-2026").then().statusCode(412);
        given().header("Authorization", Tokens.admin()).header("If-Match", "\"1\"")
                .when().delete("/api/v1/events/fjord-stream-summit-2026").then().statusCode(204);
        given().when().get("/api/v1/events/fjord-stream-summit-2026").then().statusCode(404);
    }

    private void importFolder() {
        importService.importTree(new ImportSource(folder, "test:event-edits"), true);
    }

    private void write(String file, String date, String wind) throws IOException {
        Files.writeString(folder.resolve(file), """
                ---
                title: "Week of %s"
                author: nora
                date: %sT10:00:00+02:00
                categories: [roundup]
                ---

                Intro.

                <!--more-->

                ## WIND (What Is Nora Doing)

                %s

                ## ~ Finally

                Bye.
                """.formatted(date, date, wind));
    }
}
