package dev.roundup.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void the_text_is_escaped_and_only_the_marks_become_html() {
        String marked = "<script>alert('x')</script> & \"" + SearchQueries.START + "Kafka" + SearchQueries.STOP + "\"";

        assertThat(Highlights.html(marked))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;<mark>Kafka</mark>&quot;");
    }

    @Test
    void line_breaks_and_indentation_collapse_to_single_spaces() {
        assertThat(Highlights.html("  one\n\n   two\tthree ")).isEqualTo("one two three");
        assertThat(Highlights.html(null)).isNull();
    }
}
