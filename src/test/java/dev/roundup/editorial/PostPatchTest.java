package dev.roundup.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.roundup.common.error.Problem;
import dev.roundup.common.error.ProblemException;

class PostPatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode stored() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"title": "Old", "date": "2026-09-20 12:20:11", "tags": "kafka", "lastmod": "2026-09-21",
                 "description": "Old description"}""");
    }

    @Test
    void named_fields_change_null_removes_and_other_keys_stay() throws Exception {
        PostPatch.Merged merged = PostPatch.apply(JSON.readTree("""
                {"title": "New", "description": null, "tags": ["Kafka", "Flink"], "body": "New body"}"""), stored(),
                "Old body");

        assertThat(merged.frontMatter().get("title").asText()).isEqualTo("New");
        assertThat(merged.frontMatter().has("description")).isFalse();
        assertThat(merged.frontMatter().get("lastmod").asText()).isEqualTo("2026-09-21");
        assertThat(merged.frontMatter().get("tags")).hasSize(2);
        assertThat(merged.body()).isEqualTo("New body");
    }

    @Test
    void a_stored_date_hugo_reads_is_not_rejected_when_not_patched() throws Exception {
        PostPatch.Merged merged = PostPatch.apply(JSON.readTree("{\"title\": \"New\"}"), stored(), "Body");
        PostRequest request = PostPatch.asRequest(merged, JSON.readTree("{\"title\": \"New\"}"));
        assertThat(request.date()).isNull();
        assertThat(request.tags()).containsExactly("kafka");
    }

    @Test
    void unknown_required_and_mistyped_fields_are_listed() throws Exception {
        assertThatThrownBy(() -> PostPatch.apply(JSON.readTree("{\"slug\": \"x\", \"body\": null, \"tags\": [1]}"),
                stored(), "Body"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors()).extracting(Problem.FieldError::field)
                        .containsExactlyInAnyOrder("slug", "body", "tags"));
    }

    @Test
    void a_patch_must_be_an_object() {
        assertThatThrownBy(() -> PostPatch.apply(JSON.readTree("[1]"), stored(), "Body"))
                .isInstanceOf(ProblemException.class);
    }
}
