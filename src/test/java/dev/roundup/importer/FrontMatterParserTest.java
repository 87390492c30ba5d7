package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void repeated_key_last_value_wins() throws ContentException {
        FrontMatter frontMatter = parse("""
                title: Week 5
                categories:
                tags:
                  - SQL Server
                categories:
                  - roundup
                """);

        assertThat(frontMatter.categories()).containsExactly("roundup");
        assertThat(frontMatter.tags()).containsExactly("SQL Server");
    }

    @Test
    void unquoted_value_is_cut_at_space_hash() throws ContentException {
        FrontMatter frontMatter = parse("""
                title: Interesting Stuff - Week 4, 2026 # renumber if I skip a week
                description: Streams and tables # draft note
                tags:
                  - C#
                  - Kafka # maybe drop this one
                """);

        assertThat(frontMatter.title()).contains("Interesting Stuff - Week 4, 2026");
        assertThat(frontMatter.description()).contains("Streams and tables");
        assertThat(frontMatter.tags()).containsExactly("C#", "Kafka");
    }

    @Test
    void quoted_value_keeps_its_hash() throws ContentException {
        FrontMatter frontMatter = parse("title: \"Week 4 # not a comment\"");

        assertThat(frontMatter.title()).contains("Week 4 # not a comment");
    }

    @Test
    void flow_lists_mix_quoted_and_bare_items() throws ContentException {
        FrontMatter frontMatter = parse("""
                categories: ["roundup", "weekly"]
                tags: [Kafka, "Stream Processing", 'Flink', distributed computing]
                keywords: []
                """);

        assertThat(frontMatter.categories()).containsExactly("roundup", "weekly");
        assertThat(frontMatter.tags()).containsExactly("Kafka", "Stream Processing", "Flink", "distributed computing");
        assertThat(frontMatter.keywords()).isEmpty();
    }

    @Test
    void single_scalar_is_read_as_a_one_item_list() throws ContentException {
        FrontMatter frontMatter = parse("categories: roundup");

        assertThat(frontMatter.categories()).containsExactly("roundup");
    }

    @Test
    void html_entities_in_the_title_are_decoded() throws ContentException {
        FrontMatter frontMatter = parse("title: \"Interesting Stuff&#58; Streams &amp; Tables - Week 6, 2026\"");

        assertThat(frontMatter.title()).contains("Interesting Stuff: Streams & Tables - Week 6, 2026");
    }

    @Test
    void date_keeps_its_offset() throws ContentException {
        FrontMatter frontMatter = parse("date: 2023-09-10T09:25:38+02:00");

        assertThat(frontMatter.date()).contains(OffsetDateTime.parse("2023-09-10T09:25:38+02:00"));
        assertThat(frontMatter.date().orElseThrow().getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    @Test
    void local_date_time_and_plain_date_are_read_as_utc() throws ContentException {
        assertThat(FrontMatterParser.parseDate("2026-01-04T09:15:00", 1))
                .isEqualTo(OffsetDateTime.parse("2026-01-04T09:15:00Z"));
        assertThat(FrontMatterParser.parseDate("2026-01-04", 1)).isEqualTo(OffsetDateTime.parse("2026-01-04T00:00:00Z"));
    }

    @Test
    void date_that_is_not_iso_8601_fails_at_the_front_matter_line() {
        ContentException failure = catchThrowableOfType(ContentException.class,
                () -> FrontMatterParser.parseDate("next Sunday", 3));

        assertThat(failure.line()).isEqualTo(3);
    }

    @Test
    void missing_fields_are_empty_and_draft_is_false() throws ContentException {
        FrontMatter frontMatter = parse("title: Only a title");

        assertThat(frontMatter.author()).isEmpty();
        assertThat(frontMatter.date()).isEmpty();
        assertThat(frontMatter.slug()).isEmpty();
        assertThat(frontMatter.draft()).isFalse();
        assertThat(frontMatter.tags()).isEmpty();
        assertThat(frontMatter.categories()).isEmpty();
        assertThat(frontMatter.number()).isEmpty();
    }

    @Test
    void unknown_keys_are_kept_in_the_json() throws ContentException {
        FrontMatter frontMatter = parse("""
                type: post
                layout: "post"
                highlight: true
                """);

        assertThat(frontMatter.json()).isEqualTo("{\"type\":\"post\",\"layout\":\"post\",\"highlight\":true}");
    }

    @Test
    void unclosed_quote_is_reported_at_the_line_that_opens_it() throws ContentException {
        SourceDocument document = SourceDocument.split("""
                ---
                type: post
                title: "Week 6, 2026
                author: nora
                description: "Closes the quote opened above."
                ---
                """);

        ContentException failure = catchThrowableOfType(ContentException.class, () -> parser.parse(document));

        assertThat(failure.line()).isEqualTo(3);
    }

    @Test
    void other_yaml_errors_are_reported_where_yaml_finds_them() throws ContentException {
        SourceDocument document = SourceDocument.split("""
                ---
                title: Fine
                tags:
                  - one
                 - two
                ---
                """);

        ContentException failure = catchThrowableOfType(ContentException.class, () -> parser.parse(document));

        assertThat(failure.line()).isEqualTo(5);
    }

    private FrontMatter parse(String yaml) throws ContentException {
        return parser.parse(SourceDocument.split("---\n" + yaml + "\n---\n"));
    }
}
