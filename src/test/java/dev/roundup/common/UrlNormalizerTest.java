package dev.roundup.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

    @Test
    void scheme_www_and_trailing_slash_are_stripped() {
        assertThat(UrlNormalizer.normalize("https://www.example.com/blog/post/"))
                .isEqualTo("example.com/blog/post");
        assertThat(UrlNormalizer.normalize("http://example.com/blog/post")).isEqualTo("example.com/blog/post");
    }

    @Test
    void host_is_lowercased_but_path_keeps_its_case() {
        assertThat(UrlNormalizer.normalize("https://WWW.Example.COM/Blog/Post")).isEqualTo("example.com/Blog/Post");
    }

    @Test
    void tracking_parameters_are_dropped_and_others_kept_in_order() {
        assertThat(UrlNormalizer.normalize(
                "https://example.com/a?utm_source=newsletter&id=3&fbclid=abc&utm_medium=email&page=2"))
                .isEqualTo("example.com/a?id=3&page=2");
    }

    @Test
    void query_of_only_tracking_parameters_disappears() {
        assertThat(UrlNormalizer.normalize("https://example.com/a/?utm_campaign=x&fbclid=y")).isEqualTo("example.com/a");
    }

    @Test
    void fragment_is_dropped() {
        assertThat(UrlNormalizer.normalize("https://example.com/a#section-2")).isEqualTo("example.com/a");
    }

    @Test
    void default_ports_are_dropped_and_others_kept() {
        assertThat(UrlNormalizer.normalize("https://example.com:443/a")).isEqualTo("example.com/a");
        assertThat(UrlNormalizer.normalize("http://example.com:8080/a")).isEqualTo("example.com:8080/a");
    }

    @Test
    void the_same_article_written_two_ways_normalizes_the_same() {
        assertThat(UrlNormalizer.normalize("http://www.example.com/post/?utm_source=x#top"))
                .isEqualTo(UrlNormalizer.normalize("https://example.com/post"));
    }

    @Test
    void text_that_is_not_a_web_url_is_only_trimmed_and_lowercased() {
        assertThat(UrlNormalizer.normalize("  Not A URL  ")).isEqualTo("not a url");
    }

    @Test
    void domain_is_the_host_without_www() {
        assertThat(UrlNormalizer.domainOf("https://www.infoq.com/articles/x/")).contains("infoq.com");
        assertThat(UrlNormalizer.domainOf("https://blog.kafka-corner.dev/x")).contains("blog.kafka-corner.dev");
    }

    @Test
    void mail_and_relative_links_have_no_domain() {
        assertThat(UrlNormalizer.domainOf("mailto:nora@example.org")).isEmpty();
        assertThat(UrlNormalizer.domainOf("/categories/roundup/")).isEmpty();
    }
}
