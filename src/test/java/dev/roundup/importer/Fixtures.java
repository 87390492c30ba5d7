package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;

import dev.roundup.section.SectionKind;
import dev.roundup.section.SectionKindRules;

/** Loads and parses the markdown fixtures; the assertions every variant test repeats. */
final class Fixtures {

    static final String BASE_URL = "https://blog.example.org";
    /** The demo blog's conventions, as the dev and test profiles configure them. */
    static final SectionKindRules DEMO_KINDS = new SectionKindRules(Map.of(
            SectionKind.WIND, List.of("wind*", "what-is-*-doing*"),
            SectionKind.FINALLY, List.of("finally*"),
            SectionKind.EVENTS, List.of("upcoming-events", "upcoming-events-*")));
    static final PostParser PARSER = new PostParser(BASE_URL, 220, ImportRules.defaults().withKinds(DEMO_KINDS));

    static final Path VARIANTS = Path.of("src/test/resources/fixtures/variants");
    static final Path BROKEN = Path.of("src/test/resources/fixtures/broken");
    static final Path DEMO = Path.of("src/main/resources/demo/content/post");

    private Fixtures() {
    }

    static ParsedPost variant(String fileName) {
        return parse(VARIANTS.resolve(fileName));
    }

    static ParsedPost parse(Path file) {
        try {
            return PARSER.parse(file.getFileName().toString(), read(file));
        } catch (ContentException e) {
            throw new AssertionError(file + " line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    /** Parses markdown written inside a test, as if it were the file {@code fileName}. */
    static ParsedPost parse(String fileName, String content) {
        try {
            return PARSER.parse(fileName, content);
        } catch (ContentException e) {
            throw new AssertionError("line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code .md} and {@code .markdown} files of a folder, sorted by name. */
    static List<Path> markdownFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.(md|markdown)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The date exactly as written in the front matter, offset included. */
    static void assertDate(ParsedPost post, String written) {
        assertThat(post.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).isEqualTo(written);
    }

    /** A published roundup with the category {@code roundup} only. */
    static void assertRoundup(ParsedPost post, String slug, String title, String date, String... tags) {
        assertThat(post.slug()).isEqualTo(slug);
        assertThat(post.title()).isEqualTo(title);
        assertDate(post, date);
        assertThat(post.draft()).isFalse();
        assertThat(post.roundup()).isTrue();
        assertThat(post.categories()).containsExactly("roundup");
        assertThat(post.tags()).containsExactly(tags);
    }

    static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertSections(ParsedPost post) {
        return assertThat(post.sections()).extracting(
                section -> section.heading().orElse(""),
                section -> section.slug().orElse(""),
                ParsedSection::kind,
                section -> section.linkItems().size());
    }

    static Tuple section(String heading, String slug, SectionKind kind, int linkItems) {
        return tuple(heading, slug, kind, linkItems);
    }

    static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertLinkItems(ParsedSection section) {
        return assertThat(section.linkItems()).extracting(
                ParsedLinkItem::title,
                ParsedLinkItem::url,
                item -> item.domain().orElse(""),
                item -> item.targetSlug().orElse(""));
    }

    /** A link item to another site: no target post. */
    static Tuple link(String title, String url, String domain) {
        return tuple(title, url, domain, "");
    }

    /** A link item to another post of the blog, through a relref. */
    static Tuple postLink(String title, String targetSlug) {
        return tuple(title, BASE_URL + "/post/" + targetSlug + "/", "blog.example.org", targetSlug);
    }
}
