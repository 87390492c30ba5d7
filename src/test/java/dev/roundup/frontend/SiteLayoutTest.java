package dev.roundup.frontend;

import static dev.roundup.frontend.SiteReads.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.roundup.support.DemoContentTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every view has the landmarks and labels assistive technology needs, and fits a phone's width. */
@QuarkusTest
class SiteLayoutTest extends DemoContentTest {

    private static final String OVERFLOW =
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";
    private static final String UNLABELLED = "return [...document.querySelectorAll('input, select, textarea, button')]"
            + ".filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim())"
            + ".map(c => c.outerHTML);";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @TestHTTPResource("/")
    URL root;

    private List<String> views() {
        String newest = json("/api/v1/posts", Map.of("size", 1)).getString("items[0].slug");
        return List.of("/", "/posts/" + newest, "/tags/kafka", "/search?q=kafka", "/events?when=past");
    }

    /** One pass at a phone's width: the landmarks and labels do not depend on it, and every view is opened once. */
    @Test
    void each_view_has_landmarks_one_heading_labelled_controls_and_fits_a_phone_s_width() {
        Browser browser = session.browser();
        browser.resize(375, 812);
        try {
            for (String view : views()) {
                browser.open(root + "#" + view);
                assertThat(browser.texts("h1")).as(view).hasSize(1);
                assertThat(browser.texts("body > header")).as(view).hasSize(1);
                assertThat(browser.attributes("nav", "aria-label")).as(view).doesNotContainNull().contains("Main");
                assertThat(browser.texts("main")).as(view).hasSize(1);
                assertThat(browser.texts("body > footer")).as(view).hasSize(1);
                assertThat(browser.attributes("[role=search]", "id")).as(view).containsExactly("search-form");
                assertThat(browser.script(UNLABELLED)).as(view).asList().isEmpty();
                assertThat(browser.script("return document.title;")).as(view).asString().endsWith("· Roundup API demo blog");
                assertThat((Long) browser.script("return window.innerWidth;")).as(view).isLessThanOrEqualTo(375L);
                assertThat((Long) browser.script(OVERFLOW)).as(view).isLessThanOrEqualTo(0L);
            }
        } finally {
            browser.resize(1280, 900);
        }
    }
}
