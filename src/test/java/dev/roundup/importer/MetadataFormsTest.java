package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Every form of metadata the importer reads, cut from the body and read into the same fields. */
class MetadataFormsTest {

    private static FrontMatter read(String text) throws ContentException {
        return new FrontMatterParser(ZoneId.of("Europe/Berlin")).parse(SourceDocument.split(text));
    }

    @Test
    void toml_between_plus_fences_with_typed_dates_and_tables() throws ContentException {
        SourceDocument document = SourceDocument.split("+++\ntitle = \"Digest 7\"\ndate = 2026-02-01T10:00:00Z\n"
                + "tags = [\"a\", \"b\"]\n[params]\nbanner = \"x.png\"\n+++\nBody.\n");
        FrontMatter frontMatter = new FrontMatterParser().parse(document);

        assertThat(document.format()).isEqualTo(MetadataFormat.TOML);
        assertThat(document.body()).isEqualTo("Body.\n");
        assertThat(document.bodyLine()).isEqualTo(8);
        assertThat(frontMatter.title()).contains("Digest 7");
        assertThat(frontMatter.date()).contains(OffsetDateTime.parse("2026-02-01T10:00:00Z"));
        assertThat(frontMatter.tags()).containsExactly("a", "b");
        assertThat(frontMatter.json()).contains("\"params\":{\"banner\":\"x.png\"}");
    }

    @Test
    void invalid_toml_names_its_line() {
        ContentException failure = catchThrowableOfType(ContentException.class,
                () -> read("+++\ntitle = \"ok\"\ntags = [\"unclosed\"\n+++\nBody"));

        assertThat(failure.getMessage()).startsWith("invalid TOML front matter");
        assertThat(failure.line()).isBetween(2, 4);
    }

    @Test
    void json_object_at_the_top_with_nested_braces_in_strings() throws ContentException {
        SourceDocument document =
                SourceDocument.split("{\n  \"title\": \"Braces } inside\",\n  \"number\": \"#42\"\n}\n\nBody.");
        FrontMatter frontMatter = new FrontMatterParser().parse(document);

        assertThat(document.format()).isEqualTo(MetadataFormat.JSON);
        assertThat(document.body()).isEqualTo("\nBody.");
        assertThat(document.bodyLine()).isEqualTo(5);
        assertThat(frontMatter.title()).contains("Braces } inside");
        assertThat(frontMatter.number()).contains(42);
    }

    @Test
    void json_that_never_closes_fails_at_its_first_line() {
        ContentException failure = catchThrowableOfType(ContentException.class,
                () -> SourceDocument.split("\n{\n  \"title\": \"never closed\"\n\nBody."));

        assertThat(failure.line()).isEqualTo(2);
    }

    @Test
    void pelican_headers_with_lists_a_single_category_a_summary_and_a_draft_status() throws ContentException {
        FrontMatter frontMatter = read("""
                Title: Crab 7
                Date: 2026-02-01 10:15
                Category: Newsletter
                Tags: one, two ,three
                Authors: Ana, Bo
                Summary: A summary that goes on
                    over an indented line.
                Status: draft
                Slug: crab-seven

                Body.
                """);

        assertThat(frontMatter.title()).contains("Crab 7");
        assertThat(frontMatter.date()).contains(OffsetDateTime.parse("2026-02-01T10:15:00+01:00"));
        assertThat(frontMatter.categories()).containsExactly("Newsletter");
        assertThat(frontMatter.tags()).containsExactly("one", "two", "three");
        assertThat(frontMatter.author()).contains("Ana");
        assertThat(frontMatter.description()).contains("A summary that goes on over an indented line.");
        assertThat(frontMatter.draft()).isTrue();
        assertThat(frontMatter.slug()).contains("crab-seven");
        assertThat(frontMatter.json()).contains("\"authors\":[\"Ana\",\"Bo\"]", "\"status\":\"draft\"");
    }

    @Test
    void a_blank_line_inside_the_header_is_kept_when_a_known_key_follows() throws ContentException {
        SourceDocument document = SourceDocument.split("Title: Crab 8\n\nDate: 2026-02-08\nNumber: 8\n\nNote: this is body\n");

        assertThat(document.format()).isEqualTo(MetadataFormat.HEADERS);
        assertThat(document.frontMatter()).isEqualTo("Title: Crab 8\n\nDate: 2026-02-08\nNumber: 8");
        assertThat(document.body()).isEqualTo("\nNote: this is body\n");
        assertThat(document.bodyLine()).isEqualTo(5);
    }

    @Test
    void a_body_that_opens_with_an_unknown_key_is_no_header() throws ContentException {
        SourceDocument document = SourceDocument.split("Note: ideas for later\n\n* one\n");

        assertThat(document.format()).isEqualTo(MetadataFormat.NONE);
        assertThat(document.body()).startsWith("Note: ideas for later");
    }

    @Test
    void dates_in_the_forms_generators_write() throws ContentException {
        ZoneId utc = ZoneId.of("UTC");
        assertThat(PostDates.parse("2013-06-07 18:46", utc, 1)).isEqualTo(OffsetDateTime.parse("2013-06-07T18:46:00Z"));
        assertThat(PostDates.parse("2013-06-07T18:46:05.250", utc, 1))
                .isEqualTo(OffsetDateTime.parse("2013-06-07T18:46:05.250Z"));
        assertThat(PostDates.parse("2023-09-10 09:25:38 +0200", utc, 1))
                .isEqualTo(OffsetDateTime.parse("2023-09-10T09:25:38+02:00"));
        assertThat(PostDates.parse("2023-09-10T09:25:38+02:00[Europe/Paris]", utc, 1))
                .isEqualTo(OffsetDateTime.parse("2023-09-10T09:25:38+02:00"));
        assertThat(PostDates.parse("Sun, 10 Sep 2023 09:25:38 GMT", utc, 1))
                .isEqualTo(OffsetDateTime.parse("2023-09-10T09:25:38Z"));
        assertThat(PostDates.parse("September 10, 2023", utc, 1)).isEqualTo(OffsetDateTime.parse("2023-09-10T00:00:00Z"));
        assertThat(PostDates.parse("2023/09/10", ZoneId.of("America/New_York"), 1))
                .isEqualTo(OffsetDateTime.parse("2023-09-10T00:00:00-04:00"));
        assertThat(catchThrowableOfType(ContentException.class, () -> PostDates.parse("next Sunday", utc, 7)).line())
                .isEqualTo(7);
    }
}
