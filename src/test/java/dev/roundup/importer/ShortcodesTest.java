package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ShortcodesTest {

    private final Shortcodes shortcodes = new Shortcodes();

    @Test
    void relref_in_an_inline_link_becomes_a_token_that_names_the_target_file() {
        String parsed = shortcodes.replaceIn("* [**Old Post**]({{< relref \"2020-04-05-some-post.md\" >}}). Text.");

        assertThat(parsed).isEqualTo("* [**Old Post**](roundup-relref:0). Text.");
        assertThat(shortcodes.relrefTarget("roundup-relref:0")).contains("2020-04-05-some-post.md");
    }

    @Test
    void relref_in_a_reference_definition_becomes_a_token_that_names_the_target_file() {
        String parsed = shortcodes.replaceIn("[2]: {{< relref \"2026-03-29-h1-headings.md#part\" >}}");

        assertThat(parsed).isEqualTo("[2]: roundup-relref:0");
        assertThat(shortcodes.relrefTarget("roundup-relref:0")).contains("2026-03-29-h1-headings.md#part");
    }

    @Test
    void percent_delimited_ref_is_a_relref_too() {
        String parsed = shortcodes.replaceIn("[x]({{% ref \"other.md\" %}})");

        assertThat(parsed).isEqualTo("[x](roundup-relref:0)");
        assertThat(shortcodes.relrefTarget("roundup-relref:0")).contains("other.md");
    }

    @Test
    void destination_that_is_not_a_token_has_no_target() {
        assertThat(shortcodes.relrefTarget("https://example.com/")).isEmpty();
    }

    @Test
    void youtube_on_its_own_line_renders_as_an_embedded_player() {
        String parsed = shortcodes.replaceIn("Before.\n\n{{< youtube abc123 >}}\n\nAfter.");

        assertThat(parsed).isEqualTo("Before.\n\n<div class=\"shortcode youtube\" data-shortcode-id=\"0\">"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc123\" allowfullscreen title=\"YouTube video\">"
                + "</iframe></div>\n\nAfter.");
    }

    @Test
    void youtube_with_a_named_id_renders_that_id() {
        String parsed = shortcodes.replaceIn("{{< youtube id=\"xyz789\" >}}");

        assertThat(parsed).contains("<iframe src=\"https://www.youtube-nocookie.com/embed/xyz789\"");
    }

    @Test
    void figure_on_its_own_line_renders_as_a_figure_with_caption() {
        String parsed = shortcodes.replaceIn(
                "{{< figure src=\"/images/posts/layers-sketch.png\" title=\"Layers & contracts\" >}}");

        assertThat(parsed).isEqualTo("<figure class=\"shortcode figure\" data-shortcode-id=\"0\">"
                + "<img src=\"/images/posts/layers-sketch.png\" alt=\"Layers &amp; contracts\">"
                + "<figcaption>Layers &amp; contracts</figcaption></figure>");
    }

    @Test
    void shortcode_inside_a_line_of_text_is_left_as_written() {
        String line = "Watch {{< youtube abc123 >}} if you have time.";

        assertThat(shortcodes.replaceIn(line)).isEqualTo(line);
    }

    @Test
    void replacements_keep_every_shortcode_on_its_line() {
        String body = "one\n{{< youtube abc >}}\n[x]({{< relref \"a.md\" >}}) two\n{{< figure src=\"b.png\" >}}\nthree";

        assertThat(shortcodes.replaceIn(body).split("\n", -1)).hasSize(5);
    }

    @Test
    void heading_without_space_after_the_hashes_gets_one() {
        assertThat(shortcodes.replaceIn("##.NET\n# ~ Finally\n#hashtag\n###Deeper"))
                .isEqualTo("## .NET\n# ~ Finally\n#hashtag\n###Deeper");
    }

    @Test
    void restore_gives_back_the_written_markdown() {
        String written = """
                * [**Old Post**]({{< relref "2020-04-05-some-post.md" >}}). See also [this]({{< relref "b.md" >}}).

                {{< youtube abc123 >}}

                {{< figure src="/images/a.png" title="A" >}}

                [2]: {{< relref "2026-03-29-h1-headings.md" >}}
                """;

        assertThat(shortcodes.restore(shortcodes.replaceIn(written))).isEqualTo(written);
    }

    @Test
    void restore_tells_apart_tokens_whose_numbers_share_a_prefix() {
        String written = IntStream.rangeClosed(0, 11)
                .mapToObj(index -> "* [Post " + index + "]({{< relref \"post-" + index + ".md\" >}}). Text.")
                .collect(Collectors.joining("\n"));

        assertThat(shortcodes.restore(shortcodes.replaceIn(written))).isEqualTo(written);
    }

    @Test
    void restore_without_shortcodes_returns_the_text_unchanged() {
        assertThat(shortcodes.restore("plain [link](https://example.com)")).isEqualTo("plain [link](https://example.com)");
    }
}
