package dev.roundup.frontend;

import static dev.roundup.frontend.SiteReads.json;
import static dev.roundup.frontend.SiteReads.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

import dev.roundup.support.DemoContentTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Searching in the browser: suggestions as you type, ranked and highlighted results, facets, did you mean. */
@QuarkusTest
class SearchPageTest extends DemoContentTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @TestHTTPResource("/")
    URL root;

    private Browser open(String route) {
        return session.browser().open(root + "#" + route);
    }

    @Test
    void suggestions_appear_after_two_letters_and_enter_shows_ranked_highlighted_results() {
        JsonPath suggestions = json("/api/v1/search/suggest", Map.of("q", "ka", "size", 6));
        List<String> expected = new ArrayList<>(shown(suggestions.getList("tags.name")));
        expected.addAll(shown(suggestions.getList("titles.title")));
        Browser browser = open("/");

        browser.find("#search-input").sendKeys("ka");
        browser.await("suggestions", () -> browser.find("#search-suggestions").isDisplayed());
        List<String> options = browser.texts("#search-suggestions [role=option]");
        assertThat(options).hasSize(expected.size() + 1).last().isEqualTo("Search for “ka”");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(options.get(i)).startsWith(expected.get(i));
        }

        JsonPath results = json("/api/v1/search", Map.of("q", "kafka", "size", 10));
        browser.find("#search-input").sendKeys("fka", Keys.ENTER);
        browser.awaitView();
        assertThat(browser.url()).endsWith("#/search?q=kafka");
        assertThat(browser.texts(".result h2")).containsExactlyElementsOf(shown(results.getList("items.title")));
        assertThat(browser.texts(".result h2 mark")).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark).isEqualToIgnoringCase("kafka"));
        assertThat(browser.text(".result-count")).isEqualTo(results.getInt("meta.total") + " results");
    }

    @Test
    void facets_narrow_the_results_and_the_narrowed_search_reloads_as_it_was() {
        JsonPath events = json("/api/v1/search", Map.of("q", "kafka", "type", "event", "size", 10));
        JsonPath streaming = json("/api/v1/search", Map.of("q", "kafka", "type", "event", "section",
                events.getString("facets.section[0].value"), "size", 10));
        Browser browser = open("/search?q=kafka");
        int all = Integer.parseInt(browser.text(".result-count").replaceAll("\\D", ""));

        browser.follow(".facet[data-facet=type] a[data-value=event]");
        assertThat(browser.url()).endsWith("#/search?q=kafka&type=event");
        assertThat(browser.texts(".result h2")).containsExactlyElementsOf(shown(events.getList("items.title")));
        assertThat(browser.texts(".result-type")).isNotEmpty().containsOnly("Event");
        assertThat(events.getInt("meta.total")).isLessThan(all);
        assertThat(browser.text(".result-count")).isEqualTo(events.getInt("meta.total") + " results");

        browser.follow(".facet[data-facet=section] a");
        assertThat(browser.texts(".result h2")).containsExactlyElementsOf(shown(streaming.getList("items.title")));
        assertThat(browser.texts(".active-filters a")).hasSize(2);
        assertThat(browser.reload().texts(".result h2")).containsExactlyElementsOf(shown(streaming.getList("items.title")));

        browser.follow(".active-filters a").follow(".active-filters a");
        assertThat(browser.url()).endsWith("#/search?q=kafka");
        assertThat(browser.text(".result-count")).isEqualTo(all + " results");
    }

    @Test
    void a_misspelt_query_shows_what_was_searched_for_instead() {
        JsonPath corrected = json("/api/v1/search", Map.of("q", "kafak quotas", "size", 10));
        assertThat(corrected.getString("didYouMean")).isNotBlank();
        Browser browser = open("/search?q=kafak+quotas");

        assertThat(browser.text(".did-you-mean")).contains("“kafak quotas”", corrected.getString("didYouMean"));
        assertThat(browser.texts(".result h2")).containsExactlyElementsOf(shown(corrected.getList("items.title")));
        assertThat(browser.find("#search-input").getAttribute("value")).isEqualTo("kafak quotas");
    }

    @Test
    void the_keyboard_reaches_the_content_and_picks_a_suggestion() {
        Browser browser = open("/");
        browser.keys(Keys.TAB);
        assertThat(browser.focused("class")).isEqualTo("skip-link");
        browser.keys(Keys.ENTER);
        assertThat(browser.focused("id")).isEqualTo("main");

        browser.find("#search-input").sendKeys("kafka");
        browser.await("suggestions", () -> browser.find("#search-suggestions").isDisplayed());
        browser.keys(Keys.ARROW_DOWN);
        assertThat(browser.find("#search-input").getAttribute("aria-activedescendant")).isEqualTo("suggestion-0");
        assertThat(browser.find("#suggestion-0").getAttribute("aria-selected")).isEqualTo("true");
        browser.keys(Keys.ENTER).awaitView();

        String tag = json("/api/v1/search/suggest", Map.of("q", "kafka")).getString("tags[0].name");
        assertThat(browser.view()).isEqualTo("tag");
        assertThat(browser.text("h1")).isEqualTo("Tag: " + tag);
        assertThat(browser.focused("id")).isEqualTo("page-title");
    }
}
