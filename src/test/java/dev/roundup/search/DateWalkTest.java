package dev.roundup.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.db.Sql;
import dev.roundup.common.paging.Cursor;
import dev.roundup.importer.ImportService;
import dev.roundup.importer.StartupImport;
import dev.roundup.support.DemoContent;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Date order through the walk over the newest posts (DateWalk) must find exactly what sorting every match finds:
 * walking every post (the demo has fewer than the walk takes), and falling back when the walk saw too few posts.
 */
@QuarkusTest
class DateWalkTest {

    private static final int PAGE = 7;

    @Inject
    StartupImport startupImport;

    @Inject
    ImportService importService;

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void content() {
        DemoContent.ready(startupImport, importService);
    }

    @Test
    void every_page_is_the_same_with_the_walk_and_with_every_match_sorted() throws Exception {
        for (List<String> types : List.of(List.of("link"), List.<String> of())) {
            for (String query : List.of("kafka", "streaming", "model")) {
                List<String> sorted = pages(query, types, 0);
                assertThat(sorted).as(query).hasSizeGreaterThan(PAGE);
                for (int posts : new int[] { 1, 2, 5, SearchQueries.LINK_WALK_POSTS }) {
                    assertThat(pages(query, types, posts)).as(query + " " + types + ", walking " + posts + " posts")
                            .isEqualTo(sorted);
                }
            }
        }
    }

    /** Every result, page after page by cursor, as "type id date". */
    private List<String> pages(String query, List<String> types, int walkPosts) throws Exception {
        List<String> results = new ArrayList<>();
        String cursor = null;
        do {
            SearchRequest request = SearchRequest.of(query, types, null, null, null, null, null, null, "date", null, null,
                    String.valueOf(PAGE), cursor);
            SearchQueries.Statement statement = SearchQueries.statement(request, walkPosts);
            JsonNode items = mapper.readTree(sql.first(statement.sql(), statement.parameters(), row -> row.getString("items"))
                    .orElseThrow());
            cursor = null;
            for (int index = 0; index < Math.min(PAGE, items.size()); index++) {
                JsonNode item = items.get(index);
                results.add(item.get("type").asText() + " " + item.get("id").asLong() + " " + item.get("at").asText());
            }
            if (items.size() > PAGE) {
                JsonNode last = items.get(PAGE - 1);
                cursor = new Cursor(SearchRequest.DATE, SearchQueries.DateCursor.value(
                        OffsetDateTime.parse(last.get("at").asText()), last.get("type").asText()), last.get("id").asLong())
                        .encode();
            }
        } while (cursor != null);
        return results;
    }
}
