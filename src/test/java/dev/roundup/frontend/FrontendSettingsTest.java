package dev.roundup.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The site is served by a production service only when asked for (ROUNDUP_FRONTEND_ENABLED=true). */
class FrontendSettingsTest {

    @Test
    void the_site_is_off_in_production_and_on_in_dev_mode_and_the_tests() throws IOException {
        assertThat(enabledIn("prod")).isFalse();
        assertThat(enabledIn("dev")).isTrue();
        assertThat(enabledIn("test")).isTrue();
    }

    private static boolean enabledIn(String profile) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(
                        FrontendSettingsTest.class.getClassLoader().getResource("application.properties")))
                .build();
        return config.getValue("roundup.frontend.enabled", Boolean.class);
    }
}
