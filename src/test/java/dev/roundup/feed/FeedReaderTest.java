package dev.roundup.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContentTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every feed read by a real reader: Python's feedparser (Debian's python3-feedparser, which .ci/ensure-feedparser
 * installs) must find no bozo flag, the right number of entries and their fields; JSON Feed is checked for the
 * 1.1 spec's required fields.
 */
@QuarkusTest
class FeedReaderTest extends DemoContentTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void feedparser_reads_every_feed_without_complaint() throws Exception {
        String python = pythonWithFeedparser();
        assumeTrue(python != null, "python3 with feedparser is not installed: run .ci/ensure-feedparser");
        String root = base.toString().replaceAll("/$", "");
        List<String> command = new ArrayList<>(List.of(python, "src/test/resources/feeds/check_feeds.py"));
        for (String[] feed : new String[][]{
                { "rss", "/feeds/posts.rss", "5" }, { "atom", "/feeds/posts.atom", "5" }, { "json", "/feeds/posts.json", "5" },
                { "rss", "/feeds/posts.rss?page=3", "3" }, { "atom", "/feeds/posts.atom?page=3", "3" },
                { "json", "/feeds/posts.json?page=3", "3" },
                { "rss", "/feeds/tags/kafka.rss", "5" }, { "atom", "/feeds/tags/kafka.atom?page=3", "2" },
                { "json", "/feeds/tags/kafka.json?page=2", "5" },
                { "rss", "/feeds/sections/gen-ai.rss", "5" }, { "atom", "/feeds/sections/streaming.atom", "5" },
                { "json", "/feeds/sections/streaming.json", "5" },
                { "rss", "/feeds/links.rss?tag=kafka", "5" }, { "atom", "/feeds/links.atom?domain=martinfowler.com", "4" },
                { "json", "/feeds/links.json?section=podcast&page=2", "3" } }) {
            command.addAll(List.of(feed[0], root + feed[1], feed[2]));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(output);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.startsWith("ok "))).hasSize(15);
    }

    /** Debian's package installs for the system's Python, which a pyenv or venv python3 on the PATH may hide. */
    private static String pythonWithFeedparser() throws InterruptedException {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            try {
                Process check = new ProcessBuilder(python, "-c", "import feedparser").start();
                if (check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not there: try the next one
            }
        }
        return null;
    }
}
