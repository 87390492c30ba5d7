package dev.roundup.frontend;

import static dev.roundup.frontend.SiteReads.json;
import static dev.roundup.frontend.SiteReads.shown;
import static dev.roundup.frontend.SiteReads.textOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Fixtures;
import dev.roundup.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The site served by the service, in headless Chromium: each view shows what the API says, read in the same test. */
@QuarkusTest
class SiteTest extends DemoContentTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @TestHTTPResource("/")
    URL root;

    @Inject
    ImportService importService;

    @AfterEach
    void clock() {
        TestClock.release();
    }

    private Browser open(String route) {
        return session.browser().open(root + "#" + route);
    }

    @Test
    void the_home_page_lists_the_newest_posts_with_tags_link_counts_and_reading_time() {
        JsonPath api = json("/api/v1/posts", Map.of("size", 10));
        Browser browser = open("/");

        assertThat(browser.texts(".post-card h2")).containsExactlyElementsOf(shown(api.getList("items.title")));
        assertThat(browser.texts(".post-card .meta").get(0)).contains(api.getInt("items[0].readingMinutes") + " min read",
                api.getInt("items[0].linkCount") + " links");
        assertThat(browser.texts(".post-list > li:first-child .tags a"))
                .containsExactlyElementsOf(shown(api.getList("items[0].tags.name")));
        assertThat(browser.find(".site-nav [aria-current=page]").getText()).isEqualTo("Roundups");
    }

    @Test
    void older_pages_follow_the_cursor_and_reload_as_they_were() {
        JsonPath first = json("/api/v1/posts", Map.of("size", 10));
        String cursor = first.getString("meta.nextCursor");
        JsonPath older = json("/api/v1/posts", Map.of("size", 10, "cursor", cursor));
        Browser browser = open("/").clickLink("Older roundups");

        assertThat(browser.url()).endsWith("#/?cursor=" + cursor);
        List<String> olderTitles = browser.texts(".post-card h2");
        assertThat(olderTitles).containsExactlyElementsOf(shown(older.getList("items.title")));
        List<String> all = new ArrayList<>(shown(first.getList("items.title")));
        all.addAll(olderTitles);
        assertThat(all).doesNotHaveDuplicates().hasSize(DemoContent.PUBLISHED_POSTS);

        assertThat(browser.reload().texts(".post-card h2")).isEqualTo(olderTitles);
        assertThat(browser.clickLink("Newest roundups").texts(".post-card h2"))
                .containsExactlyElementsOf(shown(first.getList("items.title")));
    }

    @Test
    void a_roundup_shows_its_intro_sections_link_items_neighbours_related_posts_and_events() {
        String slug = json("/api/v1/posts", Map.of("category", "roundup", "size", 1)).getString("items[0].slug");
        JsonPath post = json("/api/v1/posts/" + slug);
        Browser browser = open("/posts/" + slug);

        assertThat(browser.text("h1")).isEqualTo(shown(post.getString("title")));
        assertThat(browser.text(".intro")).isEqualTo(textOf(browser, post.getString("intro.html")));
        List<String> headings = post.getList("sections.heading");
        assertThat(browser.texts(".post-section > h2")).containsExactlyElementsOf(shown(headings));
        List<String> linkTitles = post.getList("sections.links.flatten().title");
        assertThat(linkTitles).isNotEmpty();
        assertThat(browser.texts(".link-item .link-title a")).containsExactlyElementsOf(shown(linkTitles));
        assertThat(browser.text(".link-item .commentary"))
                .isEqualTo(textOf(browser, post.getString("sections[0].links[0].commentary.html")));
        assertThat(browser.texts("[aria-labelledby=related-title] li a"))
                .containsExactlyElementsOf(shown(post.getList("related.title")));
        assertThat(browser.texts("[aria-labelledby=links-to-title] li a"))
                .containsExactlyElementsOf(shown(post.getList("linksTo.title")));
        assertThat(browser.texts(".post-events li a")).containsExactlyElementsOf(shown(post.getList("events.name")));

        String previous = post.getString("previous.title");
        assertThat(browser.texts(".pager a")).contains("Older: " + shown(previous) + " →");
        assertThat(browser.clickLink("Older: ").text("h1")).isEqualTo(shown(previous));
        assertThat(browser.url()).endsWith("#/posts/" + post.getString("previous.slug"));
        assertThat(browser.focused("id")).isEqualTo("page-title");
    }

    @Test
    void a_tag_shows_its_counts_and_feeds_and_pages_its_link_items_by_cursor() {
        JsonPath tag = json("/api/v1/tags/kafka");
        JsonPath links = json("/api/v1/tags/kafka/links", Map.of("size", 20));
        Browser browser = open("/tags/kafka");

        assertThat(browser.text("h1")).isEqualTo("Tag: " + tag.getString("name"));
        assertThat(browser.text(".tag .meta")).contains(tag.getInt("postCount") + " posts",
                tag.getInt("linkCount") + " links");
        assertThat(browser.texts(".related-tags a")).containsExactlyElementsOf(shown(tag.getList("related.name")));
        assertThat(browser.texts(".link-card h3")).containsExactlyElementsOf(shown(links.getList("items.title")));
        assertThat(browser.attributes("link[data-view-feed]", "href")).containsExactly(root + "feeds/tags/kafka.rss",
                root + "feeds/tags/kafka.atom", root + "feeds/tags/kafka.json");

        String cursor = links.getString("meta.nextCursor");
        JsonPath older = json("/api/v1/tags/kafka/links", Map.of("size", 20, "cursor", cursor));
        browser.clickLink("Older links");
        assertThat(browser.url()).endsWith("#/tags/kafka?cursor=" + cursor);
        assertThat(browser.texts(".link-card h3")).containsExactlyElementsOf(shown(older.getList("items.title")));
    }

    @Test
    void events_lists_the_upcoming_ones_with_place_and_role_and_the_calendar_to_subscribe_to() {
        TestClock.fix("2026-09-01T00:00:00Z");
        JsonPath upcoming = json("/api/v1/events", Map.of("size", 20));
        List<String> names = upcoming.getList("items.name");
        assertThat(names).isNotEmpty();
        Browser browser = open("/events");

        assertThat(browser.texts(".event h2")).containsExactlyElementsOf(shown(names));
        assertThat(browser.attributes(".subscribe a", "href")).containsExactly(root + "events.ics");
        List<String> facts = browser.texts(".event .meta");
        for (int i = 0; i < names.size(); i++) {
            String city = upcoming.getString("items[" + i + "].city");
            if (city != null) {
                assertThat(facts.get(i)).contains(city);
            }
        }
        assertThat(facts.get(0)).containsAnyOf("Speaking", "Organising", "Attending", "Hosting");

        TestClock.fix("2027-06-01T00:00:00Z");
        assertThat(json("/api/v1/events").getList("items")).isEmpty();
        assertThat(browser.reload().text(".empty")).startsWith("No upcoming events right now.");
        JsonPath past = json("/api/v1/events", Map.of("when", "past", "size", 20));
        assertThat(browser.clickLink("See past events").texts(".event h2"))
                .containsExactlyElementsOf(shown(past.getList("items.name")));
    }

    @Test
    void events_from_a_newsletters_list_say_how_they_are_attended_and_who_runs_them() {
        importService.importTree(new ImportSource(Fixtures.ROOT.resolve("event-lists").toAbsolutePath(), "site-lists"),
                false);
        TestClock.fix("2026-03-05T12:00:00Z");
        JsonPath upcoming = json("/api/v1/events", Map.of("size", 20));
        assertThat(upcoming.getList("items.mode", String.class)).contains("virtual", "in-person");
        Browser browser = open("/events");

        List<String> facts = browser.texts(".event .meta");
        Map<String, String> modes = Map.of("virtual", "Online", "hybrid", "Hybrid", "in-person", "In person");
        for (int i = 0; i < facts.size(); i++) {
            String mode = upcoming.getString("items[" + i + "].mode");
            if (mode != null) {
                assertThat(facts.get(i)).as(upcoming.getString("items[" + i + "].name")).contains(modes.get(mode));
            }
            String group = upcoming.getString("items[" + i + "].group.name");
            if (group != null) {
                assertThat(facts.get(i)).contains(group);
            }
        }
    }

    @Test
    void the_feeds_are_advertised_in_the_page_head() {
        Browser browser = open("/");

        assertThat(browser.attributes("link[rel=alternate]", "type")).containsExactly("application/rss+xml",
                "application/atom+xml", "application/feed+json");
        List<String> feeds = browser.attributes("link[rel=alternate]", "href");
        assertThat(feeds).containsExactly(root + "feeds/posts.rss", root + "feeds/posts.atom", root + "feeds/posts.json");
        for (String feed : feeds) {
            assertThat(given().get(feed).then().statusCode(200).extract().asString())
                    .contains(json("/api/v1/posts", Map.of("size", 1)).getString("items[0].slug"));
        }
    }
}
