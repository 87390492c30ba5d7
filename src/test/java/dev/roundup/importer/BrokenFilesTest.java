package dev.roundup.importer;

import static dev.roundup.importer.Fixtures.BROKEN;
import static dev.roundup.importer.Fixtures.PARSER;
import static dev.roundup.importer.Fixtures.assertLinkItems;
import static dev.roundup.importer.Fixtures.assertRoundup;
import static dev.roundup.importer.Fixtures.assertSections;
import static dev.roundup.importer.Fixtures.link;
import static dev.roundup.importer.Fixtures.section;
import static dev.roundup.section.SectionKind.FINALLY;
import static dev.roundup.section.SectionKind.LINKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The files in fixtures/broken: one good post, two that must fail with the line to look at. */
class BrokenFilesTest {

    @Test
    void good_file_next_to_broken_ones_parses() {
        ParsedPost post = Fixtures.parse(BROKEN.resolve("2026-02-01-good-one.md"));

        assertRoundup(post, "2026-02-01-good-one", "Interesting Stuff - Week 5, 2026", "2026-02-01T10:20:00+01:00",
                "Kafka", "Generative AI");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 2),
                section("Generative AI", "generative-ai", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Idle Consumers and Empty Partitions", "https://blog.kafka-corner.dev/idle-consumers-empty-partitions",
                        "blog.kafka-corner.dev"),
                link("Retention by Size or by Time", "https://blog.kafka-corner.dev/retention-by-size-or-time",
                        "blog.kafka-corner.dev"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Grounding Answers in Tables", "https://ai-notebook.example.net/grounding-answers-in-tables",
                        "ai-notebook.example.net"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void unclosed_quote_fails_at_the_line_that_opens_it() {
        ContentException failure = parseFailure("2026-02-08-bad-yaml.md");

        assertThat(failure.line()).isEqualTo(4);
        assertThat(failure.getMessage()).startsWith("invalid YAML front matter");
    }

    @Test
    void unterminated_front_matter_fails_at_its_opening_fence() {
        ContentException failure = parseFailure("2026-02-15-no-front-matter-end.md");

        assertThat(failure.line()).isEqualTo(1);
        assertThat(failure.getMessage()).contains("never closed");
    }

    private static ContentException parseFailure(String fileName) {
        String content = Fixtures.read(BROKEN.resolve(fileName));
        return catchThrowableOfType(ContentException.class, () -> PARSER.parse(fileName, content));
    }
}
