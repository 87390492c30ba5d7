package dev.roundup.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.roundup.common.db.Sql;
import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContentTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Re-imports: mentions are replaced per post, events stay while any post mentions them, edits stay. */
@QuarkusTest
class EventImportTest extends DemoContentTest {

    @Inject
    ImportService importService;

    @Inject
    Sql sql;

    @Inject
    EntityManager entityManager;

    @TempDir
    Path folder;

    @AfterEach
    void cleanUp() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from event where slug like 'glacier-data-day%'").executeUpdate());
    }

    @Test
    void reimporting_a_post_replaces_its_mentions_and_keeps_events_other_posts_mention() throws IOException {
        write("2026-05-03-a.md", "2026-05-03", "[Glacier Data Day](https://glacier.example.is/) is on the 20th of June.");
        write("2026-05-10-b.md", "2026-05-10", "[Glacier Data Day](https://glacier.example.is/) is on June 20, I speak there.");
        importFolder();
        assertThat(mentions()).containsExactly("2026-05-03-a", "2026-05-10-b");
        assertThat(field("role")).isEqualTo("speaker");

        write("2026-05-10-b.md", "2026-05-10", "Nothing about events this week.");
        importFolder();
        assertThat(mentions()).containsExactly("2026-05-03-a");
        assertThat(field("starts_on::text")).isEqualTo("2026-06-20");
        assertThat(field("role")).isNull();

        write("2026-05-03-a.md", "2026-05-03", "A quiet week.");
        importFolder();
        assertThat(sql.count("select count(*) from event where slug like 'glacier-data-day%'", List.of())).isZero();
    }

    @Test
    void removing_a_posts_file_takes_its_word_out_of_the_event() throws IOException {
        write("2026-05-03-a.md", "2026-05-03", "[Glacier Data Day](https://glacier.example.is/) is on the 20th of June.");
        write("2026-05-10-b.md", "2026-05-10", "[Glacier Data Day](https://glacier.example.is/) is on June 20, I speak there.");
        importFolder();
        assertThat(field("role")).isEqualTo("speaker");

        Files.delete(folder.resolve("2026-05-10-b.md"));
        importFolder();
        assertThat(mentions()).containsExactly("2026-05-03-a");
        assertThat(field("role")).isNull();

        Files.delete(folder.resolve("2026-05-03-a.md"));
        importFolder();
        assertThat(sql.count("select count(*) from event where slug like 'glacier-data-day%'", List.of())).isZero();
    }

    @Test
    void an_edited_event_is_never_overwritten_by_a_reimport() throws IOException {
        write("2026-05-03-a.md", "2026-05-03", "[Glacier Data Day](https://glacier.example.is/) is on the 20th of June.");
        importFolder();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update event set name = 'Glacier Data Day (edited)', starts_on = date '2026-06-21', ends_on = date '2026-06-21', edited = true"
                        + " where slug = 'glacier-data-day-2026'")
                .executeUpdate());

        write("2026-05-03-a.md", "2026-05-03", "[Glacier Data Day](https://glacier.example.is/) moved to the 27th of June.");
        importFolder();
        assertThat(field("name")).isEqualTo("Glacier Data Day (edited)");
        assertThat(field("starts_on::text")).isEqualTo("2026-06-21");
        assertThat(mentions()).containsExactly("2026-05-03-a");

        write("2026-05-03-a.md", "2026-05-03", "A quiet week.");
        importFolder();
        assertThat(field("name")).isEqualTo("Glacier Data Day (edited)");
    }

    @Test
    void a_dateless_mention_imported_first_joins_the_event_announced_later() throws IOException {
        write("2026-05-10-b.md", "2026-05-10", "Thanks to everybody at [Glacier Data Day](https://glacier.example.is/).");
        importFolder();
        // a named event the text gives no date for is served without one
        assertThat(sql.count("select count(*) from event where slug like 'glacier-data-day%' and starts_on is null",
                List.of())).isOne();
        write("2026-05-03-a.md", "2026-05-03", "[Glacier Data Day](https://glacier.example.is/) is on the 20th of June.");
        importFolder();
        assertThat(mentions()).containsExactly("2026-05-03-a", "2026-05-10-b");
        assertThat(sql.count("select count(*) from event where slug like 'glacier-data-day%'", List.of())).isOne();
        assertThat(field("starts_on::text")).isEqualTo("2026-06-20");
    }

    @Test
    void a_post_rewritten_without_news_about_its_event_leaves_the_event_as_it_was() throws IOException {
        write("2026-05-03-a.md", "2026-05-03", "[Glacier Data Day](https://glacier.example.is/) is on the 20th of June.");
        importFolder();
        String before = field("version || ' ' || updated_at");

        write("2026-05-03-a.md", "2026-05-03",
                "[Glacier Data Day](https://glacier.example.is/) is on the 20th of June. Bring a warm coat.");
        importFolder();
        assertThat(mentions()).containsExactly("2026-05-03-a");
        assertThat(field("version || ' ' || updated_at")).isEqualTo(before);

        write("2026-05-03-a.md", "2026-05-03", "[Glacier Data Day](https://glacier.example.is/) is on June 20, I speak there.");
        importFolder();
        assertThat(field("role")).isEqualTo("speaker");
        assertThat(Long.parseLong(field("version"))).isEqualTo(Long.parseLong(before.split(" ")[0]) + 1);
    }

    private void importFolder() {
        importService.importTree(new ImportSource(folder, "test:event-import"), true);
    }

    private List<String> mentions() {
        return sql.list("""
                select p.slug from event_mention m join post p on p.id = m.post_id join event e on e.id = m.event_id
                where e.slug = 'glacier-data-day-2026' order by p.slug""", List.of(), row -> row.getString(1));
    }

    private String field(String column) {
        List<String> values = sql.list("select " + column + " from event where slug = 'glacier-data-day-2026'",
                List.of(), row -> row.getString(1));
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    private void write(String file, String date, String wind) throws IOException {
        Files.writeString(folder.resolve(file), """
                ---
                title: "Week of %s"
                author: nora
                date: %sT10:00:00+02:00
                categories: [roundup]
                ---

                Intro.

                <!--more-->

                ## WIND (What Is Nora Doing)

                %s

                ## ~ Finally

                Bye.
                """.formatted(date, date, wind));
    }
}
