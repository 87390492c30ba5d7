package dev.roundup.editorial;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class PostWriteTest extends DemoContentTest {

    static final String ROUNDUP = """
            ---
            title: "Interesting Stuff - Week 47, 2026"
            date: 2026-11-22T09:30:00+01:00
            author: nora
            categories: [roundup]
            tags: [Kafka, Flink]
            description: A roundup written through the API
            ---

            Intro of the week, with a word on what follows.

            <!--more-->

            ## Streaming

            * [Exactly Once, Again](https://stream.example.com/exactly-once): what the **new** protocol changes.
            * [Backpressure Explained](https://flow.example.org/backpressure): a clear walk-through.

            ## Data Science

            * [Features Without Leakage](https://ml.example.net/leakage): careful splits.

            ## ~ Finally

            That's all for this week.
            """;

    @Test
    void a_markdown_roundup_becomes_a_post_with_its_sections_and_link_items() {
        JsonPath created = given().header("Authorization", Tokens.editor()).contentType("text/markdown").body(ROUNDUP)
                .when().post("/api/v1/posts")
                .then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/posts/2026-11-22-interesting-stuff-week-47-2026"))
                .extract().jsonPath();
        assertThat(created.getString("slug")).isEqualTo("2026-11-22-interesting-stuff-week-47-2026");
        assertThat(created.getString("status")).isEqualTo("published");
        assertThat(created.getInt("linkItems")).isEqualTo(3);

        JsonPath post = given().when().get("/api/v1/posts/2026-11-22-interesting-stuff-week-47-2026")
                .then().statusCode(200).header("ETag", org.hamcrest.Matchers.startsWith("\"1-")).extract().jsonPath();
        assertThat(post.getString("title")).isEqualTo("Interesting Stuff - Week 47, 2026");
        assertThat(post.getString("date")).isEqualTo("2026-11-22T09:30:00+01:00");
        assertThat(post.getList("tags.slug")).containsExactly("kafka", "flink");
        assertThat(post.getList("sections.heading")).containsExactly("Streaming", "Data Science", "~ Finally");
        assertThat(post.getList("sections.kind")).containsExactly("links", "links", "finally");
        assertThat(post.getList("sections[0].links.title")).containsExactly("Exactly Once, Again", "Backpressure Explained");
        assertThat(post.getString("sections[0].links[0].url")).isEqualTo("https://stream.example.com/exactly-once");
        assertThat(post.getString("sections[0].links[0].commentary.html")).contains("<strong>new</strong>");
        assertThat(post.getString("intro.markdown")).isEqualTo("Intro of the week, with a word on what follows.");
    }

    @Test
    void a_json_post_is_built_into_the_same_markdown_and_parsed_alike() {
        Map<String, Object> body = Map.of("title", "Notes On Rebalancing", "date", "2026-10-04T08:00:00Z",
                "categories", List.of("roundup"), "tags", List.of("Kafka"),
                "body",
                "Short intro.\n\n<!--more-->\n\n## Streaming\n\n* [Cooperative Rebalancing](https://k.example.com/rebalance): fewer pauses.\n");
        JsonPath created = given().header("Authorization", Tokens.editor()).contentType("application/json").body(body)
                .when().post("/api/v1/posts")
                .then().statusCode(201).extract().jsonPath();
        assertThat(created.getString("slug")).isEqualTo("2026-10-04-notes-on-rebalancing");
        assertThat(created.getList("sections.heading")).containsExactly("Streaming");

        JsonPath post = given().when().get("/api/v1/posts/2026-10-04-notes-on-rebalancing").then().statusCode(200)
                .extract().jsonPath();
        assertThat(post.getString("sections[0].links[0].title")).isEqualTo("Cooperative Rebalancing");
        assertThat(post.getString("sections[0].links[0].commentary.text")).isEqualTo("fewer pauses.");
        assertThat(post.getList("tags.name")).containsExactly("Kafka");
    }

    @Test
    void invalid_fields_are_each_listed_in_a_400_problem() {
        Map<String, Object> body = Map.of("title", " ", "date", "next tuesday", "slug", "Not A Slug",
                "tags", List.of("ok", ""));
        JsonPath problem = given().header("Authorization", Tokens.editor()).contentType("application/json").body(body)
                .when().post("/api/v1/posts")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).containsExactlyInAnyOrder("body", "date", "slug", "tags[1]", "title");
        assertThat(problem.getString("type")).isEqualTo("https://roundup.dev/problems/validation");
    }

    @Test
    void malformed_json_and_markdown_without_front_matter_are_400_problems() {
        given().header("Authorization", Tokens.editor()).contentType("application/json").body("{\"title\": ")
                .when().post("/api/v1/posts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));
        given().header("Authorization", Tokens.editor()).contentType("text/markdown").body("Just text, no front matter.")
                .when().post("/api/v1/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("markdown"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("front matter"));
    }

    @Test
    void creating_an_existing_slug_is_a_409_and_leaves_the_post_alone() {
        given().header("Authorization", Tokens.editor()).contentType("text/markdown").body(ROUNDUP)
                .when().post("/api/v1/posts").then().statusCode(201);
        String changed = ROUNDUP.replace("Exactly Once, Again", "Something Else");
        given().header("Authorization", Tokens.editor()).contentType("text/markdown").body(changed)
                .when().post("/api/v1/posts")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().get("/api/v1/posts/2026-11-22-interesting-stuff-week-47-2026")
                .then().body("sections[0].links[0].title", equalTo("Exactly Once, Again"));
    }

    @Test
    void a_replace_needs_the_current_version_in_if_match() {
        String slug = create(ROUNDUP);
        String replacement = ROUNDUP.replace("## Data Science", "## Machine Learning");

        given().header("Authorization", Tokens.editor()).contentType("text/markdown").body(replacement)
                .when().put("/api/v1/posts/" + slug).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"7\"").contentType("text/markdown")
                .body(replacement).when().put("/api/v1/posts/" + slug)
                .then().statusCode(412).contentType("application/problem+json").header("ETag", "\"1\"");
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"").contentType("text/markdown")
                .body(replacement).when().put("/api/v1/posts/" + slug)
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        // the first writer's version is stale now: the second write with "1" is refused, not lost silently
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"").contentType("text/markdown")
                .body(ROUNDUP).when().put("/api/v1/posts/" + slug).then().statusCode(412);

        JsonPath post =
                given().when().get("/api/v1/posts/" + slug).then().header("ETag", org.hamcrest.Matchers.startsWith("\"2-"))
                        .extract().jsonPath();
        assertThat(post.getList("sections.heading")).containsExactly("Streaming", "Machine Learning", "~ Finally");
    }

    @Test
    void of_concurrent_patches_holding_the_same_version_exactly_one_wins() throws Exception {
        String slug = create(ROUNDUP);
        int writers = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String title = "Concurrent title " + writer;
                statuses.add(pool.submit(() -> given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"")
                        .contentType("application/merge-patch+json").body(Map.of("title", title))
                        .when().patch("/api/v1/posts/" + slug).statusCode()));
            }
            List<Integer> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> status : statuses) {
                results.add(status.get());
            }
            assertThat(results).containsOnly(200, 412).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        JsonPath post = given().header("Authorization", Tokens.editor()).when().get("/api/v1/posts/" + slug + "?preview=true")
                .jsonPath();
        assertThat(post.getInt("version")).isEqualTo(2);
        assertThat(post.getString("title")).startsWith("Concurrent title ");
    }

    @Test
    void the_etag_of_a_read_is_the_if_match_of_a_write_and_changes_with_it() {
        String slug = create(ROUNDUP);
        String etag = given().when().get("/api/v1/posts/" + slug).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/posts/" + slug).then().statusCode(304);

        given().header("Authorization", Tokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"description\": \"Changed\"}")
                .when().patch("/api/v1/posts/" + slug).then().statusCode(200).header("ETag", "\"2\"");

        String after = given().header("If-None-Match", etag).when().get("/api/v1/posts/" + slug).then().statusCode(200)
                .body("description", equalTo("Changed")).extract().header("ETag");
        assertThat(after).startsWith("\"2-").isNotEqualTo(etag);
        given().header("Authorization", Tokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"description\": \"Lost?\"}")
                .when().patch("/api/v1/posts/" + slug).then().statusCode(412);
    }

    @Test
    void a_replace_cannot_rename_and_cannot_create() {
        String slug = create(ROUNDUP);
        given().header("Authorization", Tokens.editor()).header("If-Match", "*").contentType("application/json")
                .body(Map.of("slug", "another-slug", "title", "T", "body", "x"))
                .when().put("/api/v1/posts/" + slug).then().statusCode(400).body("errors[0].field", equalTo("slug"));
        given().header("Authorization", Tokens.editor()).header("If-Match", "*").contentType("application/json")
                .body(Map.of("title", "T", "body", "x"))
                .when().put("/api/v1/posts/2026-01-01-no-such-post").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void a_merge_patch_changes_only_the_fields_it_names() {
        String slug = create(ROUNDUP);
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "Week 47, Revised", "tags", List.of("Streaming")))
                .when().patch("/api/v1/posts/" + slug)
                .then().statusCode(200).header("ETag", "\"2\"");

        JsonPath post = given().when().get("/api/v1/posts/" + slug).jsonPath();
        assertThat(post.getString("title")).isEqualTo("Week 47, Revised");
        assertThat(post.getList("tags.slug")).containsExactly("streaming");
        assertThat(post.getString("author")).isEqualTo("nora");
        assertThat(post.getString("description")).isEqualTo("A roundup written through the API");
        assertThat(post.getList("sections.heading")).containsExactly("Streaming", "Data Science", "~ Finally");
    }

    @Test
    void a_patch_with_unknown_or_wrongly_typed_fields_is_a_400_listing_them() {
        String slug = create(ROUNDUP);
        JsonPath problem = given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"colour\": \"red\", \"draft\": \"yes\", \"title\": null}")
                .when().patch("/api/v1/posts/" + slug)
                .then().statusCode(400).extract().jsonPath();
        assertThat(problem.getList("errors.field")).containsExactlyInAnyOrder("colour", "draft", "title");
    }

    @Test
    void drafts_and_scheduled_posts_are_seen_through_preview_by_editors_only() {
        String draft = create(ROUNDUP.replace("author: nora", "author: nora\ndraft: true"));
        String scheduled = create(ROUNDUP.replace("2026-11-22T09:30:00+01:00", "2098-05-03T09:30:00+01:00")
                .replace("Week 47, 2026", "Week 18, 2098"));

        given().when().get("/api/v1/posts/" + draft).then().statusCode(404);
        given().when().get("/api/v1/posts/" + scheduled).then().statusCode(404);
        given().when().get("/api/v1/posts/" + draft + "?preview=true").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.reader()).when().get("/api/v1/posts/" + draft + "?preview=true")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.editor()).when().get("/api/v1/posts/" + draft + "?preview=true")
                .then().statusCode(200).body("status", equalTo("draft")).body("version", equalTo(1))
                .body("sections[0].heading", equalTo("Streaming"));
        given().header("Authorization", Tokens.editor()).when().get("/api/v1/posts/" + scheduled + "?preview=true")
                .then().statusCode(200).body("status", equalTo("scheduled"));

        List<String> publicSlugs = given().when().get("/api/v1/posts?size=100").jsonPath().getList("items.slug");
        assertThat(publicSlugs).doesNotContain(draft, scheduled).hasSize(DemoContent.PUBLISHED_POSTS);
        Response preview = given().header("Authorization", Tokens.editor()).when().get("/api/v1/posts?size=100&preview=true");
        assertThat(preview.jsonPath().getList("items.slug", String.class)).contains(draft, scheduled);
        assertThat(preview.jsonPath().getString("items.find { it.slug == '" + draft + "' }.status")).isEqualTo("draft");
        assertThat(preview.jsonPath().getString("items.find { it.slug == '" + scheduled + "' }.status")).isEqualTo("scheduled");
        assertThat(preview.jsonPath().getString("items.find { it.slug == '" + DemoContent.WEEK_38 + "' }.status"))
                .isEqualTo("published");
        assertThat(preview.jsonPath().getInt("meta.total")).isEqualTo(DemoContent.PUBLISHED_POSTS + 4);
        given().when().get("/api/v1/posts?preview=true").then().statusCode(401);
        given().when().get("/api/v1/posts?preview=maybe").then().statusCode(400).body("parameter", equalTo("preview"));
    }

    @Test
    void publishing_a_draft_is_a_patch_of_draft() {
        String draft = create(ROUNDUP.replace("author: nora", "author: nora\ndraft: true"));
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"draft\": false}")
                .when().patch("/api/v1/posts/" + draft).then().statusCode(200).body("status", equalTo("published"));
        given().when().get("/api/v1/posts/" + draft).then().statusCode(200).header("ETag",
                org.hamcrest.Matchers.startsWith("\"2-"));
    }

    @Test
    void an_admin_deletes_a_post_and_it_is_gone() {
        String slug = create(ROUNDUP);
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"1\"")
                .when().delete("/api/v1/posts/" + slug).then().statusCode(403);
        given().header("Authorization", Tokens.admin()).header("If-Match", "\"5\"")
                .when().delete("/api/v1/posts/" + slug).then().statusCode(412);
        given().header("Authorization", Tokens.admin()).header("If-Match", "\"1\"")
                .when().delete("/api/v1/posts/" + slug).then().statusCode(204);
        given().when().get("/api/v1/posts/" + slug).then().statusCode(404);
        given().header("Authorization", Tokens.admin()).header("If-Match", "*")
                .when().delete("/api/v1/posts/" + slug).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void events_of_a_written_post_appear_and_go_with_it() {
        String markdown = """
                ---
                title: "Interesting Stuff - Week 47, 2026"
                date: 2026-11-22T09:30:00+01:00
                categories: [roundup]
                ---

                Intro.

                <!--more-->

                ## WIND (What Is Nora Doing)

                I will be speaking at [**Quiet Summit Bergen**][1] on the 9th of December.

                [1]: https://quiet-summit.example.no/2026/
                """;
        String slug = create(markdown);
        assertThat(given().queryParam("when", "all").when().get("/api/v1/events").jsonPath().getList("items.name"))
                .contains("Quiet Summit Bergen");

        given().header("Authorization", Tokens.admin()).header("If-Match", "*")
                .when().delete("/api/v1/posts/" + slug).then().statusCode(204);
        assertThat(given().queryParam("when", "all").when().get("/api/v1/events").jsonPath().getList("items.name"))
                .doesNotContain("Quiet Summit Bergen");
    }

    @Test
    void an_admin_may_write_content_too() {
        given().header("Authorization", Tokens.admin()).contentType("text/markdown").body(ROUNDUP)
                .when().post("/api/v1/posts").then().statusCode(201);
    }

    private static String create(String markdown) {
        return given().header("Authorization", Tokens.editor()).contentType("text/markdown").body(markdown)
                .when().post("/api/v1/posts").then().statusCode(201).extract().jsonPath().getString("slug");
    }
}
