package dev.roundup.importer;

import static dev.roundup.section.SectionKind.EVENTS;
import static dev.roundup.section.SectionKind.LINKS;
import static dev.roundup.section.SectionKind.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A weekly newsletter in another generator's shape (FORMAT.md, "Other newsletters' formats"), read with the shipped
 * rules: Pelican headers, a heading tree, bare and labelled link bullets, nested bullets, template comments, code
 * fences and an events list. One test per variant, each against its own fixture.
 */
class NewsletterParsingTest {

    static final Path NEWSLETTER = Path.of("src/test/resources/fixtures/newsletter");
    private static final PostParser SHIPPED = new PostParser(Fixtures.BASE_URL, 220);

    private static ParsedPost parse(String file) {
        try {
            return SHIPPED.parse(file, Fixtures.read(NEWSLETTER.resolve(file)));
        } catch (ContentException e) {
            throw new AssertionError(file + " line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    private static ParsedSection section(ParsedPost post, String heading) {
        return post.sections().stream().filter(section -> section.heading().equals(Optional.of(heading))).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading));
    }

    private static List<String> titles(ParsedSection section) {
        return section.linkItems().stream().map(ParsedLinkItem::title).toList();
    }

    @Test
    void pelican_header_gives_title_number_date_category_tags_and_keeps_unknown_keys() {
        ParsedPost post = parse("2026-05-06-weekly-crab-118.md");

        assertThat(post.slug()).isEqualTo("2026-05-06-weekly-crab-118");
        assertThat(post.title()).isEqualTo("The Weekly Crab 118");
        assertThat(post.number()).contains(118);
        assertThat(post.date()).isEqualTo(OffsetDateTime.parse("2026-05-06T00:00:00Z"));
        assertThat(post.categories()).containsExactly("the-weekly-crab");
        assertThat(post.tags()).containsExactly("compilers", "embedded", "community");
        assertThat(post.author()).contains("Crab Desk");
        assertThat(post.description()).contains("Borrow checkers, tiny boards and a calendar full of meetups.");
        assertThat(post.roundup()).isTrue();
        assertThat(post.frontMatterJson()).contains("\"editor-note\":\"proofread twice\"");
        assertThat(post.introMarkdown()).startsWith("Welcome back to *The Weekly Crab*");
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void headings_from_two_to_five_hashes_make_a_tree() {
        ParsedPost post = parse("2026-05-06-weekly-crab-118.md");

        assertThat(post.sections()).filteredOn(ParsedSection::topLevel).extracting(section -> section.heading().orElse(""))
                .containsExactly("From the Community", "Crate of the Week", "Updates from the Core Team",
                        "Upcoming Events", "Jobs", "Quote of the Week");
        assertThat(section(post, "Research").path())
                .containsExactly("from-the-community", "project-updates", "walkthroughs", "research");
        assertThat(section(post, "Research").level()).isEqualTo(5);
        assertThat(section(post, "Official").parentPosition()).isEqualTo(section(post, "From the Community").position());
        ParsedSection community = section(post, "From the Community");
        assertThat(community.linkItems()).isEmpty();
        assertThat(community.kind()).isEqualTo(LINKS);
        assertThat(community.subtreeEnd()).isEqualTo(section(post, "Research").position());
        assertThat(community.markdown()).contains("### Official", "##### [Research]");
        assertThat(section(post, "Crate of the Week").kind()).isEqualTo(OTHER);
        assertThat(section(post, "Quote of the Week").level()).isEqualTo(1);
    }

    @Test
    void a_heading_that_is_a_link_takes_its_text_and_keeps_its_url() {
        ParsedSection research = section(parse("2026-05-06-weekly-crab-118.md"), "Research");

        assertThat(research.slug()).contains("research");
        assertThat(research.headingUrl()).contains("https://papers.example.org/list");
        assertThat(titles(research)).containsExactly("Ownership types for GPUs");
    }

    @Test
    void bare_labelled_and_emphasised_bullets_are_link_items_and_prose_bullets_are_not() {
        ParsedSection updates = section(parse("2026-05-06-weekly-crab-118.md"), "Project Updates");

        assertThat(updates.linkItems()).extracting(ParsedLinkItem::title, ParsedLinkItem::url, ParsedLinkItem::labels)
                .containsExactly(
                        tuple("tinyboard 0.9: interrupts without tears", "https://tinyboard.example.dev/posts/0-9", List.of()),
                        tuple("Shellfish, a shell written from scratch", "https://shellfish.example.io/announce", List.of()),
                        tuple("Writing a Parser Live, Part 3", "https://video.example.com/watch?v=parser3",
                                List.of("video", "series")),
                        tuple("Crab Talk Episode 40: Lifetimes", "https://podcast.example.fm/40", List.of("audio")));
        assertThat(updates.linkItems()).allSatisfy(item -> assertThat(item.commentaryText()).isEmpty());
        assertThat(updates.markdown()).contains("* 🦀 Our mascot turned ten", "* Some prose first");
    }

    @Test
    void nested_bullets_are_sub_items_of_their_parent_with_two_or_four_spaces() {
        ParsedSection walkthroughs = section(parse("2026-05-06-weekly-crab-118.md"), "Walkthroughs");

        assertThat(titles(walkthroughs)).containsExactly("Building a key-value store, step by step", "Profiling async code");
        assertThat(walkthroughs.linkItems().get(0).subItems()).extracting(ParsedSubItem::depth, ParsedSubItem::title,
                ParsedSubItem::url).containsExactly(
                        tuple(1, Optional.of("Part two: compaction"), Optional.of("https://kv.example.dev/tutorial-2")),
                        tuple(1, Optional.of("Part three: crash safety"), Optional.of("https://kv.example.dev/tutorial-3")));
        assertThat(walkthroughs.linkItems().get(1).subItems()).extracting(ParsedSubItem::title)
                .containsExactly(Optional.of("The flame graph tool used"));
    }

    @Test
    void bullets_indented_two_spaces_under_a_wide_bullet_belong_to_it() {
        ParsedPost post = parse("2026-05-13-weekly-crab-119.md");
        ParsedSection updates = section(post, "Project Updates");

        assertThat(titles(updates)).containsExactly("Wide bullets for a change", "The next wide bullet");
        assertThat(updates.linkItems().get(0).subItems()).extracting(item -> item.title().orElse(""))
                .containsExactly("A follow-up, indented by two", "Another follow-up");
        assertThat(updates.linkItems().get(1).subItems()).extracting(item -> item.title().orElse(""))
                .containsExactly("Its own child, indented by four");
        assertThat(titles(section(post, "Miscellaneous"))).containsExactly("Closing link");
        assertThat(section(post, "Miscellaneous").linkItems().get(0).commentaryText()).isEqualTo("with a dash and some words.");
    }

    @Test
    void nothing_inside_html_comments_or_code_fences_is_content() {
        ParsedPost crab118 = parse("2026-05-06-weekly-crab-118.md");
        ParsedPost crab119 = parse("2026-05-13-weekly-crab-119.md");

        assertThat(List.of(crab118, crab119)).flatExtracting(ParsedPost::sections).flatExtracting(ParsedSection::linkItems)
                .extracting(ParsedLinkItem::url)
                .doesNotContain("https://example.com/an-article", "https://example.com/a-video",
                        "https://fence.example.com/code", "https://hidden.example.com/left-out");
        assertThat(crab119.sections()).extracting(section -> section.heading().orElse(""))
                .doesNotContain("");
        assertThat(crab118.linkItemCount()).isEqualTo(11);
        assertThat(crab119.linkItemCount()).isEqualTo(3);
    }

    @Test
    void upcoming_events_and_its_regions_never_yield_link_items_even_one_level_too_high() {
        ParsedPost post = parse("2026-05-06-weekly-crab-118.md");
        ParsedSection events = section(post, "Upcoming Events");

        assertThat(events.kind()).isEqualTo(EVENTS);
        assertThat(post.sections()).filteredOn(section -> section.parentPosition() == events.position())
                .extracting(section -> section.heading().orElse(""), ParsedSection::kind, section -> section.linkItems().size())
                .containsExactly(tuple("Virtual", EVENTS, 0), tuple("Europe", EVENTS, 0), tuple("North America", EVENTS, 0));
        assertThat(events.markdown()).contains("2026-05-12 - 2026-05-14 | Hybrid (Oslo, NO)", "**Crabs by the Lake**");
        assertThat(section(post, "Jobs").topLevel()).isTrue();
        assertThat(titles(section(post, "Jobs"))).containsExactly("Systems Engineer (Remote)");
    }

    @Test
    void old_issue_nests_double_hashes_under_single_ones_and_takes_its_number_from_the_title() {
        ParsedPost post = parse("archive/2013/2013-06-07-weekly-crab-3.md");

        assertThat(post.slug()).isEqualTo("2013-06-07-weekly-crab-3");
        assertThat(post.number()).contains(3);
        assertThat(post.roundup()).isTrue();
        assertThat(post.date()).isEqualTo(OffsetDateTime.parse("2013-06-07T18:46:00Z"));
        assertThat(section(post, "Notable changes").path()).containsExactly("what-s-cooking-on-master", "notable-changes");
        assertThat(section(post, "New contributors").parentPosition())
                .isEqualTo(section(post, "What's cooking on master").position());
        assertThat(titles(section(post, "Notable changes"))).containsExactly("Faster hashing of strings");
        assertThat(section(post, "Other news").linkItems()).extracting(ParsedLinkItem::title, ParsedLinkItem::commentaryText)
                .containsExactly(tuple("A tour of the new iterator protocol", ""),
                        tuple("Slides from the spring workshop", "in case you missed it."));
        assertThat(section(post, "Upcoming Events").kind()).isEqualTo(EVENTS);
        assertThat(post.linkItemCount()).isEqualTo(3);
    }

    @Test
    void blank_line_inside_the_header_and_a_region_heading_written_too_high() {
        ParsedPost post = parse("2021-12-08-weekly-crab-259.md");

        assertThat(post.title()).isEqualTo("The Weekly Crab 259");
        assertThat(post.number()).contains(259);
        assertThat(post.date()).isEqualTo(OffsetDateTime.parse("2021-12-08T00:00:00Z"));
        assertThat(post.categories()).containsExactly("the-weekly-crab");
        assertThat(post.introMarkdown()).isEqualTo("A short issue, the editors are travelling.");
        assertThat(section(post, "Europe").kind()).isEqualTo(EVENTS);
        assertThat(section(post, "Europe").path()).containsExactly("upcoming-events", "europe");
        assertThat(section(post, "Walkthroughs").linkItems()).extracting(ParsedLinkItem::title, ParsedLinkItem::labels)
                .containsExactly(tuple("Parsing binary formats with combinators", List.of()),
                        tuple("Ein Einstieg in Makros", List.of("DE")));
        assertThat(section(post, "Approved Proposals").headingUrl()).contains("https://proposals.example.org/approved");
        assertThat(titles(section(post, "Jobs"))).containsExactly("Compiler Engineer (Berlin)");
        assertThat(post.linkItemCount()).isEqualTo(4);
    }

    @Test
    void toml_front_matter_with_a_table_and_a_number_from_the_title() {
        ParsedPost post = parse("2026-03-01-data-digest-12.md");

        assertThat(post.title()).isEqualTo("Data Digest 12");
        assertThat(post.date()).isEqualTo(OffsetDateTime.parse("2026-03-01T08:00:00+01:00"));
        assertThat(post.tags()).containsExactly("Streaming", "Postgres");
        assertThat(post.number()).contains(12);
        assertThat(post.frontMatterJson()).contains("\"series\":\"digest\"", "\"banner\":\"/images/digest-12.png\"");
        assertThat(titles(section(post, "Streaming"))).containsExactly("Backpressure explained with buckets");
    }

    @Test
    void json_front_matter_with_a_number_key() {
        ParsedPost post = parse("2026-03-08-data-digest-13.md");

        assertThat(post.title()).isEqualTo("Data Digest 13");
        assertThat(post.number()).contains(13);
        assertThat(post.date()).isEqualTo(OffsetDateTime.parse("2026-03-08T00:00:00Z"));
        assertThat(post.introMarkdown()).isEqualTo("Two links, and a correction to last week's.");
        assertThat(post.frontMatterJson()).contains("\"layout\":\"digest\"");
        assertThat(titles(section(post, "Databases"))).containsExactly("Indexes you forgot you had");
    }

    @Test
    void a_date_without_an_offset_takes_the_site_zone() throws ContentException {
        PostParser berlin = new PostParser(Fixtures.BASE_URL, 220,
                ImportRules.defaults().withZone(java.time.ZoneId.of("Europe/Berlin")));
        String jekyll = Fixtures.read(NEWSLETTER.resolve("2026-03-15-jekyll-local-date.md"));
        String pelican = Fixtures.read(NEWSLETTER.resolve("2021-12-08-weekly-crab-259.md"));

        assertThat(berlin.parse("2026-03-15-jekyll-local-date.md", jekyll).date())
                .isEqualTo(OffsetDateTime.parse("2026-03-15T09:30:00+01:00"));
        assertThat(berlin.parse("2021-12-08-weekly-crab-259.md", pelican).date())
                .isEqualTo(OffsetDateTime.parse("2021-12-08T00:00:00+01:00"));
        assertThat(parse("2026-03-15-jekyll-local-date.md").date()).isEqualTo(OffsetDateTime.parse("2026-03-15T09:30:00Z"));
    }
}
