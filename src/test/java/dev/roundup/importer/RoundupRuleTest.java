package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Which posts are roundups, and which roundups have an issue number. */
class RoundupRuleTest {

    private static FrontMatter titled(String title, Optional<Integer> number) {
        return new FrontMatter(Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), number, "{}");
    }

    @Test
    void the_shipped_rule_is_the_roundup_category_a_metadata_number_or_pelican_headers() {
        RoundupRule rule = RoundupRule.DEFAULT;
        FrontMatter plain = titled("Kafka Streams, Part 3", Optional.empty());

        assertThat(rule.matches("a.md", MetadataFormat.YAML, plain, List.of("roundup"))).isTrue();
        assertThat(rule.matches("a.md", MetadataFormat.YAML, plain, List.of("article"))).isFalse();
        assertThat(rule.matches("a.md", MetadataFormat.TOML, titled("Digest", Optional.of(4)), List.of())).isTrue();
        assertThat(rule.matches("a.md", MetadataFormat.HEADERS, plain, List.of())).isTrue();
    }

    @Test
    void a_path_glob_or_a_title_pattern_makes_roundups_too() {
        RoundupRule rule = new RoundupRule(Set.of(), Optional.of(FileSystems.getDefault().getPathMatcher("glob:news/**")),
                Optional.of(Pattern.compile("^Weekly")), false, Set.of());
        FrontMatter article = titled("An article", Optional.of(3));

        assertThat(rule.matches("news/2026/issue.md", MetadataFormat.YAML, article, List.of())).isTrue();
        assertThat(rule.matches("posts/issue.md", MetadataFormat.YAML, article, List.of())).isFalse();
        assertThat(rule.matches("posts/issue.md", MetadataFormat.YAML, titled("Weekly 12", Optional.empty()), List.of()))
                .isTrue();
    }

    @Test
    void a_title_number_is_an_issue_number_unless_it_follows_a_comma_or_is_the_year() {
        IssueNumbers numbers = IssueNumbers.DEFAULT;
        OffsetDateTime date = OffsetDateTime.parse("2023-01-08T10:00:00Z");

        assertThat(numbers.inTitle("This Week in Rust 665", date)).contains(665);
        assertThat(numbers.inTitle("Issue #42", date)).contains(42);
        assertThat(numbers.inTitle("Interesting Stuff - Week 36, 2023", date)).isEmpty();
        assertThat(numbers.inTitle("Interesting Stuff - Xmas, New Year 2022, Week 1 2023", date)).isEmpty();
        assertThat(numbers.inTitle("Best of 2023", date)).isEmpty();
        assertThat(numbers.inTitle("No number here", date)).isEmpty();
    }

    @Test
    void an_article_never_takes_a_number_from_its_title() throws ContentException {
        PostParser parser = new PostParser(Fixtures.BASE_URL, 220);
        ParsedPost article = parser.parse("2026-01-01-part-3.md",
                "---\ntitle: Kafka Streams Part 3\ndate: 2026-01-01\n---\nText.\n");
        ParsedPost roundup = parser.parse("2026-01-01-digest-3.md",
                "---\ntitle: Data Digest 3\ndate: 2026-01-01\ncategories: [roundup]\n---\nText.\n");

        assertThat(article.roundup()).isFalse();
        assertThat(article.number()).isEmpty();
        assertThat(roundup.number()).contains(3);
    }
}
