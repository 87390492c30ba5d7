package dev.roundup.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SiteInfoTest extends DemoContentTest {

    @Test
    void the_site_has_its_configured_name_and_the_range_of_its_published_posts() {
        JsonPath site = given().when().get("/api/v1/site").then().statusCode(200).extract().jsonPath();
        JsonPath newest = given().queryParam("size", 1).when().get("/api/v1/posts").jsonPath();
        JsonPath oldest = given().queryParam("size", 1).queryParam("sort", "date").when().get("/api/v1/posts").jsonPath();

        assertThat(site.getString("title")).isEqualTo("Roundup API demo blog");
        assertThat(site.getString("baseUrl")).isNotBlank();
        assertThat(site.getLong("posts")).isEqualTo(DemoContent.PUBLISHED_POSTS);
        assertThat(instant(site.getString("lastPostDate"))).isEqualTo(instant(newest.getString("items[0].date")));
        assertThat(instant(site.getString("firstPostDate"))).isEqualTo(instant(oldest.getString("items[0].date")));
        // the test profile has an editor key
        assertThat(site.getBoolean("editorialApi")).isTrue();
    }

    @Test
    void every_feed_the_site_advertises_is_served() {
        JsonPath feeds = given().when().get("/api/v1/site").jsonPath().setRootPath("feeds");
        assertThat(given().redirects().follow(false).when().get(feeds.getString("rss")).then().statusCode(200).extract()
                .contentType()).startsWith("application/rss+xml");
        assertThat(given().redirects().follow(false).when().get(feeds.getString("atom")).then().statusCode(200)
                .extract().contentType()).startsWith("application/atom+xml");
        assertThat(given().redirects().follow(false).when().get(feeds.getString("json")).then().statusCode(200)
                .extract().contentType()).startsWith("application/feed+json");
        assertThat(given().redirects().follow(false).when().get(feeds.getString("calendar")).then().statusCode(200)
                .extract().contentType()).startsWith("text/calendar");
    }

    private static java.time.Instant instant(String date) {
        return OffsetDateTime.parse(date).toInstant();
    }
}
