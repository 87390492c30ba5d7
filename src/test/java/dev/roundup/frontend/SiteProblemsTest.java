package dev.roundup.frontend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What a reader sees when something is missing or fails: the service's problem in words, and a way on. */
@QuarkusTest
class SiteProblemsTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @TestHTTPResource("/")
    URL root;

    private Browser open(String route) {
        return session.browser().open(root + "#" + route);
    }

    @Test
    void an_unknown_slug_shows_a_friendly_message_with_the_service_s_words() {
        String detail = given().get("/api/v1/posts/no-such-roundup").then().statusCode(404).extract().path("detail");
        session.expectConsoleError("/api/v1/posts/no-such-roundup");
        Browser browser = open("/posts/no-such-roundup");

        assertThat(browser.find("main").getAttribute("data-state")).isEqualTo("problem");
        assertThat(browser.text(".problem h1")).isEqualTo("Post not found");
        assertThat(browser.text(".problem p")).contains("no published post at this address");
        assertThat(browser.text(".problem-detail")).contains("404", detail);
        assertThat(browser.texts(".problem a")).contains("Newest roundups", "Search");
        assertThat(browser.texts(".problem button")).isEmpty();
    }

    @Test
    void an_unknown_tag_says_that_no_post_carries_it() {
        String detail = given().get("/api/v1/tags/no-such-tag").then().statusCode(404).extract().path("detail");
        session.expectConsoleError("/api/v1/tags/no-such-tag");
        Browser browser = open("/tags/no-such-tag");

        assertThat(browser.text(".problem h1")).isEqualTo("Tag not found");
        assertThat(browser.text(".problem-detail")).contains(detail);
    }

    @Test
    void a_request_the_api_refuses_is_explained_with_its_detail() {
        String q = "x".repeat(501);
        String detail = given().queryParam("q", q).get("/api/v1/search").then().statusCode(400).extract().path("detail");
        session.expectConsoleError("/api/v1/search");
        Browser browser = open("/search?q=" + q);

        assertThat(browser.text(".problem h1")).isEqualTo("The request was not accepted");
        assertThat(browser.text(".problem-detail")).contains(detail);
    }

    @Test
    void an_unreachable_service_is_said_so_and_can_be_tried_again() {
        session.expectConsoleError("127.0.0.1:18289/api/v1/posts");
        // the site asks the service for its name too (GET /api/v1/site), which fails the same way
        session.expectConsoleError("127.0.0.1:18289/api/v1/site");
        Browser browser = session.browser().open(root + "?api=http://127.0.0.1:18289#/");

        assertThat(browser.text(".problem h1")).isEqualTo("The service could not be reached");
        assertThat(browser.text(".problem-detail")).contains("http://127.0.0.1:18289", "CORS");
        assertThat(browser.texts(".problem button")).containsExactly("Try again");
    }

    @Test
    void an_api_address_that_is_not_a_web_address_is_reported() {
        Browser browser = session.browser().open(root + "?api=javascript:alert(1)#/");

        assertThat(browser.text(".problem h1")).isEqualTo("The API address is not valid");
        assertThat(browser.text(".problem-detail")).contains("javascript:alert(1)");
    }

    @Test
    void an_address_the_site_does_not_know_is_a_page_not_found() {
        Browser browser = open("/no/such/page");

        assertThat(browser.text("h1")).isEqualTo("Page not found");
        assertThat(browser.texts(".problem a")).containsExactly("Newest roundups", "Search", "Events");
    }
}
