package dev.roundup.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.HiddenPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class PostListTest extends DemoContentTest {

    @Test
    void lists_published_posts_newest_first_with_the_envelope_and_headers() {
        Response response = given().when().get("/api/v1/posts?size=5");

        response.then().statusCode(200).contentType(containsString("application/json"))
                .header("X-Total-Count", String.valueOf(DemoContent.PUBLISHED_POSTS))
                .header("Link", containsString("rel=\"next\""))
                .body("meta.page", equalTo(1)).body("meta.size", equalTo(5))
                .body("meta.total", equalTo(DemoContent.PUBLISHED_POSTS)).body("meta.totalPages", equalTo(3))
                .body("items[0].slug", equalTo(DemoContent.WEEK_46))
                .body("items[0].date", equalTo("2026-11-15T17:02:40+01:00"))
                .body("items[0].url", equalTo("http://localhost:8080/post/" + DemoContent.WEEK_46 + "/"))
                .body("items[0].tags.slug", hasItem("kafka"));
        List<OffsetDateTime> dates = response.jsonPath().getList("items.date", String.class).stream()
                .map(OffsetDateTime::parse).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.toInstant().compareTo(a.toInstant()));
    }

    @Test
    void link_headers_keep_the_filters_and_replace_only_the_position_even_for_an_empty_list() {
        String empty = given().when().get("/api/v1/posts?tag=no-such-tag&size=5").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty()).extract().header("Link");
        String base = "http://localhost:" + io.restassured.RestAssured.port + "/api/v1/posts";
        assertThat(empty).isEqualTo("<" + base + "?tag=no-such-tag&size=5&page=1>; rel=\"first\", "
                + "<" + base + "?tag=no-such-tag&size=5&page=1>; rel=\"last\"");
        String cursor = given().when().get("/api/v1/posts?size=2").jsonPath().getString("meta.nextCursor");
        String fromCursor = given().when().get("/api/v1/posts?cursor=" + cursor + "&size=2").then().statusCode(200)
                .extract().header("Link");
        assertThat(fromCursor).startsWith("<" + base + "?size=2&page=1>; rel=\"first\"").doesNotContain("?&")
                .doesNotContain("&&").contains("?size=2&cursor=");
    }

    @Test
    void a_summary_carries_link_count_headings_and_reading_time() {
        JsonPath week38 = given().when().get("/api/v1/posts?from=2026-09-20&to=2026-09-20").jsonPath();

        assertThat(week38.getList("items.slug")).containsExactly(DemoContent.WEEK_38);
        assertThat(week38.getInt("items[0].linkCount")).isEqualTo(18);
        assertThat(week38.getList("items[0].sectionHeadings")).containsExactly("Streaming", "Data Science",
                "Azure Data Explorer", "Misc.", "WIND (What Is Nora Doing)", "~ Finally");
        assertThat(week38.getInt("items[0].readingMinutes")).isEqualTo(5);
        assertThat(week38.getList("items[0].categories")).containsExactly("roundup");
    }

    @Test
    void drafts_and_scheduled_posts_are_never_listed_or_counted() {
        given().when().get("/api/v1/posts?size=100").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(DemoContent.PUBLISHED_POSTS))
                .body("items.slug", not(hasItem(HiddenPosts.DRAFT_SLUG)))
                .body("items.slug", not(hasItem(HiddenPosts.FUTURE_SLUG)));
        given().when().get("/api/v1/posts?tag=" + HiddenPosts.SECRET_TAG).then().statusCode(200)
                .body("meta.total", equalTo(0));
        given().when().get("/api/v1/posts?year=2099").then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void tag_filter_needs_all_tags_by_default_and_any_on_request() {
        List<String> kafka = slugs("/api/v1/posts?size=100&tag=kafka");
        List<String> rag = slugs("/api/v1/posts?size=100&tag=RAG");
        List<String> both = slugs("/api/v1/posts?size=100&tag=kafka&tag=rag");
        List<String> either = slugs("/api/v1/posts?size=100&tag=kafka&tag=rag&tagMode=any");

        assertThat(kafka).isNotEmpty();
        assertThat(both).isNotEmpty().allMatch(slug -> kafka.contains(slug) && rag.contains(slug));
        List<String> union = new ArrayList<>(kafka);
        rag.stream().filter(slug -> !union.contains(slug)).forEach(union::add);
        assertThat(either).containsExactlyInAnyOrderElementsOf(union);
    }

    @Test
    void filters_by_category_section_author_dates_and_year() {
        assertThat(slugs("/api/v1/posts?category=article")).containsExactly(DemoContent.ARTICLE);
        assertThat(slugs("/api/v1/posts?size=100&category=roundup")).hasSize(12);
        assertThat(slugs("/api/v1/posts?size=100&section=podcast")).contains(DemoContent.WEEK_37);
        assertThat(slugs("/api/v1/posts?size=100&author=NORA")).hasSize(13);
        assertThat(slugs("/api/v1/posts?author=someone-else")).isEmpty();
        assertThat(slugs("/api/v1/posts?size=100&from=2026-08-01&to=2026-08-31"))
                .containsExactly(DemoContent.WEEK_34, DemoContent.WEEK_32);
        assertThat(slugs("/api/v1/posts?size=100&year=2026")).hasSize(13);
        assertThat(slugs("/api/v1/posts?size=100&year=2025")).isEmpty();
    }

    @Test
    void sorts_by_date_and_title_either_way() {
        List<String> oldestFirst = slugs("/api/v1/posts?size=100&sort=date");
        assertThat(oldestFirst.get(0)).isEqualTo(DemoContent.WEEK_32);
        assertThat(slugs("/api/v1/posts?size=100&sort=-date")).containsExactlyElementsOf(reversed(oldestFirst));
        List<String> titles = given().when().get("/api/v1/posts?size=100&sort=title").jsonPath()
                .getList("items.title", String.class);
        assertThat(titles).isSorted();
    }

    @Test
    void page_numbers_and_cursors_walk_the_same_list_without_gaps_or_repeats() {
        List<String> byPage = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            byPage.addAll(slugs("/api/v1/posts?size=3&sort=title&page=" + page));
        }
        List<String> byCursor = new ArrayList<>();
        String cursor = "";
        do {
            JsonPath body = given().queryParam("size", 3).queryParam("sort", "title").queryParam("cursor", cursor)
                    .when().get("/api/v1/posts").jsonPath();
            byCursor.addAll(body.getList("items.slug", String.class));
            cursor = body.getString("meta.nextCursor");
        } while (cursor != null);

        assertThat(byPage).hasSize(DemoContent.PUBLISHED_POSTS).doesNotHaveDuplicates();
        assertThat(byCursor).containsExactlyElementsOf(byPage);
    }

    @Test
    void sparse_fields_return_only_what_was_asked() {
        given().when().get("/api/v1/posts?size=2&fields=slug,title").then().statusCode(200)
                .body("items[0].keySet()", equalTo(java.util.Set.of("slug", "title")))
                .body("meta.total", equalTo(DemoContent.PUBLISHED_POSTS));
        given().when().get("/api/v1/posts/" + DemoContent.WEEK_38 + "?fields=slug,linksTo").then().statusCode(200)
                .body("keySet()", equalTo(java.util.Set.of("slug", "linksTo")))
                .body("linksTo.slug", equalTo(List.of(DemoContent.WEEK_36)));
    }

    private static List<String> slugs(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath().getList("items.slug", String.class);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
