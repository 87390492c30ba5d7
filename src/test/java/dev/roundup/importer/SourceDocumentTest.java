package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SourceDocumentTest {

    @Test
    void splits_front_matter_from_body_with_file_line_numbers() throws ContentException {
        SourceDocument document = SourceDocument.split("---\ntitle: A\ndate: 2026-01-01\n---\n\nBody line.\n");

        assertThat(document.frontMatter()).isEqualTo("title: A\ndate: 2026-01-01");
        assertThat(document.frontMatterLine()).isEqualTo(2);
        assertThat(document.body()).isEqualTo("\nBody line.\n");
        assertThat(document.bodyLine()).isEqualTo(5);
    }

    @Test
    void blank_lines_before_the_opening_fence_are_skipped_and_counted() throws ContentException {
        SourceDocument document = SourceDocument.split("\n\n---\ntitle: A\n---\nBody.");

        assertThat(document.frontMatter()).isEqualTo("title: A");
        assertThat(document.frontMatterLine()).isEqualTo(4);
        assertThat(document.body()).isEqualTo("Body.");
        assertThat(document.bodyLine()).isEqualTo(6);
    }

    @Test
    void windows_line_endings_are_read_as_unix_ones() throws ContentException {
        SourceDocument document = SourceDocument.split("---\r\ntitle: A\r\n---\r\nBody.\r\n");

        assertThat(document.frontMatter()).isEqualTo("title: A");
        assertThat(document.body()).isEqualTo("Body.\n");
    }

    @Test
    void thematic_break_in_the_body_is_not_a_fence() throws ContentException {
        SourceDocument document = SourceDocument.split("---\ntitle: A\n---\nOne.\n\n---\n\nTwo.");

        assertThat(document.frontMatter()).isEqualTo("title: A");
        assertThat(document.body()).isEqualTo("One.\n\n---\n\nTwo.");
    }

    @Test
    void file_without_metadata_is_all_body() throws ContentException {
        SourceDocument document = SourceDocument.split("\nIdeas for later\n---\ntitle: no\n---\n");

        assertThat(document.format()).isEqualTo(MetadataFormat.NONE);
        assertThat(document.frontMatter()).isEmpty();
        assertThat(document.body()).isEqualTo("\nIdeas for later\n---\ntitle: no\n---\n");
        assertThat(document.bodyLine()).isEqualTo(1);
    }

    @Test
    void front_matter_that_is_never_closed_fails_at_the_opening_fence() {
        ContentException failure = catchThrowableOfType(ContentException.class,
                () -> SourceDocument.split("\n---\ntitle: A\n\nBody without a closing fence.\n"));

        assertThat(failure.line()).isEqualTo(2);
    }
}
