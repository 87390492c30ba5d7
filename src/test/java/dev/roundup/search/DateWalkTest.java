package dev.roundup.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.db.Sql;
import dev.roundup.common.paging.Cursor;
import dev.roundup.common.paging.PageParams;
import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Date order through the walk over the newest posts (DateWalk) must find exactly what sorting every match finds: when
 * the walk proves it has the newest (a full set of candidates, or every post looked at) and when it falls back. The
 * demo is small, so the walk is also run with few posts and few candidates, which reaches both paths.
 */
@QuarkusTest
class DateWalkTest extends DemoContentTest {

    private static final int PAGE = 3;
    private static final int[] WALKED_POSTS = { 1, 2, 5, SearchQueries.LINK_WALK_POSTS };
    // at least a page and the one after it, which tells whether there is a next page
    private static final int[] WALK_CANDIDATES = { PAGE + 1, PAGE + 3, SearchQueries.CANDIDATES };

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    @Test
    void every_page_is_the_same_whether_the_walk_is_trusted_falls_back_or_is_not_there() throws Exception {
        for (List<String> types : List.of(List.of("link"), List.<String>of())) {
            for (String query : List.of("kafka", "streaming", "model")) {
                for (String from : new String[]{ null, "2026-09-01" }) {
                    Search search = new Search(query, types, from, null);
                    List<String> sorted = search.pages(0, SearchQueries.CANDIDATES);
                    assertThat(sorted).as(search.toString()).hasSizeGreaterThan(PAGE);
                    for (int posts : WALKED_POSTS) {
                        for (int candidates : WALK_CANDIDATES) {
                            assertThat(search.pages(posts, candidates))
                                    .as(search + ", walking " + posts + " posts for " + candidates).isEqualTo(sorted);
                        }
                    }
                    assertThat(search.facets(SearchQueries.LINK_WALK_POSTS)).isEqualTo(search.facets(0));
                }
            }
        }
    }

    @Test
    void the_walk_is_left_out_where_a_filter_keeps_most_newest_posts_out() {
        assertThat(new Search("kafka", List.of("link"), "2026-09-01", null).statement(1_000, 500, null).sql())
                .contains("walk_link");
        assertThat(new Search("kafka", List.of("link"), null, "kafka").statement(1_000, 500, null).sql())
                .doesNotContain("walk_link");
        assertThat(new Search("kafka", List.of("link"), null, null).statement(0, 500, null).sql())
                .doesNotContain("walk_link");
    }

    private final class Search {
        private final String query;
        private final List<String> types;
        private final String from;
        private final String tag;

        Search(String query, List<String> types, String from, String tag) {
            this.query = query;
            this.types = types;
            this.from = from;
            this.tag = tag;
        }

        SearchQueries.Statement statement(int walkPosts, int walkCandidates, String cursor) {
            SearchRequest request = SearchRequest.of(query, types, tag == null ? null : List.of(tag), null, null, null,
                    from, null, "date", null, PageParams.of(null, PAGE, cursor));
            return SearchQueries.statement(request, walkPosts, walkCandidates);
        }

        /** Every result, page after page by cursor, as "type id date". */
        List<String> pages(int walkPosts, int walkCandidates) throws Exception {
            List<String> results = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode items = mapper.readTree(run(statement(walkPosts, walkCandidates, cursor), "items"));
                cursor = null;
                for (int index = 0; index < Math.min(PAGE, items.size()); index++) {
                    JsonNode item = items.get(index);
                    results.add(item.get("type").asText() + " " + item.get("id").asLong() + " " + item.get("at").asText());
                }
                if (items.size() > PAGE) {
                    JsonNode last = items.get(PAGE - 1);
                    cursor = new Cursor(SearchRequest.DATE, SearchQueries.DateCursor.value(
                            OffsetDateTime.parse(last.get("at").asText()), last.get("type").asText()),
                            last.get("id").asLong()).encode();
                }
            } while (cursor != null);
            return results;
        }

        JsonNode facets(int walkPosts) throws Exception {
            return mapper.readTree(run(statement(walkPosts, SearchQueries.CANDIDATES, null), "facets"));
        }

        private String run(SearchQueries.Statement statement, String column) {
            return sql.first(statement.sql(), statement.parameters(), row -> row.getString(column)).orElseThrow();
        }

        @Override
        public String toString() {
            return query + " " + types + (from == null ? "" : " from " + from) + (tag == null ? "" : " tag " + tag);
        }
    }
}
