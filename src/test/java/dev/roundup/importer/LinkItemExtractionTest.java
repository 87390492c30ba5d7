package dev.roundup.importer;

import static dev.roundup.importer.Fixtures.assertLinkItems;
import static dev.roundup.importer.Fixtures.assertRoundup;
import static dev.roundup.importer.Fixtures.assertSections;
import static dev.roundup.importer.Fixtures.link;
import static dev.roundup.importer.Fixtures.postLink;
import static dev.roundup.importer.Fixtures.section;
import static dev.roundup.importer.Fixtures.variant;
import static dev.roundup.section.SectionKind.FINALLY;
import static dev.roundup.section.SectionKind.LINKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** One test per link item and commentary variant of FORMAT.md, each against its fixture. */
class LinkItemExtractionTest {

    @Test
    void items_before_the_first_heading_go_into_an_untitled_section() {
        ParsedPost post = variant("2026-04-26-items-before-first-heading.md");

        assertRoundup(post, "2026-04-26-items-before-first-heading", "Interesting Stuff - Week 17, 2026",
                "2026-04-26T11:14:36+02:00", "distributed computing", "Databases");
        assertThat(post.introMarkdown())
                .isEqualTo("Two links were too good to wait for a section, so they come first this week.");
        assertSections(post).containsExactly(
                section("", "", LINKS, 2),
                section("Databases", "databases", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        ParsedSection untitled = post.sections().get(0);
        assertThat(untitled.heading()).isEmpty();
        assertThat(untitled.slug()).isEmpty();
        assertThat(untitled.markdown()).startsWith("* [**The Network Is Reliable, Said Nobody**][1].");
        assertLinkItems(untitled).containsExactly(
                link("The Network Is Reliable, Said Nobody",
                        "https://resilience.example.dev/the-network-is-reliable-said-nobody", "resilience.example.dev"),
                link("Latency Numbers, Updated", "https://tinysystems.example.org/latency-numbers-updated",
                        "tinysystems.example.org"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Write Skew in Plain Words", "https://pg-stories.example.com/2026/04/write-skew-in-plain-words",
                        "pg-stories.example.com"));
        assertThat(post.linkItemCount()).isEqualTo(3);
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void every_link_style_opens_a_link_item_and_relrefs_point_to_other_posts() {
        ParsedPost post = variant("2026-05-03-link-styles.md");

        assertRoundup(post, "2026-05-03-link-styles", "Interesting Stuff - Week 18, 2026",
                "2026-05-03T10:27:14+02:00", "Streaming", "Kafka");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 3),
                section("From the Archive", "from-the-archive", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Reference Links With Bold Titles", "https://blog.kafka-corner.dev/reference-links-with-bold-titles",
                        "blog.kafka-corner.dev"),
                link("Tables Are Streams Too", "https://www.example-streams.io/blog/tables-are-streams-too",
                        "example-streams.io"),
                link("Inline Links Still Happen", "https://www.example-streams.io/blog/inline-links-still-happen",
                        "example-streams.io"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                postLink("Back to the First Roundup of the Year", "2026-01-04-markdown-extension"),
                postLink("The Post With Single-Hash Headings", "2026-03-29-h1-headings"));
        assertThat(post.linkedSlugs()).containsExactly("2026-01-04-markdown-extension", "2026-03-29-h1-headings");
        // the section's markdown keeps the shortcode the author wrote
        assertThat(post.sections().get(1).markdown())
                .contains("({{< relref \"2026-01-04-markdown-extension.markdown\" >}})");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void all_three_bullet_markers_open_link_items() {
        ParsedPost post = variant("2026-05-10-bullet-markers.md");

        assertRoundup(post, "2026-05-10-bullet-markers", "Interesting Stuff - Week 19, 2026",
                "2026-05-10T09:49:58+02:00", "Data Science");
        assertSections(post).containsExactly(
                section("Data Science", "data-science", LINKS, 3),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Calibration Curves for Busy People",
                        "https://ml-practical.example.com/calibration-curves-for-busy-people", "ml-practical.example.com"),
                link("Sampling Without Bias", "https://ml-practical.example.com/sampling-without-bias",
                        "ml-practical.example.com"),
                link("The Median Is Not the Message", "https://forecasting.example.org/the-median-is-not-the-message",
                        "forecasting.example.org"));
        assertThat(post.sections().get(0).linkItems()).extracting(ParsedLinkItem::position).containsExactly(0, 1, 2);
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void each_separator_is_cut_from_the_commentary_but_kept_inside_titles() {
        ParsedPost post = variant("2026-05-17-separators.md");

        assertRoundup(post, "2026-05-17-separators", "Interesting Stuff - Week 20, 2026",
                "2026-05-17T10:36:22+02:00", "Streaming", "Databases");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 3),
                section("Databases", "databases", LINKS, 3),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Joins in Motion", "https://www.example-streams.io/blog/joins-in-motion", "example-streams.io"),
                link("Replay Safely: A Checklist", "https://blog.kafka-corner.dev/replay-safely-checklist",
                        "blog.kafka-corner.dev"),
                link("Partition Math", "https://blog.kafka-corner.dev/partition-math", "blog.kafka-corner.dev"));
        assertLinkItems(post.sections().get(1)).containsExactly(
                link("Write Amplification \u2014 Where It Comes From", "https://www.example-dbperf.net/write-amplification",
                        "example-dbperf.net"),
                link("Covering Indexes", "https://www.example-dbperf.net/covering-indexes", "example-dbperf.net"),
                link("The Planner Knows Best, Mostly", "https://pg-stories.example.com/2026/05/the-planner-knows-best",
                        "pg-stories.example.com"));

        String[] commentaries = {
                "Dot separator: a visual guide to interval joins.",
                "Colon separator: what to check before replaying a topic.",
                "comma separator: how keys are hashed onto partitions.",
                "Hyphen separator: why one logical write becomes many physical ones.",
                "En dash separator: when an index can answer a query on its own.",
                "Em dash separator: trusting the query planner, and when not to." };
        assertThat(post.sections().subList(0, 2)).flatExtracting(ParsedSection::linkItems)
                .extracting(ParsedLinkItem::commentaryMarkdown, ParsedLinkItem::commentaryHtml,
                        ParsedLinkItem::commentaryText)
                .containsExactly(
                        tuple(commentaries[0], "<p>" + commentaries[0] + "</p>\n", commentaries[0]),
                        tuple(commentaries[1], "<p>" + commentaries[1] + "</p>\n", commentaries[1]),
                        tuple(commentaries[2], "<p>" + commentaries[2] + "</p>\n", commentaries[2]),
                        tuple(commentaries[3], "<p>" + commentaries[3] + "</p>\n", commentaries[3]),
                        tuple(commentaries[4], "<p>" + commentaries[4] + "</p>\n", commentaries[4]),
                        tuple(commentaries[5], "<p>" + commentaries[5] + "</p>\n", commentaries[5]));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void commentary_runs_over_indented_paragraphs_and_a_nested_list() {
        ParsedPost post = variant("2026-05-24-multi-paragraph-commentary.md");

        assertRoundup(post, "2026-05-24-multi-paragraph-commentary", "Interesting Stuff - Week 21, 2026",
                "2026-05-24T09:14:40+02:00", "distributed computing");
        assertSections(post).containsExactly(
                section("Distributed Computing", "distributed-computing", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Sagas Without a Framework", "https://resilience.example.dev/sagas-without-a-framework",
                        "resilience.example.dev"),
                link("Backpressure Across Service Boundaries",
                        "https://resilience.example.dev/backpressure-across-service-boundaries", "resilience.example.dev"));

        ParsedLinkItem saga = post.sections().get(0).linkItems().get(0);
        assertThat(saga.commentaryMarkdown()).isEqualTo("""
                A saga implemented with nothing but a state table and a scheduler. The author argues that most teams \
                do not need a workflow engine for their first saga.

                The second half of the post covers compensation, which is where the real difficulty lies. A few points \
                stood out:

                - Compensating actions must be idempotent, just like forward ones.
                - Some steps cannot be undone, only apologised for; the [follow-up post][2] covers those.
                - [**A Nested Bullet That Starts With a Link**][3] - this is part of the commentary, not a link item of \
                its own.

                All in all, a post I will keep coming back to.""");
        assertThat(saga.commentaryHtml()).isEqualTo("""
                <p>A saga implemented with nothing but a state table and a scheduler. The author argues that most teams \
                do not need a workflow engine for their first saga.</p>
                <p>The second half of the post covers compensation, which is where the real difficulty lies. A few points \
                stood out:</p>
                <ul>
                <li>Compensating actions must be idempotent, just like forward ones.</li>
                <li>Some steps cannot be undone, only apologised for; the \
                <a href="https://resilience.example.dev/sagas-actions-you-cannot-undo">follow-up post</a> covers those.</li>
                <li><a href="https://resilience.example.dev/sagas-nested-example"><strong>A Nested Bullet That Starts With \
                a Link</strong></a> - this is part of the commentary, not a link item of its own.</li>
                </ul>
                <p>All in all, a post I will keep coming back to.</p>
                """);
        assertThat(saga.commentaryText()).isEqualTo("""
                A saga implemented with nothing but a state table and a scheduler. The author argues that most teams \
                do not need a workflow engine for their first saga.

                The second half of the post covers compensation, which is where the real difficulty lies. A few points \
                stood out:

                Compensating actions must be idempotent, just like forward ones.
                Some steps cannot be undone, only apologised for; the follow-up post covers those.
                A Nested Bullet That Starts With a Link - this is part of the commentary, not a link item of its own.

                All in all, a post I will keep coming back to.""");
        assertThat(post.sections().get(0).linkItems().get(1).commentaryMarkdown()).isEqualTo(
                "How to propagate backpressure from a slow consumer all the way back to the edge, with HTTP status codes"
                        + " and queue-depth signals.");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void first_definition_of_a_label_wins() {
        ParsedPost post = variant("2026-05-31-duplicate-label.md");

        assertRoundup(post, "2026-05-31-duplicate-label", "Interesting Stuff - Week 22, 2026",
                "2026-05-31T10:55:09+02:00", "Azure Data Explorer");
        assertSections(post).containsExactly(
                section("Azure Data Explorer", "azure-data-explorer", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Summarize by Bin, Properly", "https://kusto-cookbook.example.io/summarize-by-bin-properly",
                        "kusto-cookbook.example.io"),
                link("Ingestion Mappings for Nested JSON",
                        "https://kusto-cookbook.example.io/ingestion-mappings-nested-json", "kusto-cookbook.example.io"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void labels_match_case_insensitively() {
        ParsedPost post = variant("2026-06-07-label-case.md");

        assertRoundup(post, "2026-06-07-label-case", "Interesting Stuff - Week 23, 2026",
                "2026-06-07T09:39:26+02:00", "Kafka", "Flink");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Interactive Queries in Kafka Streams",
                        "https://blog.kafka-corner.dev/interactive-queries-kafka-streams", "blog.kafka-corner.dev"),
                link("Change Data Capture With Flink",
                        "https://blog.flink-field-notes.dev/2026/06/change-data-capture-with-flink",
                        "blog.flink-field-notes.dev"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void undefined_reference_is_a_warning_not_a_link() {
        ParsedPost post = variant("2026-06-14-undefined-reference.md");

        assertRoundup(post, "2026-06-14-undefined-reference", "Interesting Stuff - Week 24, 2026",
                "2026-06-14T10:18:50+02:00", "Misc");
        assertSections(post).containsExactly(
                section("Misc.", "misc", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        ParsedSection misc = post.sections().get(0);
        assertLinkItems(misc).containsExactly(
                link("Notes on Naming Things", "https://essays.example.net/notes-on-naming-things", "essays.example.net"));
        assertThat(misc.markdown()).endsWith(
                "* [Nowhere][99]. This item refers to a reference that is missing from the bottom of the post.");
        assertThat(misc.html()).contains(
                "<li>[Nowhere][99]. This item refers to a reference that is missing from the bottom of the post.</li>");
        assertThat(post.warnings()).singleElement().asString().contains("[99]", "Nowhere", "line 22");
    }

    @Test
    void thematic_break_directly_under_an_item_is_not_commentary() {
        ParsedPost post = variant("2026-06-21-thematic-break-under-item.md");

        assertRoundup(post, "2026-06-21-thematic-break-under-item", "Interesting Stuff - Week 25, 2026",
                "2026-06-21T09:03:17+02:00", "Flink");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 3),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Stateful Stream Processing 101",
                        "https://blog.flink-field-notes.dev/2026/06/stateful-stream-processing-101",
                        "blog.flink-field-notes.dev"),
                link("Checkpoint Barriers Explained",
                        "https://blog.flink-field-notes.dev/2026/06/checkpoint-barriers-explained",
                        "blog.flink-field-notes.dev"),
                link("Unaligned Checkpoints in Practice",
                        "https://blog.flink-field-notes.dev/2026/06/unaligned-checkpoints-in-practice",
                        "blog.flink-field-notes.dev"));
        String first = "Keyed state, operator state and broadcast state, each with a small example.";
        String second = "How barriers flow through the job graph and why alignment can stall a checkpoint.";
        assertThat(post.sections().get(0).linkItems())
                .extracting(ParsedLinkItem::commentaryMarkdown, ParsedLinkItem::commentaryHtml,
                        ParsedLinkItem::commentaryText)
                .containsExactly(
                        tuple(first, "<p>" + first + "</p>\n", first),
                        tuple(second, "<p>" + second + "</p>\n", second),
                        tuple("When to switch them on, and the extra storage they cost.",
                                "<p>When to switch them on, and the extra storage they cost.</p>\n",
                                "When to switch them on, and the extra storage they cost."));
        assertThat(post.sections().get(0).html()).doesNotContain("<h2>Stateful").containsSubsequence("<hr />", "<hr />");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void div_separator_between_items_is_in_no_commentary() {
        ParsedPost post = variant("2026-06-28-div-separator.md");

        assertRoundup(post, "2026-06-28-div-separator", "Interesting Stuff - Week 26, 2026",
                "2026-06-28T10:41:32+02:00", "Generative AI");
        assertSections(post).containsExactly(
                section("Generative AI", "generative-ai", LINKS, 3),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Small Context, Sharp Answers", "https://ai-notebook.example.net/small-context-sharp-answers",
                        "ai-notebook.example.net"),
                link("Tool Errors the Model Can Read",
                        "https://www.example-llmops.com/blog/tool-errors-the-model-can-read", "example-llmops.com"),
                link("Logging Prompts Responsibly", "https://secure-ml.example.org/logging-prompts-responsibly",
                        "secure-ml.example.org"));
        assertThat(post.sections().get(0).linkItems()).allSatisfy(item -> {
            assertThat(item.commentaryMarkdown()).doesNotContain("_ _ _");
            assertThat(item.commentaryHtml()).doesNotContain("<div");
        });
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void raw_br_between_items_is_in_no_commentary() {
        ParsedPost post = variant("2026-07-05-raw-br.md");

        assertRoundup(post, "2026-07-05-raw-br", "Interesting Stuff - Week 27, 2026",
                "2026-07-05T09:26:44+02:00", "SQL Server");
        assertSections(post).containsExactly(
                section("SQL Server", "sql-server", LINKS, 3),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Lock Escalation, Explained", "https://sqlserver-notes.example.com/2026/06/lock-escalation-explained",
                        "sqlserver-notes.example.com"),
                link("Statistics Updates on Large Tables",
                        "https://sqlserver-notes.example.com/2026/06/statistics-updates-large-tables",
                        "sqlserver-notes.example.com"),
                link("Resumable Index Operations",
                        "https://sqlserver-notes.example.com/2026/07/resumable-index-operations",
                        "sqlserver-notes.example.com"));
        assertThat(post.sections().get(0).linkItems())
                .allSatisfy(item -> assertThat(item.commentaryHtml()).doesNotContain("<br"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void iframe_player_source_is_not_a_link_item() {
        ParsedPost post = variant("2026-07-12-iframe-player.md");

        assertRoundup(post, "2026-07-12-iframe-player", "Interesting Stuff - Week 28, 2026",
                "2026-07-12T10:08:59+02:00", "Podcast");
        assertSections(post).containsExactly(
                section("Podcast", "podcast", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Streaming in the Public Sector",
                        "https://podcasts.example-data.fm/episodes/streaming-in-the-public-sector",
                        "podcasts.example-data.fm"),
                link("Data Engineering Careers, Ten Years On",
                        "https://podcasts.example-data.fm/episodes/data-engineering-careers-ten-years",
                        "podcasts.example-data.fm"));
        assertThat(post.sections().get(0).html())
                .contains("<iframe src=\"https://player.example-podcasts.fm/embed/episode/streaming-public-sector\"");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void youtube_shortcode_between_items_renders_as_a_player() {
        ParsedPost post = variant("2026-07-19-youtube-shortcode.md");

        assertRoundup(post, "2026-07-19-youtube-shortcode", "Interesting Stuff - Week 29, 2026",
                "2026-07-19T09:52:06+02:00", "Kafka");
        assertSections(post).containsExactly(
                section("Streaming", "streaming", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Kafka Internals in Forty Minutes",
                        "https://conference-videos.example.org/kafka-internals-in-forty-minutes",
                        "conference-videos.example.org"),
                link("The Slides From That Talk", "https://slides.example.com/kafka-internals-in-forty-minutes",
                        "slides.example.com"));
        ParsedSection streaming = post.sections().get(0);
        assertThat(streaming.markdown()).contains("\n{{< youtube abc123 >}}\n");
        assertThat(streaming.html()).contains("<iframe src=\"https://www.youtube-nocookie.com/embed/abc123\"");
        assertThat(streaming.linkItems()).allSatisfy(item -> assertThat(item.commentaryMarkdown()).doesNotContain("youtube"));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void figure_shortcode_between_items_renders_as_a_figure() {
        ParsedPost post = variant("2026-07-26-figure-shortcode.md");

        assertRoundup(post, "2026-07-26-figure-shortcode", "Interesting Stuff - Week 30, 2026",
                "2026-07-26T11:17:38+02:00", "Big Data");
        assertSections(post).containsExactly(
                section("Big Data", "big-data", LINKS, 2),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Medallion Layers, Without the Buzzwords",
                        "https://lakehouse-letters.example.com/medallion-layers-without-buzzwords",
                        "lakehouse-letters.example.com"),
                link("Backfills Without Fear", "https://lakehouse-letters.example.com/backfills-without-fear",
                        "lakehouse-letters.example.com"));
        assertThat(post.sections().get(0).html()).contains(
                "<img src=\"/images/posts/layers-sketch.png\" alt=\"Three layers and the contracts between them\">",
                "<figcaption>Three layers and the contracts between them</figcaption></figure>");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void numbered_items_and_bullets_that_do_not_open_with_a_link_are_text() {
        ParsedPost post = variant("2026-08-09-text-lists.md");

        assertRoundup(post, "2026-08-09-text-lists", "Interesting Stuff - Week 32, 2026",
                "2026-08-09T09:44:27+02:00", "Misc");
        assertSections(post).containsExactly(
                section("Misc.", "misc", LINKS, 1),
                section("~ Finally", "finally", FINALLY, 0));
        assertLinkItems(post.sections().get(0)).containsExactly(
                link("Reading in Public", "https://essays.example.net/reading-in-public", "essays.example.net"));
        assertThat(post.sections().get(0).linkItems().get(0).commentaryText()).isEqualTo(
                "The only real link item here: an essay on sharing what you read, and why it makes you read better.");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void relref_target_slug_is_the_lowercased_base_name() {
        ParsedPost post = Fixtures.parse("2026-09-04-relref.md", """
                ---
                title: Relref
                date: 2026-09-04T10:00:00+02:00
                categories: [roundup]
                ---
                <!--more-->

                ## From the Archive

                * [**Old Post**]({{< relref "/post/2020-04-05-Some-Post.md" >}}). Through a path, in mixed case.
                * [**Older Post**][old]. Through a reference definition, with an anchor.

                [old]: {{< relref "2019-01-06-older-post.markdown#part-two" >}}
                """);

        assertLinkItems(post.sections().get(0)).containsExactly(
                postLink("Old Post", "2020-04-05-some-post"),
                tuple("Older Post", "https://blog.example.org/post/2019-01-06-older-post/#part-two", "blog.example.org",
                        "2019-01-06-older-post"));
    }
}
