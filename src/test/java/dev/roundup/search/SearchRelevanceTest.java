package dev.roundup.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The relevance set (src/test/resources/search/relevance.tsv): exact titles, stemmed forms, phrases,
 * exclusions, typos, tag names, accents and OR over the demo content. Prints the share satisfied; every query
 * must be.
 */
@QuarkusTest
class SearchRelevanceTest extends DemoContentTest {

    private static final Path SET = Path.of("src/test/resources/search/relevance.tsv");

    record Case(String kind, String query, List<String> top3, List<String> never) {
    }

    @Test
    void every_query_of_the_relevance_set_finds_its_results_in_the_top_three() throws IOException {
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            JsonPath body = given().queryParam("q", c.query()).queryParam("size", "100")
                    .queryParam("fields", "type,title").when().get("/api/v1/search").then().statusCode(200)
                    .extract().jsonPath();
            List<String> titles = body.getList("items.title", String.class);
            List<String> top3 = titles.subList(0, Math.min(3, titles.size()));
            List<String> missing = c.top3().stream().filter(title -> !top3.contains(title)).toList();
            List<String> leaked = c.never().stream().filter(titles::contains).toList();
            if (!missing.isEmpty() || !leaked.isEmpty()) {
                failures.add(c.kind() + " [" + c.query() + "]: missing from top 3 " + missing + ", found but excluded "
                        + leaked + "; top 3 was " + top3 + " (searched for: " + body.getString("searchedFor") + ")");
            }
        }
        int satisfied = cases.size() - failures.size();
        System.out.printf("Search relevance: %d of %d queries satisfied (%.0f %%)%n", satisfied, cases.size(),
                100.0 * satisfied / cases.size());
        failures.forEach(failure -> System.out.println("  FAILED " + failure));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        assertThat(failures).isEmpty();
    }

    private static List<Case> cases() throws IOException {
        return Files.readAllLines(SET).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1)).map(columns -> new Case(columns[0], columns[1], titles(columns[2]),
                        columns.length > 3 ? titles(columns[3]) : List.of()))
                .toList();
    }

    private static List<String> titles(String column) {
        return Arrays.stream(column.split("\\s*\\|\\|\\s*")).map(String::strip).filter(title -> !title.isEmpty()).toList();
    }
}
