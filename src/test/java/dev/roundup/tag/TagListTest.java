package dev.roundup.tag;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.HiddenPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class TagListTest extends DemoContentTest {

    /** Distinct tags of the 13 published demo posts; the hidden posts add "Secret Sauce", which must not count. */
    static final int DEMO_TAGS = 22;

    @Test
    void lists_tags_of_published_posts_most_used_first_with_their_numbers() {
        JsonPath page = given().when().get("/api/v1/tags?size=3").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(DEMO_TAGS))
                .header("Link", containsString("rel=\"next\""))
                .body("meta.total", equalTo(DEMO_TAGS)).body("meta.totalPages", equalTo(8))
                .extract().jsonPath();

        // Kafka: 12 published posts (every one but week 39); the draft and the 2099 post also carry it
        // the two with 7 posts tie; their order is by id, which depends on which post a writer stored first
        assertThat(page.getList("items.slug")).first().isEqualTo("kafka");
        assertThat(page.getList("items.slug")).containsExactlyInAnyOrder("kafka", "generative-ai", "distributed-computing");
        assertThat(page.getMap("items[0]")).containsEntry("name", "Kafka").containsEntry("postCount", 12)
                .containsEntry("firstUsed", "2026-08-09T10:12:44+02:00")
                .containsEntry("lastUsed", "2026-11-15T17:02:40+01:00");
        assertThat(page.getInt("items[0].linkCount")).isEqualTo(189);
        assertThat(page.getInt("items[1].postCount")).isEqualTo(7);
        assertThat(page.getInt("items[2].postCount")).isEqualTo(7);
    }

    @Test
    void a_tags_link_count_is_the_curated_link_items_of_its_published_posts() {
        for (String tag : List.of("kafka", "flink", "llm")) {
            long fromPosts = given().when().get("/api/v1/posts?size=100&tag=" + tag).jsonPath()
                    .getList("items.linkCount", Integer.class).stream().mapToLong(Integer::longValue).sum();
            long fromTag = given().when().get("/api/v1/tags/" + tag).jsonPath().getLong("linkCount");
            assertThat(fromTag).as(tag).isEqualTo(fromPosts).isPositive();
        }
        assertThat(given().when().get("/api/v1/tags/llm").jsonPath().getInt("linkCount")).isEqualTo(13);
    }

    @Test
    void tags_only_on_hidden_posts_never_appear() {
        JsonPath all = given().when().get("/api/v1/tags?size=100").jsonPath();

        assertThat(all.getList("items.slug")).hasSize(DEMO_TAGS).doesNotContain(HiddenPosts.SECRET_TAG);
        given().when().get("/api/v1/tags?q=secret").then().statusCode(200).body("meta.total", equalTo(0));
        given().when().get("/api/v1/tags/" + HiddenPosts.SECRET_TAG).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().when().get("/api/v1/tags/Secret Sauce/posts").then().statusCode(404);
    }

    @Test
    void sorts_by_name_count_and_last_use() {
        List<String> byName = given().when().get("/api/v1/tags?size=100&sort=name").jsonPath().getList("items.name");
        assertThat(byName).hasSize(DEMO_TAGS).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(byName.get(0)).isEqualTo(".NET");

        List<String> byNameDescending = given().when().get("/api/v1/tags?size=100&sort=-name").jsonPath()
                .getList("items.name");
        assertThat(byNameDescending).containsExactlyElementsOf(reversed(byName));

        List<Integer> counts = given().when().get("/api/v1/tags?size=100&sort=count").jsonPath()
                .getList("items.postCount", Integer.class);
        assertThat(counts).isSorted().startsWith(1).endsWith(12);

        JsonPath recent = given().when().get("/api/v1/tags?size=100&sort=-lastUsed").jsonPath();
        assertThat(recent.getList("items.lastUsed", String.class).subList(0, 4))
                .containsOnly("2026-11-15T17:02:40+01:00");
        assertThat(recent.getString("items[-1].slug")).isEqualTo("misc");
    }

    @Test
    void q_is_a_case_insensitive_prefix_of_name_or_slug() {
        assertThat(slugs("/api/v1/tags?q=KAF")).containsExactly("kafka");
        assertThat(given().queryParam("q", "sql s").when().get("/api/v1/tags").jsonPath().getList("items.slug"))
                .containsExactly("sql-server");
        assertThat(slugs("/api/v1/tags?q=.ne")).as("by name").containsExactly("dotnet");
        assertThat(slugs("/api/v1/tags?q=dotn")).as("by slug").containsExactly("dotnet");
        assertThat(slugs("/api/v1/tags?q=st&sort=name")).containsExactly("stream-processing", "streaming");
        assertThat(slugs("/api/v1/tags?q=afka")).as("a prefix, not a substring").isEmpty();
        for (String wildcard : List.of("%", "_", "\\")) {
            assertThat(given().queryParam("q", wildcard).when().get("/api/v1/tags").then().statusCode(200).extract()
                    .jsonPath().getList("items")).as("LIKE wildcards are literal: " + wildcard).isEmpty();
        }
    }

    @Test
    void pages_and_cursors_walk_every_tag_once_in_every_sort() {
        for (String sort : List.of("-count", "count", "name", "-name", "-lastUsed", "lastUsed")) {
            List<String> byPages = new ArrayList<>();
            for (int page = 1; page <= 5; page++) {
                byPages.addAll(slugs("/api/v1/tags?size=5&sort=" + sort + "&page=" + page));
            }
            List<String> byCursor = new ArrayList<>();
            String cursor = null;
            do {
                JsonPath json = given().queryParam("sort", sort).queryParam("size", 5)
                        .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                        .when().get("/api/v1/tags").jsonPath();
                byCursor.addAll(json.getList("items.slug"));
                cursor = json.getString("meta.nextCursor");
            } while (cursor != null);
            List<String> whole = slugs("/api/v1/tags?size=100&sort=" + sort);

            assertThat(whole).as(sort).hasSize(DEMO_TAGS).doesNotHaveDuplicates();
            assertThat(byPages).as(sort).containsExactlyElementsOf(whole);
            assertThat(byCursor).as(sort).containsExactlyElementsOf(whole);
        }
    }

    @Test
    void sparse_fields_cut_each_tag() {
        JsonPath json = given().when().get("/api/v1/tags?size=2&fields=slug,postCount").jsonPath();

        assertThat(json.getList("items")).hasSize(2);
        assertThat(json.getMap("items[0]")).containsOnlyKeys("slug", "postCount");
        assertThat(given().when().get("/api/v1/tags/kafka?fields=name,related").jsonPath().getMap(""))
                .containsOnlyKeys("name", "related");
    }

    @Test
    void one_tag_by_slug_or_name_with_its_related_tags() {
        JsonPath byName = given().when().get("/api/v1/tags/Azure Data Explorer").then().statusCode(200).extract().jsonPath();
        JsonPath bySlug = given().when().get("/api/v1/tags/azure-data-explorer").jsonPath();

        assertThat(byName.getMap("")).isEqualTo(bySlug.getMap(""));
        assertThat(bySlug.getString("slug")).isEqualTo("azure-data-explorer");
        assertThat(bySlug.getInt("postCount")).isEqualTo(4);
        assertThat(bySlug.getString("firstUsed")).isEqualTo("2026-08-23T09:41:07+02:00");

        JsonPath kafka = given().when().get("/api/v1/tags/kafka").jsonPath();
        assertThat(kafka.getList("related")).hasSize(5);
        // Flink is on 6 posts, all of them with Kafka, and so is distributed computing; ties go by slug
        assertThat(kafka.getList("related.slug").subList(0, 2)).containsExactly("distributed-computing", "flink");
        assertThat(kafka.getList("related.sharedPosts", Integer.class).subList(0, 2)).containsExactly(6, 6);
        assertThat(kafka.getList("related.slug")).doesNotContain(HiddenPosts.SECRET_TAG, "kafka");
        assertThat(kafka.getList("related.sharedPosts", Integer.class)).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void a_tags_posts_are_the_posts_list_filtered_by_the_tag() {
        for (String query : List.of("", "?sort=title&size=3&page=2", "?size=4&fields=slug,date", "?sort=-title")) {
            String fromTag = given().when().get("/api/v1/tags/kafka/posts" + query).then().statusCode(200)
                    .extract().body().asString();
            String fromPosts = given().when().get("/api/v1/posts" + query + (query.isEmpty() ? "?" : "&") + "tag=kafka")
                    .body().asString();
            assertThat(fromTag).as(query).isEqualTo(fromPosts);
        }
        JsonPath posts = given().when().get("/api/v1/tags/Kafka/posts?size=100").then()
                .header("X-Total-Count", "12").extract().jsonPath();
        assertThat(posts.getList("items.slug")).contains(DemoContent.WEEK_46, DemoContent.ARTICLE)
                .doesNotContain(HiddenPosts.DRAFT_SLUG, HiddenPosts.FUTURE_SLUG, "2026-09-27-interesting-stuff-week-39-2026");
    }

    @Test
    void a_tags_posts_follow_cursors() {
        JsonPath first = given().when().get("/api/v1/tags/kafka/posts?size=5").jsonPath();
        String cursor = first.getString("meta.nextCursor");
        JsonPath second = given().queryParam("cursor", cursor).when().get("/api/v1/tags/kafka/posts?size=5").jsonPath();

        assertThat(second.getList("items.slug")).isEqualTo(given().when()
                .get("/api/v1/posts?tag=kafka&size=5&page=2").jsonPath().getList("items.slug"));
    }

    @Test
    void unknown_tags_are_404_problems() {
        given().when().get("/api/v1/tags/no-such-tag").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("detail", containsString("no-such-tag"));
        given().when().get("/api/v1/tags/no-such-tag/posts").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().when().get("/api/v1/tags/---/posts").then().statusCode(404);
    }

    private static List<String> slugs(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath().getList("items.slug");
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void a_tags_links_are_the_links_of_its_posts_newest_first() {
        JsonPath byTag = given().when().get("/api/v1/tags/Kafka/links?size=100&page=2").then().statusCode(200)
                .header("X-Total-Count", "189").extract().jsonPath();
        JsonPath filtered = given().when().get("/api/v1/links?tag=kafka&size=100&page=2").jsonPath();

        assertThat(byTag.getList("items.id")).hasSize(89).isEqualTo(filtered.getList("items.id"));
        List<List<String>> tagsOfEach = byTag.getList("items.tags.slug");
        assertThat(tagsOfEach).allSatisfy(tags -> assertThat(tags).contains("kafka"));
        given().when().get("/api/v1/tags/secret-sauce/links").then().statusCode(404);
        given().when().get("/api/v1/tags/kafka/links?sort=nonsense").then().statusCode(400).body("parameter", equalTo("sort"));
    }
}
