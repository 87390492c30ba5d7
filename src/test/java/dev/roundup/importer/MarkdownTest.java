package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void a_paragraph_in_a_tight_list_is_rendered_with_its_p_tags_and_its_inlines_as_the_core_renders_them() {
        Node list = markdown.parse("* first *item* with [a link](https://example.org) and `code`\n* second\n");
        Node paragraph = list.getFirstChild().getFirstChild().getFirstChild();

        assertThat(markdown.html(paragraph))
                .isEqualTo("first <em>item</em> with <a href=\"https://example.org\">a link</a> and <code>code</code>");
        assertThat(markdown.blockHtml(paragraph)).isEqualTo(
                "<p>first <em>item</em> with <a href=\"https://example.org\">a link</a> and <code>code</code></p>\n");
    }

    @Test
    void any_other_block_is_rendered_as_the_core_renders_it() {
        Node document = markdown.parse("Some *text*  \nover two lines.\n\n> a quote\n");

        assertThat(markdown.blockHtml(document.getFirstChild()))
                .isEqualTo("<p>Some <em>text</em><br />\nover two lines.</p>\n")
                .isEqualTo(markdown.html(document.getFirstChild()));
        assertThat(markdown.blockHtml(document.getLastChild()))
                .isEqualTo("<blockquote>\n<p>a quote</p>\n</blockquote>\n");
    }
}
