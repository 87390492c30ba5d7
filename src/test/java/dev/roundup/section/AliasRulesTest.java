package dev.roundup.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AliasRulesTest {

    private final AliasRules rules = new AliasRules(Map.of(
            "generative-ai", List.of("gen-ai", "AI-ML", " machine-learning-* "),
            "data-science", List.of("data-science-*", "machine-learning-data-*"),
            "wind", List.of("wind-*", "what-is-*-doing"),
            "Big Data", List.of("bigdata")));

    @Test
    void an_exact_alias_belongs_to_its_topic() {
        assertThat(rules.topicOf("gen-ai")).isEqualTo("generative-ai");
        assertThat(rules.topicOf("ai-ml")).as("aliases are compared in lower case").isEqualTo("generative-ai");
        assertThat(rules.topicOf("bigdata")).as("topic keys are slugified").isEqualTo("big-data");
    }

    @Test
    void a_topic_slug_belongs_to_itself() {
        assertThat(rules.topicOf("generative-ai")).isEqualTo("generative-ai");
        assertThat(rules.topicOf("wind")).isEqualTo("wind");
    }

    @Test
    void a_slug_no_alias_claims_is_its_own_topic() {
        assertThat(rules.topicOf("streaming")).isEqualTo("streaming");
        assertThat(rules.topicOf("gen-ai-2")).as("an exact alias is not a prefix").isEqualTo("gen-ai-2");
        assertThat(rules.topicOf("windows")).as("wind-* needs the dash").isEqualTo("windows");
    }

    @Test
    void a_wildcard_matches_any_run_of_characters_anywhere() {
        assertThat(rules.topicOf("wind-what-is-nora-doing")).isEqualTo("wind");
        assertThat(rules.topicOf("what-is-niels-doing")).isEqualTo("wind");
        assertThat(rules.topicOf("what-is-doing")).as("the run may not swallow the dashes around it")
                .isEqualTo("what-is-doing");
        assertThat(rules.topicOf("data-science-machine-learning")).isEqualTo("data-science");
        assertThat(rules.topicOf("machine-learning-ai")).isEqualTo("generative-ai");
    }

    @Test
    void the_most_specific_wildcard_wins_whatever_the_configuration_order() {
        // machine-learning-* (16 literal characters) and machine-learning-data-* (21) both match
        assertThat(rules.topicOf("machine-learning-data-pipelines")).isEqualTo("data-science");
        AliasRules reordered = new AliasRules(Map.of("z-topic", List.of("ml-*"), "a-topic", List.of("ml-*")));
        assertThat(reordered.topicOf("ml-ops")).as("ties go to the topic that sorts first").isEqualTo("a-topic");
    }

    @Test
    void regex_characters_in_an_alias_are_literal() {
        AliasRules dotted = new AliasRules(Map.of("misc", List.of("misc.+*")));
        assertThat(dotted.topicOf("misc.+x")).isEqualTo("misc");
        assertThat(dotted.topicOf("miscx")).isEqualTo("miscx");
    }

    @Test
    void the_exact_slugs_of_a_topic_are_its_own_and_its_exact_aliases() {
        assertThat(rules.exactSlugs("generative-ai")).containsExactly("ai-ml", "gen-ai", "generative-ai");
        assertThat(rules.exactSlugs("streaming")).isEmpty();
    }
}
