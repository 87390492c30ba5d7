package dev.roundup.section;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Over the demo roundups plus fixtures/sections: a week-30 roundup headed "Gen AI", "AI/ML" and "Database"
 * (spellings that the default aliases merge into generative-ai and databases) and a draft whose section
 * "Unpublished Musings" exists nowhere else.
 */
@QuarkusTest
class SectionTopicTest extends DemoContentTest {

    static final String WEEK_30 = "2026-07-26-section-spellings";
    static final int TOPICS = 13;

    @Inject
    ImportService importService;

    @Inject
    SectionAliases aliases;

    @BeforeEach
    void content() {
        Path folder = Fixtures.ROOT.resolve("sections").toAbsolutePath();
        importService.importTree(new ImportSource(folder, "test:sections"), false);
        aliases.refresh();
    }

    @Test
    void lists_topics_most_used_first_with_their_spellings_and_numbers() {
        JsonPath json = given().when().get("/api/v1/sections?size=4").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(TOPICS)).body("meta.total", equalTo(TOPICS))
                .extract().jsonPath();

        assertThat(json.getList("items.slug")).containsExactly("wind", "finally", "streaming", "generative-ai");
        assertThat(json.getList("items.postCount", Integer.class)).containsExactly(13, 13, 11, 9);
        assertThat(json.getList("items.kind")).containsExactly("wind", "finally", "links", "links");
        assertThat(json.getList("items.heading")).containsExactly("WIND (What Is Nora Doing)", "~ Finally", "Streaming",
                "Generative AI");
        assertThat(json.getInt("items[2].linkCount")).isEqualTo(50);
    }

    @Test
    void spellings_with_different_slugs_merge_into_one_topic() {
        JsonPath topic = given().when().get("/api/v1/sections/generative-ai").then().statusCode(200).extract().jsonPath();

        assertThat(topic.getString("slug")).isEqualTo("generative-ai");
        assertThat(topic.getString("heading")).isEqualTo("Generative AI");
        // week 30 has both "Gen AI" and "AI/ML": one post, two spellings
        assertThat(topic.getInt("postCount")).isEqualTo(9);
        assertThat(topic.getList("spellings.heading")).containsExactly("Generative AI", "AI/ML", "Gen AI");
        assertThat(topic.getList("spellings.slug")).containsExactly("generative-ai", "ai-ml", "gen-ai");
        assertThat(topic.getList("spellings.postCount", Integer.class)).containsExactly(8, 1, 1);
        assertThat(topic.getInt("linkCount")).isEqualTo(36 + 3);
        assertThat(topic.getString("firstSeen")).isEqualTo("2026-07-26T08:15:00+02:00");
        assertThat(topic.getString("lastSeen")).isEqualTo("2026-11-15T17:02:40+01:00");

        JsonPath databases = given().when().get("/api/v1/sections/databases").jsonPath();
        assertThat(databases.getList("spellings.heading")).containsExactly("Databases", "Database");
        assertThat(databases.getInt("postCount")).isEqualTo(5);
    }

    @Test
    void the_same_slug_written_two_ways_is_two_spellings() {
        JsonPath wind = given().when().get("/api/v1/sections/wind").jsonPath();

        assertThat(wind.getList("spellings.heading")).containsExactly("WIND (What Is Nora Doing)",
                "WIND (What is Nora doing?)");
        assertThat(wind.getList("spellings.postCount", Integer.class)).containsExactly(12, 1);
        assertThat(wind.getString("kind")).isEqualTo("wind");
    }

    @Test
    void any_spelling_or_heading_answers_with_the_canonical_topic() {
        Map<String, Object> canonical = given().when().get("/api/v1/sections/generative-ai").jsonPath().getMap("");
        for (String spelling : List.of("ai-ml", "gen-ai", "Gen AI", "GENERATIVE-AI")) {
            assertThat(given().when().get("/api/v1/sections/" + spelling).then().statusCode(200).extract().jsonPath()
                    .getMap("")).as(spelling).isEqualTo(canonical);
        }
        assertThat(given().when().get("/api/v1/sections/wind-what-is-nora-doing").jsonPath().getString("slug"))
                .isEqualTo("wind");
    }

    @Test
    void the_heading_as_written_stays_on_the_post() {
        JsonPath post = given().when().get("/api/v1/posts/" + WEEK_30).jsonPath();

        assertThat(post.getList("sections.heading")).containsExactly("Gen AI", "AI/ML", "Database",
                "WIND (What Is Nora Doing)", "~ Finally");
        assertThat(post.getList("sections.slug")).containsExactly("gen-ai", "ai-ml", "database", "wind-what-is-nora-doing",
                "finally");
    }

    @Test
    void posts_filtered_by_section_take_every_spelling_of_its_topic() {
        List<String> byTopic = slugs("/api/v1/posts?size=100&section=generative-ai");
        assertThat(byTopic).hasSize(9).contains(WEEK_30, DemoContent.WEEK_46).doesNotContain(DemoContent.WEEK_36);
        assertThat(slugs("/api/v1/posts?size=100&section=ai-ml")).isEqualTo(byTopic);
        assertThat(slugs("/api/v1/posts?size=100&section=Gen AI")).isEqualTo(byTopic);
        assertThat(slugs("/api/v1/posts?size=100&section=database")).hasSize(5).contains(WEEK_30);
        assertThat(slugs("/api/v1/posts?size=100&section=data-science")).hasSize(2).doesNotContain(WEEK_30);
        assertThat(slugs("/api/v1/posts?size=100&section=no-such-section")).isEmpty();
        given().when().get("/api/v1/posts?section=generative-ai").then().header("X-Total-Count", "9");
    }

    @Test
    void sections_only_on_hidden_posts_and_the_untitled_section_are_no_topics() {
        List<String> all = slugs("/api/v1/sections?size=100");

        assertThat(all).hasSize(TOPICS).doesNotContain("unpublished-musings", "", null);
        given().when().get("/api/v1/sections/unpublished-musings").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        assertThat(slugs("/api/v1/posts?section=unpublished-musings")).isEmpty();
        // the draft and the 2099 post have Streaming and Finally sections: not counted
        assertThat(given().when().get("/api/v1/sections/streaming").jsonPath().getInt("postCount")).isEqualTo(11);
        assertThat(given().when().get("/api/v1/sections/finally").jsonPath().getInt("postCount")).isEqualTo(13);
    }

    @Test
    void sorts_by_name_count_and_last_seen_and_filters_by_kind() {
        List<String> byName = given().when().get("/api/v1/sections?size=100&sort=name").jsonPath().getList("items.heading");
        assertThat(byName).hasSize(TOPICS).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).startsWith(".NET");
        // by the heading as written: "~ Finally" sorts after the letters
        assertThat(slugs("/api/v1/sections?size=3&sort=-name")).containsExactly("finally", "wind", "streaming");
        assertThat(given().when().get("/api/v1/sections?size=100&sort=count").jsonPath()
                .getList("items.postCount", Integer.class)).isSorted().startsWith(2).endsWith(13);
        assertThat(slugs("/api/v1/sections?size=100&sort=-lastSeen").subList(0, 6)).containsExactlyInAnyOrder(
                "distributed-computing", "streaming", "generative-ai", "azure-data-explorer", "wind", "finally");
        assertThat(slugs("/api/v1/sections?kind=wind")).containsExactly("wind");
        assertThat(slugs("/api/v1/sections?kind=links&size=100")).hasSize(11).doesNotContain("wind", "finally");
    }

    @Test
    void pages_and_cursors_walk_every_topic_once() {
        List<String> whole = slugs("/api/v1/sections?size=100");
        List<String> byPages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            byPages.addAll(slugs("/api/v1/sections?size=5&page=" + page));
        }
        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath json = given().queryParam("size", 5).queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .when().get("/api/v1/sections").jsonPath();
            byCursor.addAll(json.getList("items.slug"));
            cursor = json.getString("meta.nextCursor");
        } while (cursor != null);

        assertThat(whole).hasSize(TOPICS).doesNotHaveDuplicates();
        assertThat(byPages).containsExactlyElementsOf(whole);
        assertThat(byCursor).containsExactlyElementsOf(whole);
    }

    @Test
    void sparse_fields_cut_topics() {
        JsonPath list = given().when().get("/api/v1/sections?fields=slug,spellings").jsonPath();
        assertThat(list.getMap("items[0]")).containsOnlyKeys("slug", "spellings");
        assertThat(given().when().get("/api/v1/sections/streaming?fields=heading").jsonPath().getMap(""))
                .containsOnly(Map.entry("heading", "Streaming"));
    }

    @Test
    void raw_slugs_of_a_topic_come_from_the_section_table_and_the_configuration() {
        assertThat(aliases.rawSlugs("generative-ai")).contains("generative-ai", "gen-ai", "ai-ml", "machine-learning-ai")
                .doesNotContain("databases");
        assertThat(aliases.rawSlugs("ai-ml")).isEqualTo(aliases.rawSlugs("generative-ai"));
        // only a wildcard names it: found in the section table
        assertThat(aliases.rawSlugs("wind")).contains("wind", "wind-what-is-nora-doing");
        assertThat(aliases.rawSlugs("unpublished-musings")).containsExactly("unpublished-musings");
        assertThat(aliases.topicOf("wind-what-is-nora-doing")).isEqualTo("wind");
        assertThat(aliases.topicOf("kubernetes")).isEqualTo("kubernetes");
    }

    private static List<String> slugs(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath().getList("items.slug");
    }

    @Test
    void a_topics_links_are_those_of_every_spelling_and_equal_links_filtered_by_section() {
        JsonPath topic = given().when().get("/api/v1/sections/ai-ml/links?size=100").then().statusCode(200)
                .header("X-Total-Count", "39").extract().jsonPath();
        assertThat(topic.getList("items.section.slug")).containsOnly("generative-ai", "ai-ml", "gen-ai")
                .contains("ai-ml", "gen-ai");

        JsonPath filtered =
                given().when().get("/api/v1/links?size=100&section=gen-ai").then().statusCode(200).extract().jsonPath();
        assertThat(filtered.getList("items.id")).isEqualTo(topic.getList("items.id"));
    }

    @Test
    void a_topics_links_of_an_unknown_topic_are_a_404_and_bad_paging_a_400() {
        given().when().get("/api/v1/sections/no-such-topic/links").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/sections/generative-ai/links?size=1000").then().statusCode(400)
                .body("parameter", equalTo("size"));
    }
}
