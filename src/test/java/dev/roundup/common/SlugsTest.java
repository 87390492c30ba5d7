package dev.roundup.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void leading_dot_reads_as_dot() {
        assertThat(Slugs.of(".NET")).isEqualTo("dotnet");
    }

    @Test
    void punctuation_around_a_heading_disappears() {
        assertThat(Slugs.of("~ Finally")).isEqualTo("finally");
        assertThat(Slugs.of("Misc.")).isEqualTo("misc");
        assertThat(Slugs.of("  Generative AI  ")).isEqualTo("generative-ai");
    }

    @Test
    void slash_becomes_a_dash() {
        assertThat(Slugs.of("AI/ML")).isEqualTo("ai-ml");
        assertThat(Slugs.of("Machine Learning / AI")).isEqualTo("machine-learning-ai");
    }

    @Test
    void wind_heading_spellings_share_a_slug() {
        assertThat(Slugs.of("WIND (What Is Niels Doing)")).isEqualTo("wind-what-is-niels-doing");
        assertThat(Slugs.of("WIND (What is Niels doing?)")).isEqualTo("wind-what-is-niels-doing");
    }

    @Test
    void case_does_not_matter() {
        assertThat(Slugs.of("Kafka")).isEqualTo(Slugs.of("kafka"));
        assertThat(Slugs.of("Generative AI")).isEqualTo(Slugs.of("generative ai"));
    }

    @Test
    void symbols_of_language_names_are_spelled_out() {
        assertThat(Slugs.of("C#")).isEqualTo("c-sharp");
        assertThat(Slugs.of("F#")).isEqualTo("f-sharp");
        assertThat(Slugs.of("C++")).isEqualTo("c-plus-plus");
        assertThat(Slugs.of("Data & AI")).isEqualTo("data-and-ai");
    }

    @Test
    void accents_are_dropped() {
        assertThat(Slugs.of("Café Résumé")).isEqualTo("cafe-resume");
    }

    @Test
    void nothing_but_punctuation_gives_an_empty_slug() {
        assertThat(Slugs.of(" ~ ")).isEmpty();
    }
}
