package dev.roundup.frontend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver), driven through its chromedriver, with a
 * fresh profile; a view of the site is "ready" when its {@code <main>} is no longer busy and shows the current hash
 * (see frontend/assets/app.js). The addresses of the views a test saw are kept, so that a failing test can leave a
 * photograph of each.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ROUNDUP_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path
            .of(System.getenv().getOrDefault("ROUNDUP_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    // Selenium looks every 500 ms by default: half a second lost on nearly every view
    private static final Duration POLL = Duration.ofMillis(25);
    private static final String READY = "const main = document.getElementById('main');"
            + " return !!main && main.getAttribute('aria-busy') === 'false' && main.dataset.route === location.hash;";
    private static final String TEXTS = "return [...document.querySelectorAll(arguments[0])]"
            + ".map(e => e.textContent.replace(/\\s+/g, ' ').trim());";

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> views = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the browser tests where Chromium is not installed, saying how to get it; under CI=true they must run, so
     * there a missing browser fails them.
     */
    static void assumeInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "headless Chromium is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): run .ci/setup, or apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(missing + " (CI=true: the browser tests must run)");
        }
        Assumptions.abort(missing + "; the browser tests are skipped");
    }

    static Browser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("roundup-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogLevel(ChromiumDriverLogLevel.OFF).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // The API allows caching for a minute; a test that moves the service's clock must see the new answer at once.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        return new Browser(driver, profile);
    }

    /** Loads the page at {@code url} and waits for its view. */
    public Browser open(String url) {
        driver.get(url);
        return awaitView();
    }

    /** Reloads the page, as a reader pressing F5 does. */
    public Browser reload() {
        driver.navigate().refresh();
        return awaitView();
    }

    /** Follows the link (or presses the button) {@code css} and waits for the view it leads to. */
    public Browser follow(String css) {
        return leaveBy(driver.findElement(By.cssSelector(css)));
    }

    /** Follows the link whose text contains {@code text} and waits for the view it leads to. */
    public Browser clickLink(String text) {
        return leaveBy(driver.findElement(By.partialLinkText(text)));
    }

    private Browser leaveBy(WebElement element) {
        String before = driver.getCurrentUrl();
        element.click();
        await("the address to change from " + before, () -> !before.equals(driver.getCurrentUrl()));
        return awaitView();
    }

    /** Types keys wherever the focus is, as a keyboard would. */
    public Browser keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** An attribute of the focused element. */
    public String focused(String attribute) {
        return String.valueOf(driver.executeScript("return document.activeElement.getAttribute(arguments[0]);", attribute));
    }

    /** Waits until the view of the current hash is shown (or its problem). */
    public Browser awaitView() {
        try {
            new WebDriverWait(driver, PATIENCE, POLL).until(d -> Boolean.TRUE.equals(driver.executeScript(READY)));
        } catch (TimeoutException e) {
            throw new AssertionError("no view became ready for " + driver.getCurrentUrl(), e);
        }
        String url = driver.getCurrentUrl();
        if (views.isEmpty() || !views.get(views.size() - 1).equals(url)) {
            views.add(url);
        }
        return this;
    }

    public void await(String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, PATIENCE, POLL).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("waited in vain for " + what + " on " + driver.getCurrentUrl(), e);
        }
    }

    /** The text of each element that matches {@code css}, white space collapsed. */
    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) driver.executeScript(TEXTS, css);
    }

    public String text(String css) {
        List<String> texts = texts(css);
        if (texts.isEmpty()) {
            throw new AssertionError("nothing matches " + css + " on " + driver.getCurrentUrl());
        }
        return texts.get(0);
    }

    public List<String> attributes(String css, String attribute) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String view() {
        return find("main").getAttribute("data-view");
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** What the page wrote to the console at level SEVERE since the last call (errors, failed loads). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .toList();
    }

    /** Forgets the views seen so far: a new test starts. */
    void forgetViews() {
        views.clear();
    }

    /**
     * Writes a photograph of the page as the failure left it (and its HTML), then of each other view the test saw
     * since {@link #forgetViews()}, opened again (photographing every view as it comes would slow every test down).
     */
    void photograph(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + "-failed.png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(folder.resolve(name + "-failed.html"), driver.getPageSource());
        List<String> seen = List.copyOf(views);
        for (int i = 0; i < seen.size(); i++) {
            driver.get(seen.get(i));
            try {
                awaitView();
            } catch (AssertionError e) {
                // a view that does not come back is photographed as it is
            }
            Files.write(folder.resolve(String.format("%s-view-%02d.png", name, i + 1)),
                    driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
