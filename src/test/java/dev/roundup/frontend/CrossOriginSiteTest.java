package dev.roundup.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.roundup.support.DemoContentTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * frontend/ hosted by a static server on another origin (127.0.0.1, another port) and pointed at the service with
 * ?api=, as a blog owner would host it: every view reads the service through CORS.
 * <p>
 * ROUNDUP_SITE_TEST_API=http://host:port points it at another running service instead (one that imported a real
 * blog, with the site's origin in QUARKUS_HTTP_CORS_ORIGINS; ROUNDUP_TEST_SITE_PORT fixes the site's port): the
 * assertions read that service's API, so they hold for any content that has a roundup and a "kafka" tag.
 */
@QuarkusTest
class CrossOriginSiteTest extends DemoContentTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    private static SiteServer site;

    @TestHTTPResource("/")
    URL testService;

    @BeforeAll
    static void serveTheSite() {
        site = SiteServer.serve(Path.of("frontend"));
    }

    @AfterAll
    static void stopTheSite() {
        site.close();
    }

    /** The service the site talks to, without a trailing slash. */
    private String api() {
        String external = System.getenv("ROUNDUP_SITE_TEST_API");
        String base = external != null && !external.isBlank() ? external : testService.toString();
        return base.replaceAll("/+$", "");
    }

    private JsonPath json(String path, Map<String, ?> query) {
        return SiteReads.json(api(), path, query);
    }

    private Browser open(String route) {
        Browser browser = session.browser().open(site.origin() + "/index.html?api=" + api() + "#" + route);
        assertThat(browser.text("#api-origin")).isEqualTo(api());
        return browser;
    }

    /** The page's calls to the API went to the service's origin, not to the site's. */
    private void assertReadFromTheService(Browser browser, String path) {
        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>) browser
                .script("return performance.getEntriesByType('resource').map(e => e.name);");
        assertThat(requests).anyMatch(url -> url.startsWith(api() + path));
    }

    @Test
    void the_home_page_shows_the_newest_roundup() {
        String newest = json("/api/v1/posts", Map.of("category", "roundup", "size", 1)).getString("items[0].title");
        Browser browser = open("/");

        assertThat(browser.texts(".post-card h2")).contains(SiteReads.shown(newest));
        assertReadFromTheService(browser, "/api/v1/posts");
    }

    @Test
    void a_roundup_shows_its_link_titles() {
        String slug = json("/api/v1/posts", Map.of("category", "roundup", "size", 1)).getString("items[0].slug");
        JsonPath post = json("/api/v1/posts/" + slug, Map.of());
        List<String> linkTitles = post.getList("sections.links.flatten().title");
        assertThat(linkTitles).isNotEmpty();
        Browser browser = open("/posts/" + slug);

        assertThat(browser.text("h1")).isEqualTo(SiteReads.shown(post.getString("title")));
        assertThat(browser.text("main")).contains(SiteReads.shown(linkTitles));
    }

    @Test
    void search_finds_kafka() {
        JsonPath results = json("/api/v1/search", Map.of("q", "kafka", "size", 10));
        assertThat(results.getList("items")).isNotEmpty();
        Browser browser = open("/search?q=kafka");

        assertThat(browser.texts(".result h2")).containsExactlyElementsOf(SiteReads.shown(results.getList("items.title")));
        assertThat(browser.texts(".facet h3")).contains("Type");
    }

    @Test
    void the_kafka_tag_shows_its_counts_and_links() {
        JsonPath tag = json("/api/v1/tags/kafka", Map.of());
        JsonPath links = json("/api/v1/tags/kafka/links", Map.of("size", 20));
        Browser browser = open("/tags/kafka");

        assertThat(browser.text("h1")).isEqualTo("Tag: " + tag.getString("name"));
        assertThat(browser.texts(".link-card h3")).containsExactlyElementsOf(SiteReads.shown(links.getList("items.title")));
        assertThat(browser.attributes("link[rel=alternate]", "href")).contains(api() + "/feeds/posts.rss",
                api() + "/feeds/tags/" + tag.getString("slug") + ".rss");
    }
}
