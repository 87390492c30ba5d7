package dev.roundup.importer;

import static dev.roundup.importer.Fixtures.assertDate;
import static dev.roundup.importer.Fixtures.assertLinkItems;
import static dev.roundup.importer.Fixtures.assertRoundup;
import static dev.roundup.importer.Fixtures.assertSections;
import static dev.roundup.importer.Fixtures.link;
import static dev.roundup.importer.Fixtures.section;
import static dev.roundup.importer.Fixtures.variant;
import static dev.roundup.section.SectionKind.FINALLY;
import static dev.roundup.section.SectionKind.LINKS;
import static dev.roundup.section.SectionKind.OTHER;
import static dev.roundup.section.SectionKind.WIND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One test per front matter, file and heading variant of FORMAT.md, each against its fixture. */
class PostParserVariantsTest {

    @Test
    void early_post_without_finally_ends_its_last_section_with_the_closing_paragraph() {
        ParsedPost post = variant("2025-12-28-early-post-no-finally.md");

        assertRoundup(post, "2025-12-28-early-post-no-finally", "Interesting Stuff - Week 52, 2025",
                "2025-12-28T14:05:00+01:00", "Streaming", "Databases");
        assertThat(post.description()).isEmpty();
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 2),
                section("Databases", "databases", LINKS, 1));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("What Is a Stream, Anyway?", "https://www.example-streams.io/blog/what-is-a-stream-anyway",
                        "example-streams.io"),
                link("Batch Is a Special Case of Streaming",
                        "https://www.example-streams.io/blog/batch-is-a-special-case", "example-streams.io"));
        ParsedSection databases = post.sections().get(1);
        assertLinkItems(databases).containsExactly(
                link("Why Every Table Needs a Primary Key",
                        "https://pg-stories.example.com/2025/12/every-table-needs-a-primary-key",
                        "pg-stories.example.com"));
        assertThat(databases.markdown()).endsWith("If you have suggestions, [ping][ma] me.");
        assertThat(databases.html())
                .endsWith("If you have suggestions, <a href=\"mailto:nora@example.org\">ping</a> me.</p>\n");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void markdown_extension_is_cut_from_the_slug() {
        ParsedPost post = variant("2026-01-04-markdown-extension.markdown");

        assertRoundup(post, "2026-01-04-markdown-extension", "Interesting Stuff - Week 1, 2026",
                "2026-01-04T09:15:00+01:00", "Kafka", "distributed computing");
        assertThat(post.author()).contains("nora");
        assertThat(post.image()).contains("/images/banner/posts/wrup-01-26.jpg");
        assertThat(post.thumbnail()).contains("/images/thumbnails/posts/wrup-01-26.jpg");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 2),
                section("Distributed Computing", "distributed-computing", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Compacted Topics as a Changelog", "https://blog.kafka-corner.dev/compacted-topics-as-changelog",
                        "blog.kafka-corner.dev"),
                link("Five Kafka Metrics Worth an Alert", "https://blog.kafka-corner.dev/five-metrics-worth-an-alert",
                        "blog.kafka-corner.dev"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Vector Clocks on a Napkin", "https://tinysystems.example.org/vector-clocks-on-a-napkin",
                        "tinysystems.example.org"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void blank_line_before_the_front_matter_is_allowed() {
        ParsedPost post = variant("2026-01-11-blank-line-before-front-matter.md");

        assertRoundup(post, "2026-01-11-blank-line-before-front-matter", "Interesting Stuff - Week 2, 2026",
                "2026-01-11T10:02:31+01:00", "Generative AI", "RAG");
        assertSections(post).containsExactly(
                section("Generative AI", "generative-ai", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Retrieval Is a Search Problem First",
                        "https://search-matters.example.com/retrieval-is-a-search-problem", "search-matters.example.com"),
                link("Embedding Models, Compared on Boring Documents",
                        "https://ai-notebook.example.net/embedding-models-boring-documents", "ai-notebook.example.net"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void flow_style_lists_mix_quoted_and_bare_items() {
        ParsedPost post = variant("2026-01-18-flow-style-lists.md");

        assertThat(post.slug()).isEqualTo("2026-01-18-flow-style-lists");
        assertThat(post.title()).isEqualTo("Interesting Stuff - Week 3, 2026");
        assertDate(post, "2026-01-18T08:40:12+01:00");
        assertThat(post.draft()).isFalse();
        assertThat(post.roundup()).isTrue();
        assertThat(post.categories()).containsExactly("roundup", "weekly");
        assertThat(post.tags()).containsExactly("Kafka", "Stream Processing", "Flink", "distributed computing");
        assertThat(post.keywords()).containsExactly("kafka", "flink");
        assertThat(post.description()).contains("Flow-style lists in the front matter, with a mix of quoted and bare items.");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 3),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Windows Are Just Keys With Time", "https://www.example-streams.io/blog/windows-are-keys-with-time",
                        "example-streams.io"),
                link("Savepoints Before Every Deploy",
                        "https://blog.flink-field-notes.dev/2026/01/savepoints-before-every-deploy",
                        "blog.flink-field-notes.dev"),
                link("Consumer Groups Explained to a Manager", "https://blog.kafka-corner.dev/consumer-groups-for-managers",
                        "blog.kafka-corner.dev"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void unquoted_value_is_cut_at_space_hash_but_keeps_a_hash_inside_a_word() {
        ParsedPost post = variant("2026-01-25-hash-comment-cut.md");

        assertRoundup(post, "2026-01-25-hash-comment-cut", "Interesting Stuff - Week 4, 2026",
                "2026-01-25T11:20:45+01:00", "C#", "F#", ".NET", "Kafka");
        assertThat(post.description()).contains("Streams and tables");
        assertSections(post).containsExactly(
                section(".NET", "dotnet", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Pattern Matching for Message Handlers",
                        "https://dotnet-streams.example.net/pattern-matching-message-handlers",
                        "dotnet-streams.example.net"),
                link("F# Type Providers for Event Schemas",
                        "https://fsharp-notes.example.org/type-providers-for-event-schemas", "fsharp-notes.example.org"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void repeated_key_keeps_its_last_value() {
        ParsedPost post = variant("2026-02-01-repeated-key.md");

        assertRoundup(post, "2026-02-01-repeated-key", "Interesting Stuff - Week 5, 2026",
                "2026-02-01T09:58:04+01:00", "SQL Server", "Databases");
        assertSections(post).containsExactly(
                section("SQL Server", "sql-server", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Reading Wait Statistics Without Panic",
                        "https://sqlserver-notes.example.com/2026/01/wait-statistics-without-panic",
                        "sqlserver-notes.example.com"),
                link("Filtered Indexes, Underrated",
                        "https://sqlserver-notes.example.com/2026/01/filtered-indexes-underrated",
                        "sqlserver-notes.example.com"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void html_entities_are_decoded_in_the_title_and_in_link_titles() {
        ParsedPost post = variant("2026-02-08-title-entities.md");

        assertRoundup(post, "2026-02-08-title-entities", "Interesting Stuff: Streams & Tables - Week 6, 2026",
                "2026-02-08T10:31:19+01:00", "Kafka", "Streaming");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Questions & Answers on Tiered Storage",
                        "https://blog.kafka-corner.dev/tiered-storage-questions-and-answers", "blog.kafka-corner.dev"),
                link("Tables From Streams, Streams From Tables", "https://www.example-streams.io/blog/tables-from-streams",
                        "example-streams.io"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void front_matter_slug_overrides_the_file_name() {
        ParsedPost post = variant("2026-02-15-slug-override.md");

        assertRoundup(post, "streams-and-sql-week-7", "Interesting Stuff - Week 7, 2026",
                "2026-02-15T09:12:57+01:00", "Streaming", "SQL");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 1),
                section("Databases", "databases", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("SQL Is the Lingua Franca of Streaming",
                        "https://www.example-streams.io/blog/sql-lingua-franca-of-streaming", "example-streams.io"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Incremental View Maintenance for Beginners",
                        "https://pg-stories.example.com/2026/02/incremental-view-maintenance", "pg-stories.example.com"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void front_matter_date_wins_over_the_file_name_date() {
        ParsedPost post = variant("2026-02-22-date-prefix-mismatch.md");

        assertRoundup(post, "2026-02-22-date-prefix-mismatch", "Interesting Stuff - Week 8, 2026",
                "2026-02-23T07:45:10+01:00", "distributed computing");
        assertThat(post.date().toInstant()).isEqualTo(Instant.parse("2026-02-23T06:45:10Z"));
        assertSections(post).containsExactly(
                section("Distributed Computing", "distributed-computing", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Quorums Are Not Majorities", "https://consensus-pictures.example.dev/quorums-are-not-majorities/",
                        "consensus-pictures.example.dev"),
                link("Failure Detectors and Their Lies",
                        "https://tinysystems.example.org/failure-detectors-and-their-lies", "tinysystems.example.org"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void without_more_marker_the_intro_is_the_text_before_the_first_heading() {
        ParsedPost post = variant("2026-03-01-no-more-marker.md");

        assertRoundup(post, "2026-03-01-no-more-marker", "Interesting Stuff - Week 9, 2026",
                "2026-03-01T10:05:33+01:00", "Streaming", "Databases");
        assertThat(post.introMarkdown()).isEqualTo("""
                I forgot the summary marker in this post, so the summary is whatever comes before the first heading.

                These two paragraphs are that summary.""");
        assertThat(post.introHtml()).isEqualTo("""
                <p>I forgot the summary marker in this post, so the summary is whatever comes before the first heading.</p>
                <p>These two paragraphs are that summary.</p>""");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 1),
                section("Databases", "databases", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Stream Processing on a Single Machine",
                        "https://www.example-streams.io/blog/stream-processing-single-machine", "example-streams.io"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("The Write-Ahead Log, Explained Slowly",
                        "https://pg-stories.example.com/2026/02/write-ahead-log-explained-slowly",
                        "pg-stories.example.com"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void missing_optional_fields_are_empty_not_warnings() {
        ParsedPost post = variant("2026-03-08-missing-optional-fields.md");

        assertRoundup(post, "2026-03-08-missing-optional-fields", "Interesting Stuff - Week 10, 2026",
                "2026-03-08T09:00:00+01:00");
        assertThat(post.author()).isEmpty();
        assertThat(post.description()).isEmpty();
        assertThat(post.image()).isEmpty();
        assertThat(post.thumbnail()).isEmpty();
        assertThat(post.keywords()).isEmpty();
        assertSections(post).containsExactly(
                section("Data Science", "data-science", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Baselines Before Models", "https://ml-practical.example.com/baselines-before-models",
                        "ml-practical.example.com"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void draft_true_is_read() {
        ParsedPost post = variant("2026-03-15-draft-true.md");

        assertThat(post.slug()).isEqualTo("2026-03-15-draft-true");
        assertThat(post.title()).isEqualTo("Interesting Stuff - Week 11, 2026");
        assertDate(post, "2026-03-15T16:44:08+01:00");
        assertThat(post.draft()).isTrue();
        assertThat(post.roundup()).isTrue();
        assertThat(post.tags()).containsExactly("Kafka");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Kafka Transactions Under Failure", "https://blog.kafka-corner.dev/transactions-under-failure",
                        "blog.kafka-corner.dev"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void ordinary_article_is_not_a_roundup_and_has_no_sections() {
        ParsedPost post = variant("2026-03-22-ordinary-article.md");

        assertThat(post.slug()).isEqualTo("2026-03-22-ordinary-article");
        assertThat(post.title()).isEqualTo("Why I Keep a Reading Log");
        assertDate(post, "2026-03-22T19:30:00+01:00");
        assertThat(post.draft()).isFalse();
        assertThat(post.roundup()).isFalse();
        assertThat(post.categories()).containsExactly("article");
        assertThat(post.tags()).containsExactly("Writing", "Learning");
        assertThat(post.sections()).isEmpty();
        assertThat(post.linkItemCount()).isZero();
        assertThat(post.introMarkdown()).startsWith("People sometimes ask how I find the links");
        assertThat(post.bodyHtml()).contains("<h2>The File</h2>", "<h2>What I Have Learned</h2>");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void single_hash_headings_open_sections() {
        ParsedPost post = variant("2026-03-29-h1-headings.md");

        assertRoundup(post, "2026-03-29-h1-headings", "Interesting Stuff - Week 13, 2026",
                "2026-03-29T10:48:21+02:00", "Streaming", "Postgres");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 2),
                section("Databases", "databases", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Exactly-Once Is About Effects", "https://www.example-streams.io/blog/exactly-once-is-about-effects",
                        "example-streams.io"),
                link("Kafka Streams Topology Visualised", "https://blog.kafka-corner.dev/topology-visualised",
                        "blog.kafka-corner.dev"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Vacuum Is Not a Chore, It Is a Feature", "https://pg-stories.example.com/2026/03/vacuum-is-a-feature",
                        "pg-stories.example.com"));
        assertThat(post.sections().get(1).markdown()).startsWith("# Databases\n");
        assertThat(post.sections().get(1).html()).startsWith("<h1>Databases</h1>\n");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void heading_without_space_after_the_hashes_opens_a_section() {
        ParsedPost post = variant("2026-04-05-dotnet-heading-no-space.md");

        assertRoundup(post, "2026-04-05-dotnet-heading-no-space", "Interesting Stuff - Week 14, 2026",
                "2026-04-05T09:33:47+02:00", ".NET", "Kafka");
        assertSections(post).containsExactly(
                section(".NET", "dotnet", LINKS, 2),
                section("Streaming", "streaming", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Hosted Services for Kafka Consumers",
                        "https://dotnet-streams.example.net/hosted-services-for-consumers", "dotnet-streams.example.net"),
                link("Spans for Messages", "https://observability.example.io/spans-for-messages-dotnet",
                        "observability.example.io"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Choosing a Partition Count", "https://blog.kafka-corner.dev/choosing-a-partition-count",
                        "blog.kafka-corner.dev"));
        // the section keeps the heading as the author wrote it
        assertThat(post.sections().get(0).markdown()).startsWith("##.NET\n");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void trailing_spaces_are_trimmed_from_headings() {
        ParsedPost post = variant("2026-04-12-heading-trailing-spaces.md");

        assertRoundup(post, "2026-04-12-heading-trailing-spaces", "Interesting Stuff - Week 15, 2026",
                "2026-04-12T10:10:10+02:00", "Generative AI", "Data Science");
        assertSections(post).containsExactly(
                section("Generative AI", "generative-ai", LINKS, 2),
                section("Data Science", "data-science", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Sampling Temperature, Demystified",
                        "https://ai-notebook.example.net/sampling-temperature-demystified", "ai-notebook.example.net"),
                link("Structured Prompts Age Better",
                        "https://www.example-llmops.com/blog/structured-prompts-age-better", "example-llmops.com"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Confidence Intervals for Dashboards",
                        "https://ml-practical.example.com/confidence-intervals-for-dashboards", "ml-practical.example.com"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void sub_headings_make_sub_sections_inside_their_section() {
        ParsedPost post = variant("2026-04-19-sub-headings.md");

        assertRoundup(post, "2026-04-19-sub-headings", "Interesting Stuff - Week 16, 2026",
                "2026-04-19T09:21:05+02:00", "Kafka", "Flink");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 0),
                section("Kafka", "kafka", LINKS, 1),
                section("Flink", "flink", LINKS, 1),
                section("Tooling", "tooling", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertThat(post.sections()).extracting(ParsedSection::level, ParsedSection::parentPosition,
                ParsedSection::path, ParsedSection::subtreeEnd).containsExactly(
                        tuple(2, -1, List.of("streaming"), 3),
                        tuple(3, 0, List.of("streaming", "kafka"), 1),
                        tuple(3, 0, List.of("streaming", "flink"), 3),
                        tuple(4, 2, List.of("streaming", "flink", "tooling"), 3),
                        tuple(2, -1, List.of("finally"), 4));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Rack-Aware Consumers", "https://blog.kafka-corner.dev/rack-aware-consumers", "blog.kafka-corner.dev"));
        assertLinkItems(post.sections().get(2)).containsExactly(
                link("Async I/O Without Tears", "https://blog.flink-field-notes.dev/2026/04/async-io-without-tears",
                        "blog.flink-field-notes.dev"));
        assertLinkItems(post.sections().get(3)).containsExactly(
                link("A Linter for Flink SQL", "https://flint.example.dev/flink-sql-linter", "flint.example.dev"));
        // the section's own markdown and HTML still hold its sub-sections, as before the tree
        assertThat(post.sections().get(0).html()).contains("<h3>Kafka</h3>", "<h3>Flink</h3>", "<h4>Tooling</h4>");
        assertThat(post.sections().get(0).markdown()).startsWith("## Streaming\n").endsWith("before you submit the job.");
        assertThat(post.linkItemCount()).isEqualTo(3);
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void commented_out_section_and_item_are_not_content() {
        ParsedPost post = variant("2026-08-02-commented-out-section.md");

        assertRoundup(post, "2026-08-02-commented-out-section", "Interesting Stuff - Week 31, 2026",
                "2026-08-02T10:30:15+02:00", "Streaming", "Databases");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 1),
                section("Databases", "databases", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Event Schemas as Public APIs", "https://schemas.example.dev/posts/event-schemas-as-public-apis",
                        "schemas.example.dev"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Row Versioning for Optimistic Concurrency",
                        "https://pg-stories.example.com/2026/07/row-versioning-optimistic-concurrency",
                        "pg-stories.example.com"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void wind_section_is_prose_and_its_talk_bullet_is_not_a_link_item() {
        ParsedPost post = variant("2026-08-16-wind-event-dates.md");

        assertRoundup(post, "2026-08-16-wind-event-dates", "Interesting Stuff - Week 33, 2026",
                "2026-08-16T10:03:51+02:00", "Kafka", "Community");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 1),
                section("WIND (What Is Nora Doing)", "wind-what-is-nora-doing", WIND, 0),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Producer Batching, Tuned", "https://blog.kafka-corner.dev/producer-batching-tuned",
                        "blog.kafka-corner.dev"));
        ParsedSection wind = post.sections().get(1);
        assertThat(wind.markdown()).startsWith("## WIND (What Is Nora Doing)\n\nTomorrow I am on a lunchtime webinar")
                .contains("* **Lag Is a Time, Not a Number** - why consumer lag should be measured in seconds.")
                .endsWith("the [workshop page][7] will have the date once it is fixed.");
        assertThat(wind.html()).contains(
                "<a href=\"https://www.meetup.example.com/lisbon-kafka-user-group/\">Lisbon Kafka User Group</a>",
                "<a href=\"https://datasaturdays.example.org/2026-09-12-faro/\"><strong>Data Saturday Faro</strong></a>",
                "<a href=\"https://dataday-aveiro.example.pt/2027/\"><strong>Data Day Aveiro</strong></a>");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void long_tail_heading_spellings_are_kept_as_written_and_slugged() {
        ParsedPost post = variant("2026-08-23-heading-spellings.md");

        assertRoundup(post, "2026-08-23-heading-spellings", "Interesting Stuff - Week 34, 2026",
                "2026-08-23T09:28:12+02:00", "AI/ML", "Machine Learning");
        assertSections(post).containsExactly(
                section("AI/ML", "ai-ml", LINKS, 1),
                section("Machine Learning / AI", "machine-learning-ai", LINKS, 1),
                section("Misc.", "misc", LINKS, 1),
                section("WIND (What is Nora doing?)", "wind-what-is-nora-doing", WIND, 0),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Feature Importance Is Not Causation",
                        "https://ml-practical.example.com/feature-importance-is-not-causation", "ml-practical.example.com"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Model Cards for Internal Models", "https://ml-practical.example.com/model-cards-for-internal-models",
                        "ml-practical.example.com"));
        assertLinkItems(post.sections().get(2)).containsExactly(
                link("The Two-Pizza Data Team", "https://essays.example.net/two-pizza-data-team", "essays.example.net"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void section_markdown_and_html_include_the_heading_line() {
        ParsedPost post = variant("2026-01-04-markdown-extension.markdown");

        ParsedSection finallySection = post.sections().get(2);
        assertThat(finallySection.markdown()).isEqualTo("""
                ## ~ Finally

                That is the first one of the year. Comments are open, and you can always [ping][ma] me.""");
        assertThat(finallySection.html()).isEqualTo("""
                <h2>~ Finally</h2>
                <p>That is the first one of the year. Comments are open, and you can always \
                <a href="mailto:nora@example.org">ping</a> me.</p>
                """);
    }

    @Test
    void setext_heading_never_opens_a_section() {
        ParsedPost post = Fixtures.parse("2026-09-01-setext.md", """
                ---
                title: Setext
                date: 2026-09-01T10:00:00+02:00
                categories: [roundup]
                ---
                Intro.

                <!--more-->

                ## Streaming

                * [**A Link**](https://example.com/a). Commentary.

                Not a section
                -------------

                Also not a section
                ==================

                * [**Another Link**](https://example.com/b). More commentary.
                """);

        assertSections(post).containsExactly(section("Streaming", "streaming", LINKS, 2));
        assertThat(post.sections().get(0).html()).contains("<h2>Not a section</h2>", "<h1>Also not a section</h1>");
    }

    @Test
    void section_kind_follows_the_heading_slug() {
        ParsedPost post = Fixtures.parse("2026-09-02-kinds.md", """
                ---
                title: Kinds
                date: 2026-09-02T10:00:00+02:00
                categories: [roundup]
                ---
                <!--more-->

                ## What Is Niels Doing?

                * [**An Event Page**](https://example.com/event). A link under the WIND heading.

                ## Windy Thoughts

                Starts with "wind", so it counts as WIND.

                ## Podcast

                No links this week.

                ## Finally, Some Rest

                Bye.
                """);

        assertSections(post).containsExactly(
                section("What Is Niels Doing?", "what-is-niels-doing", WIND, 1),
                section("Windy Thoughts", "windy-thoughts", WIND, 0),
                section("Podcast", "podcast", OTHER, 0),
                section("Finally, Some Rest", "finally-some-rest", FINALLY, 0));
    }

    @Test
    void tags_are_merged_by_slug_keeping_the_first_spelling_and_categories_become_slugs() {
        ParsedPost post = Fixtures.parse("2026-09-03-tags.md", """
                ---
                title: Tags
                date: 2026-09-03T10:00:00+02:00
                categories: [Roundup, "Big Data"]
                tags: [Kafka, Generative AI, kafka, generative ai, KAFKA]
                ---
                Body.
                """);

        assertThat(post.tags()).containsExactly("Kafka", "Generative AI");
        assertThat(post.categories()).containsExactly("roundup", "big-data");
        assertThat(post.roundup()).isTrue();
    }
}
