package dev.roundup.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SuggestTest extends DemoContentTest {

    private static JsonPath suggest(String q, String size) {
        return given().queryParam("q", q).queryParam("size", size).when().get("/api/v1/search/suggest").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void the_last_word_is_a_prefix_of_title_words_and_tag_names() {
        JsonPath body = suggest("kafk", "5");

        assertThat(body.getString("query")).isEqualTo("kafk");
        assertThat(body.getList("titles.title", String.class)).hasSize(5)
                .allSatisfy(title -> assertThat(title.toLowerCase()).contains("kafka"));
        assertThat(body.getList("tags.slug", String.class)).containsExactly("kafka");
        assertThat(body.getInt("tags[0].posts")).isEqualTo(12);
        assertThat(body.getList("titles.url", String.class)).allSatisfy(url -> assertThat(url).startsWith("http"));
    }

    @Test
    void earlier_words_must_all_be_in_the_title() {
        JsonPath body = suggest("watermark ali", "8");
        assertThat(body.getList("titles.title", String.class)).contains("Watermark Alignment in Flink")
                .allSatisfy(title -> assertThat(title.toLowerCase()).contains("watermark").contains("align"));
        assertThat(suggest("stream proc", "8").getList("tags.slug", String.class)).contains("stream-processing");
        assertThat(suggest("generative", "8").getList("tags.name", String.class)).hasSize(1);
    }

    @Test
    void nothing_to_suggest_and_bad_parameters() {
        JsonPath none = suggest("!!!", "8");
        assertThat(none.getList("titles")).isEmpty();
        assertThat(none.getList("tags")).isEmpty();
        given().when().get("/api/v1/search/suggest").then().statusCode(400).body("parameter", equalTo("q"));
        given().queryParam("q", "kafka").queryParam("size", "21").when().get("/api/v1/search/suggest").then()
                .statusCode(400).body("parameter", equalTo("size"));
    }
}
