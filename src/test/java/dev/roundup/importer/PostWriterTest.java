package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.roundup.section.SectionKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PostWriterTest {

    @Inject
    PostWriter writer;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void removeTestPosts() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from post where source_root like 'test:%' and source_root <> 'test:hidden-posts'")
                .executeUpdate());
    }

    @Test
    void a_post_that_fails_half_way_leaves_nothing_behind() {
        // Two sections at one position break a unique constraint after the post row is written.
        ParsedSection section = new ParsedSection(0, Optional.of("Streaming"), Optional.of("streaming"),
                SectionKind.OTHER, "## Streaming", "<h2>Streaming</h2>", List.of());
        ParsedPost post = post("half-written-post", "Half Written Probe", List.of(section, section));

        assertThatThrownBy(() -> writer.replace(post, "test:atomic", "half.md", "hash")).isInstanceOf(RuntimeException.class);

        assertThat(countPosts("half-written-post")).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from tag where slug = 'half-written-probe'").getSingleResult())
                .longValue()))
                .isZero();
    }

    @Test
    void replacing_keeps_the_creation_time_and_reports_the_update() {
        String slug = "replaced-post-" + System.nanoTime();
        ParsedPost post = post(slug, "Replace Probe", List.of());
        assertThat(writer.replace(post, "test:replace", "replaced.md", "one")).isTrue();
        Object created = createdAt(slug);

        assertThat(writer.replace(post, "test:replace", "replaced.md", "two")).isFalse();

        assertThat(createdAt(slug)).isEqualTo(created);
        assertThat(countPosts(slug)).isEqualTo(1);
    }

    private static ParsedPost post(String slug, String tag, List<ParsedSection> sections) {
        return new ParsedPost(slug, "A title", Optional.of("nora"), OffsetDateTime.parse("2026-01-04T10:00:00+01:00"),
                false, true, List.of(tag), List.of("roundup"), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), "", "", "", "", 0, 0, sections, Set.of(), "{}", List.of(),
                Optional.empty());
    }

    private long countPosts(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from post where slug = ?1").setParameter(1, slug).getSingleResult())
                .longValue());
    }

    private Object createdAt(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select created_at from post where slug = ?1").setParameter(1, slug).getSingleResult());
    }
}
