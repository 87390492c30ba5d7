package dev.roundup.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The alias mapping as the README tells to set it: in application.properties, or by environment variable. */
class SectionsConfigTest {

    @Test
    void an_environment_variable_adds_a_topic_or_replaces_the_aliases_of_one() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("roundup.sections.aliases.streaming", "streams,stream-*",
                        "roundup.sections.aliases.generative-ai", "gen-ai"), "application.properties", 250))
                .withSources(new EnvConfigSource(Map.of("ROUNDUP_SECTIONS_ALIASES_KUBERNETES", "k8s,kubernetes-*",
                        "ROUNDUP_SECTIONS_ALIASES_MACHINE_LEARNING", "ml,ml-*",
                        "ROUNDUP_SECTIONS_ALIASES_GENERATIVE_AI", "genai"), 300))
                .withMapping(SectionsConfig.class).build();

        Map<String, List<String>> aliases = config.getConfigMapping(SectionsConfig.class).aliases();

        assertThat(aliases).containsEntry("streaming", List.of("streams", "stream-*"))
                .containsEntry("kubernetes", List.of("k8s", "kubernetes-*"))
                .as("the variable wins over the property of the same topic")
                .containsEntry("generative-ai", List.of("genai"));
        AliasRules rules = new AliasRules(aliases);
        assertThat(rules.topicOf("ml-ops")).as("the variable's underscores come back as dashes in the topic slug")
                .isEqualTo("machine-learning");
        assertThat(rules.topicOf("kubernetes-operators")).isEqualTo("kubernetes");
        assertThat(rules.topicOf("gen-ai")).isEqualTo("gen-ai");
        assertThat(rules.topicOf("genai")).isEqualTo("generative-ai");
    }
}
