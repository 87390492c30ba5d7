package dev.roundup.search;

import static dev.roundup.search.SearchClient.search;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class SearchTest extends DemoContentTest {

    @Inject
    StatementCounter sql;

    @Test
    void finds_link_items_and_posts_ranked_with_highlights_and_the_envelope() {
        Response response = given().queryParam("q", "fencing tokens").when().get("/api/v1/search");

        response.then().statusCode(200).header("X-Total-Count", "2").header("Link",
                org.hamcrest.Matchers.containsString("rel=\"first\""));
        JsonPath body = response.jsonPath();
        assertThat(body.getString("items[0].type")).isEqualTo("link");
        assertThat(body.getString("items[0].title")).isEqualTo("Leases, Fencing Tokens, and the Zombie Leader");
        assertThat(body.getString("items[0].highlight.title"))
                .isEqualTo("Leases, <mark>Fencing</mark> <mark>Tokens</mark>, and the Zombie Leader");
        assertThat(body.getString("items[0].url")).startsWith("https://");
        assertThat(body.getString("items[0].post.slug")).isEqualTo(DemoContent.WEEK_36);
        assertThat(body.getString("items[0].section.heading")).isNotBlank();
        assertThat(body.getString("items[0].date")).isEqualTo(body.getString("items[0].post.date"));
        assertThat(body.getList("items.type", String.class)).containsExactly("link", "link");
        assertThat(body.getInt("meta.total")).isEqualTo(2);
        assertThat(body.getString("searchedFor")).isEqualTo("fencing tokens");
        assertThat(body.getString("didYouMean")).isNull();

        // a post matches by its title, tags, description and intro; its link items are results of their own
        JsonPath both = search("feature stores");
        assertThat(both.getList("items.type", String.class)).startsWith("link", "post");
        assertThat(both.getString("items[1].slug")).isEqualTo(DemoContent.WEEK_38);
        assertThat(both.getString("items[1].url")).endsWith("/post/" + DemoContent.WEEK_38 + "/");
        assertThat(both.getString("items[1].highlight.text")).contains("<mark>feature</mark> <mark>stores</mark>");
        List<Float> scores = both.getList("items.score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void highlights_never_carry_html_other_than_mark() {
        for (String query : List.of("kafka", "workshop", "json", "streaming sql")) {
            JsonPath body = search(query, "size", "100");
            List<String> snippets = new ArrayList<>(body.getList("items.highlight.title", String.class));
            snippets.addAll(body.getList("items.highlight.text", String.class));
            assertThat(snippets).isNotEmpty().allSatisfy(snippet -> assertThat(
                    snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">"));
        }
        assertThat(search("workshop", "size", "100").getList("items.highlight.text", String.class))
                .anySatisfy(text -> assertThat(text).contains("&amp;"));
    }

    @Test
    void facets_count_the_whole_result_set_not_the_page() {
        JsonPath body = search("kafka", "size", "1");
        int total = body.getInt("meta.total");
        Map<String, Integer> types = counts(body, "type");
        Map<String, Integer> years = counts(body, "year");
        Map<String, Integer> tags = counts(body, "tag");
        Map<String, Integer> sections = counts(body, "section");

        assertThat(body.getList("items")).hasSize(1);
        // far fewer matches than SearchQueries.CANDIDATES: everything is ranked and counted exactly
        assertThat(body.getBoolean("facets.approximate")).isFalse();
        assertThat(body.getBoolean("totalApproximate")).isFalse();
        assertThat(total).isGreaterThan(20);
        assertThat(types.keySet()).containsExactlyInAnyOrder("post", "link", "event");
        assertThat(types.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(types.get("event")).isPositive().isEqualTo(search("kafka", "type", "event").getInt("meta.total"));
        assertThat(types.get("link")).isEqualTo(search("kafka", "type", "link").getInt("meta.total"));
        assertThat(years).containsExactly(Map.entry("2026", total));
        assertThat(tags.get("flink")).isEqualTo(search("kafka", "tag", "flink").getInt("meta.total"));
        assertThat(tags).hasSizeLessThanOrEqualTo(SearchFacets.TOP);
        assertThat(sections.get("streaming"))
                .isEqualTo(search("kafka", "type", "link", "section", "streaming").getInt("meta.total"));
        assertThat(body.getString("facets.tag[0].value")).isEqualTo("kafka");
        assertThat(body.getString("facets.tag[0].label")).isEqualTo("Kafka");
        JsonPath without = search("kafka", "facets", "false");
        assertThat(without.getList("facets.tag")).isEmpty();
        assertThat(without.getInt("meta.total")).isEqualTo(total);
    }

    private static Map<String, Integer> counts(JsonPath body, String facet) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> entries = body.getList("facets." + facet);
        entries.forEach(entry -> counts.put((String) entry.get("value"), (Integer) entry.get("count")));
        return counts;
    }

    @Test
    void filters_by_type_tag_section_domain_and_dates() {
        assertThat(search("kafka", "type", "link", "size", "100").getList("items.type", String.class))
                .isNotEmpty().containsOnly("link");
        assertThat(search("kafka", "type", "post", "size", "100").getList("items.type", String.class))
                .isNotEmpty().containsOnly("post");
        assertThat(search("kafka", "type", "event", "size", "100").getList("items.type", String.class))
                .isNotEmpty().containsOnly("event");
        JsonPath domain = search("kafka", "domain", "www.Blog.Kafka-Corner.dev", "type", "link", "size", "100");
        assertThat(domain.getList("items.domain", String.class)).isNotEmpty().containsOnly("blog.kafka-corner.dev");
        JsonPath section = search("kafka", "section", "Streaming", "type", "link", "size", "100");
        assertThat(section.getList("items.section.slug", String.class)).isNotEmpty().containsOnly("streaming");
        JsonPath dated = search("kafka", "from", "2026-09-01", "to", "2026-09-30", "size", "100");
        assertThat(dated.getList("items.date", String.class)).isNotEmpty().allSatisfy(date -> assertThat(
                OffsetDateTime.parse(date).toLocalDate().toString()).isBetween("2026-09-01", "2026-09-30"));
        JsonPath tagged = search("retrieval", "tag", "vector-search", "tag", "llm", "size", "100");
        assertThat(tagged.getList("items.collect { it.slug ?: it.post.slug }", String.class))
                .isNotEmpty().containsOnly("2026-09-27-interesting-stuff-week-39-2026");
        int any = search("retrieval", "tag", "vector-search", "tag", "llm", "tagMode", "any").getInt("meta.total");
        assertThat(any).isGreaterThan(tagged.getInt("meta.total"));
    }

    @Test
    void sort_by_date_pages_with_cursors_without_gaps_or_repeats() {
        JsonPath all = search("kafka", "sort", "date", "size", "100");
        List<String> expected = all.getList("items.collect { it.type + it.id }", String.class);
        List<OffsetDateTime> dates = all.getList("items.date", String.class).stream().map(OffsetDateTime::parse).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.toInstant().compareTo(a.toInstant()));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = cursor == null ? search("kafka", "sort", "date", "size", "7")
                    : search("kafka", "sort", "date", "size", "7", "cursor", cursor);
            paged.addAll(page.getList("items.collect { it.type + it.id }", String.class));
            cursor = page.getString("meta.nextCursor");
        } while (cursor != null);
        assertThat(paged).isEqualTo(expected);
        assertThat(search("kafka", "size", "2").getString("meta.nextCursor")).isNull();
        assertThat(search("kafka", "size", "5", "page", "2").getList("items.title", String.class))
                .isEqualTo(search("kafka", "size", "10").getList("items.title", String.class).subList(5, 10));
    }

    @Test
    void sparse_fields_cut_each_result_but_keep_facets() {
        JsonPath body = search("flink", "fields", "type,title");
        List<Map<String, Object>> items = body.getList("items");
        assertThat(items).isNotEmpty().allSatisfy(item -> assertThat(item).containsOnlyKeys("type", "title"));
        assertThat(body.getList("facets.type")).hasSize(3);
    }

    @Test
    void a_query_that_finds_nothing_is_corrected_by_spelling() {
        JsonPath body = search("kafak quotas");
        assertThat(body.getString("didYouMean")).isEqualTo("kafka quotas");
        assertThat(body.getString("searchedFor")).isEqualTo("kafka quotas");
        assertThat(body.getString("items[0].title")).isEqualTo("Kafka Quotas Explained");

        JsonPath nothing = search("qwxzvb");
        assertThat(nothing.getInt("meta.total")).isZero();
        assertThat(nothing.getString("didYouMean")).isNull();
        assertThat(nothing.getList("items")).isEmpty();
    }

    @Test
    void a_search_is_one_statement_whatever_the_page_size() {
        long before = sql.statementsRun();
        search("kafka", "size", "1");
        long forOne = sql.statementsRun() - before;
        before = sql.statementsRun();
        search("kafka", "size", "100");
        assertThat(forOne).isEqualTo(1);
        assertThat(sql.statementsRun() - before).isEqualTo(forOne);
    }
}
