package dev.roundup.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void a_short_text_stays_whole_with_its_spaces_tidied() {
        assertThat(Excerpt.of("  A short\n  commentary.  ")).isEqualTo("A short commentary.");
        assertThat(Excerpt.of(null)).isEmpty();
    }

    @Test
    void a_long_text_is_cut_at_the_last_word_before_the_limit_with_an_ellipsis() {
        String text = "word ".repeat(100).strip();

        String excerpt = Excerpt.of(text);

        assertThat(excerpt).endsWith("word…").hasSizeLessThanOrEqualTo(Excerpt.MAX_LENGTH + 1);
        assertThat(text).startsWith(excerpt.substring(0, excerpt.length() - 1));
    }

    @Test
    void punctuation_before_the_cut_is_dropped_and_one_giant_word_is_cut_inside() {
        String text = "x".repeat(275) + ", more words";
        assertThat(Excerpt.of(text)).isEqualTo("x".repeat(275) + "…");
        assertThat(Excerpt.of("y".repeat(400))).isEqualTo("y".repeat(280) + "…");
    }
}
