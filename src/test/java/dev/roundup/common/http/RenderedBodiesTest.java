package dev.roundup.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class RenderedBodiesTest {

    record Item(String slug, List<String> tags) {
    }

    private final RenderedBodies bodies = bodies();

    @Test
    void the_same_body_object_is_serialised_once() throws JsonProcessingException {
        Item cached = new Item("week-32", List.of("kafka"));

        RenderedBodies.Rendered first = bodies.of(cached);
        RenderedBodies.Rendered second = bodies.of(cached);

        assertThat(second).isSameAs(first);
        assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"slug\":\"week-32\",\"tags\":[\"kafka\"]}");
        assertThat(first.hash()).isEqualTo(ContentHash.of(first.bytes()));
    }

    @Test
    void another_object_is_serialised_anew_even_when_equal() throws JsonProcessingException {
        RenderedBodies.Rendered old = bodies.of(new Item("week-32", List.of("kafka")));
        RenderedBodies.Rendered fresh = bodies.of(new Item("week-32", List.of("kafka")));

        assertThat(fresh).isNotSameAs(old);
        assertThat(fresh.hash()).isEqualTo(old.hash());
    }

    @Test
    void a_changed_body_gets_its_own_bytes_and_hash() throws JsonProcessingException {
        RenderedBodies.Rendered before = bodies.of(new Item("week-32", List.of("kafka")));
        RenderedBodies.Rendered after = bodies.of(new Item("week-32", List.of("kafka", "flink")));

        assertThat(after.hash()).isNotEqualTo(before.hash());
        assertThat(new String(after.bytes(), StandardCharsets.UTF_8)).contains("flink");
    }

    @Test
    void bodies_that_are_not_records_are_never_kept() throws JsonProcessingException {
        List<String> body = new java.util.ArrayList<>(List.of("a"));
        RenderedBodies.Rendered first = bodies.of(body);
        body.add("b");

        assertThat(new String(bodies.of(body).bytes(), StandardCharsets.UTF_8)).isEqualTo("[\"a\",\"b\"]");
        assertThat(first.hash()).isNotEqualTo(bodies.of(body).hash());
    }

    private static RenderedBodies bodies() {
        RenderedBodies bodies = new RenderedBodies();
        bodies.mapper = new ObjectMapper();
        return bodies;
    }
}
