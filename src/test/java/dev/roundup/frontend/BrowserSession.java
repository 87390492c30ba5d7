package dev.roundup.frontend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One headless Chromium for a test class, reused by its tests (starting one costs a second or two). After each test
 * the browser console must hold no errors but those the test announced; when a test fails, a photograph of each view
 * it saw (and the page's HTML) goes to {@code target/browser-screenshots/}.
 * <p>
 * Register it as {@code @RegisterExtension static final BrowserSession session = new BrowserSession();}.
 */
public final class BrowserSession
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, TestWatcher {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private Browser browser;
    private final List<String> expectedErrors = new ArrayList<>();

    public Browser browser() {
        return browser;
    }

    /** The test provokes a console error containing {@code part} (a failed request it makes on purpose). */
    public void expectConsoleError(String part) {
        expectedErrors.add(part);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.assumeInstalled();
        browser = Browser.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        expectedErrors.clear();
        browser.consoleErrors();
        browser.forgetViews();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> unexpected = browser.consoleErrors().stream()
                .filter(error -> expectedErrors.stream().noneMatch(error::contains)).toList();
        if (!unexpected.isEmpty()) {
            throw new AssertionError("the browser console has errors on " + browser.url() + ":\n"
                    + String.join("\n", unexpected));
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            browser.photograph(SCREENSHOTS, name);
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
