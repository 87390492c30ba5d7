package dev.roundup.importer;

import static dev.roundup.importer.Fixtures.BROKEN;
import static dev.roundup.importer.Fixtures.DEMO;
import static dev.roundup.importer.Fixtures.VARIANTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.roundup.section.SectionKind;

/** Every demo post and every good fixture parses, and the whole of them holds together. */
class FixtureCorpusTest {

    @Test
    void every_demo_post_and_every_good_fixture_parses_with_complete_link_items() {
        List<Path> files = new ArrayList<>(Fixtures.markdownFiles(DEMO));
        files.addAll(Fixtures.markdownFiles(VARIANTS));
        files.add(BROKEN.resolve("2026-02-01-good-one.md"));

        List<ParsedPost> posts = files.stream().map(Fixtures::parse).toList();

        assertThat(posts).hasSize(13 + 35 + 1);
        assertThat(posts).flatExtracting(ParsedPost::sections).flatExtracting(ParsedSection::linkItems)
                .isNotEmpty()
                .allSatisfy(item -> {
                    assertThat(item.title()).isNotBlank();
                    assertThat(item.url()).isNotBlank();
                });
    }

    @Test
    void every_demo_roundup_has_four_to_eight_link_items_in_each_links_section() {
        List<ParsedPost> roundups = Fixtures.markdownFiles(DEMO).stream().map(Fixtures::parse)
                .filter(ParsedPost::roundup).toList();

        assertThat(roundups).hasSize(12);
        assertThat(roundups).allSatisfy(post -> {
            assertThat(post.warnings()).as(post.slug()).isEmpty();
            assertThat(post.sections()).as(post.slug()).extracting(ParsedSection::kind)
                    .contains(SectionKind.LINKS, SectionKind.WIND, SectionKind.FINALLY);
            assertThat(post.sections()).filteredOn(section -> section.kind() == SectionKind.LINKS)
                    .allSatisfy(section -> assertThat(section.linkItems()).as(post.slug() + " " + section.heading())
                            .hasSizeBetween(4, 8));
        });
    }

    @Test
    void every_relref_in_the_demo_points_to_a_demo_post() {
        List<ParsedPost> posts = Fixtures.markdownFiles(DEMO).stream().map(Fixtures::parse).toList();
        Set<String> slugs = posts.stream().map(ParsedPost::slug).collect(Collectors.toSet());

        assertThat(posts).flatExtracting(ParsedPost::linkedSlugs).isNotEmpty()
                .allSatisfy(slug -> assertThat(slugs).contains(slug));
    }

    @Test
    void variant_fixtures_hold_34_roundups_83_link_items_and_one_warning() {
        List<ParsedPost> posts = Fixtures.markdownFiles(VARIANTS).stream().map(Fixtures::parse).toList();

        assertThat(posts).hasSize(35);
        assertThat(posts).filteredOn(ParsedPost::roundup).hasSize(34);
        assertThat(posts).filteredOn(post -> post.roundup() && !post.draft()).hasSize(33);
        assertThat(posts.stream().mapToInt(ParsedPost::linkItemCount).sum()).isEqualTo(83);
        assertThat(posts).flatExtracting(ParsedPost::warnings).singleElement().asString().contains("[99]");
    }
}
