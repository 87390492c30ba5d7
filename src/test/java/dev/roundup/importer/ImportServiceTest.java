package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.importer.FileOutcome.Outcome;
import dev.roundup.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImportServiceTest {

    private static final String WEEK_32 = "2026-08-09-interesting-stuff-week-32-2026";

    @Inject
    ImportService importService;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    @AfterEach
    void removeEverythingButTheDemo() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from post where source_root <> :demo and source_root <> 'test:hidden-posts'")
                .setParameter("demo", StartupImport.DEMO_LABEL)
                .executeUpdate());
    }

    @Test
    void every_variant_imports_with_its_sections_and_link_items() {
        Path folder = Fixtures.copyOf("variants");

        ImportReport report = importService.importTree(ImportSource.of(folder), false);

        assertThat(report.filesSeen()).isEqualTo(35);
        assertThat(report.imported()).isEqualTo(35);
        assertThat(report.failed()).isZero();
        assertThat(report.warnings()).isEqualTo(1);
        assertThat(count("select count(*) from post where source_root = ?1", folder.toString())).isEqualTo(35);
        assertThat(count("select count(*) from link_item l join post p on p.id = l.post_id where p.source_root = ?1",
                folder.toString())).isEqualTo(report.linkItems());
        assertThat(report.files()).filteredOn(file -> !file.warnings().isEmpty())
                .extracting(FileOutcome::slug).containsExactly("2026-06-14-undefined-reference");
    }

    @Test
    void stored_rows_keep_order_titles_urls_and_relref_targets() {
        importService.importTree(ImportSource.of(Fixtures.copyOf("variants")), false);

        List<Object[]> items = rows("""
                select s.heading, l.post_position, l.title, l.url, l.domain, l.target_slug
                from link_item l join section s on s.id = l.section_id join post p on p.id = l.post_id
                where p.slug = '2026-05-03-link-styles' order by l.post_position""");
        assertThat(items).isNotEmpty();
        assertThat(items).extracting(row -> row[1]).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, items.size()).boxed().toList());
        assertThat(items).filteredOn(row -> row[5] != null)
                .allSatisfy(row -> assertThat((String) row[3]).isEqualTo("http://localhost:8080/post/" + row[5] + "/"));
        assertThat(items).extracting(row -> (String) row[2]).noneMatch(title -> title.contains("**"));
    }

    @Test
    void tags_written_in_different_case_are_one_tag() throws IOException {
        Path folder = Fixtures.copyOf("variants");
        Files.writeString(folder.resolve("2026-09-01-shouting-tags.md"), """
                ---
                title: Shouting tags
                date: 2026-09-01T10:00:00+02:00
                categories: [roundup]
                tags: [KAFKA, kafka, "Generative AI", generative ai]
                ---
                Intro.
                """);

        importService.importTree(ImportSource.of(folder), false);

        assertThat(rows("select t.slug, t.name from tag t where t.slug in ('kafka', 'generative-ai') order by t.slug"))
                .extracting(row -> row[0]).containsExactly("generative-ai", "kafka");
        assertThat(rows("""
                select t.slug, pt.position from post_tag pt join tag t on t.id = pt.tag_id
                join post p on p.id = pt.post_id where p.slug = '2026-09-01-shouting-tags' order by pt.position"""))
                .extracting(row -> row[0]).containsExactly("kafka", "generative-ai");
        assertThat(count("select count(distinct pt.post_id) from post_tag pt join tag t on t.id = pt.tag_id"
                + " where t.slug = 'kafka'")).isGreaterThan(5);
    }

    @Test
    void importing_the_same_files_again_changes_nothing() {
        Path folder = Fixtures.copyOf("variants");
        importService.importTree(ImportSource.of(folder), false);
        long links = count("select count(*) from link_item");
        long sections = count("select count(*) from section");
        List<Object[]> versions = rows("select slug, updated_at from post order by slug");

        ImportReport again = importService.importTree(ImportSource.of(folder), false);

        assertThat(again.unchanged()).isEqualTo(35);
        assertThat(again.imported() + again.updated() + again.failed()).isZero();
        assertThat(count("select count(*) from link_item")).isEqualTo(links);
        assertThat(count("select count(*) from section")).isEqualTo(sections);
        assertThat(rows("select slug, updated_at from post order by slug"))
                .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(versions);
    }

    @Test
    void a_changed_file_replaces_its_post_wholly() throws IOException {
        Path folder = Fixtures.copyOf("variants");
        importService.importTree(ImportSource.of(folder), false);
        Path file = folder.resolve("2026-05-10-bullet-markers.md");
        String changed = Files.readString(file).replaceFirst("(?m)^title: .*$", "title: \"Bullets, Rewritten\"")
                .replaceFirst("(?m)^([*+-]) \\[", "$1 [Brand New Item](https://new.example.com/item). Fresh words.\n\n$1 [");
        Files.writeString(file, changed);

        ImportReport report = importService.importTree(ImportSource.of(folder), false);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(34);
        assertThat(rows("select title, draft from post where slug = '2026-05-10-bullet-markers'"))
                .extracting(row -> row[0]).containsExactly("Bullets, Rewritten");
        List<Object[]> items = rows("""
                select l.title, l.url from link_item l join post p on p.id = l.post_id
                where p.slug = '2026-05-10-bullet-markers' order by l.post_position""");
        assertThat(items.get(0)).containsExactly("Brand New Item", "https://new.example.com/item");
        assertThat(count("select count(*) from post where slug = '2026-05-10-bullet-markers'")).isEqualTo(1);
    }

    @Test
    void a_broken_file_is_reported_and_does_not_stop_the_others() {
        ImportReport report = importService.importTree(ImportSource.of(Fixtures.copyOf("broken")), false);

        assertThat(report.filesSeen()).isEqualTo(3);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.files()).filteredOn(file -> file.outcome() == Outcome.FAILED)
                .extracting(FileOutcome::file, file -> file.line() != null && file.line() > 0)
                .containsExactlyInAnyOrder(tuple("2026-02-08-bad-yaml.md", true),
                        tuple("2026-02-15-no-front-matter-end.md", true));
        assertThat(report.files()).filteredOn(file -> file.file().equals("2026-02-15-no-front-matter-end.md"))
                .extracting(FileOutcome::reason).singleElement().asString().contains("never closed");
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.files()).filteredOn(file -> file.outcome() == Outcome.SKIPPED)
                .extracting(FileOutcome::file, FileOutcome::reason)
                .containsExactly(tuple("notes.txt", "not a markdown file (.md or .markdown)"));
        assertThat(count("select count(*) from post where slug = '2026-02-01-good-one'")).isEqualTo(1);
    }

    @Test
    void a_missing_file_is_removed_only_when_sync_is_asked_for() throws IOException {
        Path folder = Fixtures.copyOf("variants");
        importService.importTree(ImportSource.of(folder), false);
        Files.delete(folder.resolve("2026-05-10-bullet-markers.md"));

        ImportReport withoutSync = importService.importTree(ImportSource.of(folder), false);
        assertThat(withoutSync.removed()).isZero();
        assertThat(count("select count(*) from post where slug = '2026-05-10-bullet-markers'")).isEqualTo(1);

        ImportReport withSync = importService.importTree(ImportSource.of(folder), true);
        assertThat(withSync.removed()).isEqualTo(1);
        assertThat(withSync.files()).filteredOn(file -> file.outcome() == Outcome.REMOVED)
                .extracting(FileOutcome::slug).containsExactly("2026-05-10-bullet-markers");
        assertThat(count("select count(*) from post where slug = '2026-05-10-bullet-markers'")).isZero();
        assertThat(count("select count(*) from post where slug = '" + WEEK_32 + "'")).isEqualTo(1);
    }

    @Test
    void a_single_file_can_be_imported() {
        Path file = Fixtures.copyOf("variants").resolve("2026-01-04-markdown-extension.markdown");

        ImportReport report = importService.importTree(ImportSource.of(file), false);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.files()).extracting(FileOutcome::slug).containsExactly("2026-01-04-markdown-extension");
    }

    @Test
    void two_files_with_one_slug_import_the_first_and_report_the_second() throws IOException {
        Path folder = Fixtures.copyOf("variants");
        Path twin = folder.resolve("zz-twin.md");
        Files.writeString(twin, Files.readString(folder.resolve("2026-02-15-slug-override.md")));

        ImportReport report = importService.importTree(ImportSource.of(folder), false);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.files()).filteredOn(file -> file.outcome() == Outcome.FAILED)
                .extracting(FileOutcome::file, FileOutcome::reason)
                .singleElement().satisfies(failure -> assertThat(failure.toList().get(1).toString())
                        .contains("2026-02-15-slug-override.md"));
    }

    @Test
    void every_run_is_stored_with_its_counts() {
        ImportReport report = importService.importTree(ImportSource.of(Fixtures.copyOf("broken")), false);

        ImportRun run = QuarkusTransaction.requiringNew().call(() -> ImportRun.findById(report.runId()));
        assertThat(run.status).isEqualTo(ImportRun.Status.finished);
        assertThat(run.filesSeen).isEqualTo(3);
        assertThat(run.failed).isEqualTo(2);
        assertThat(run.report).extracting(FileOutcome::outcome)
                .containsExactlyInAnyOrder(Outcome.IMPORTED, Outcome.FAILED, Outcome.FAILED, Outcome.SKIPPED);
    }

    @Test
    void an_import_that_wrote_many_posts_refreshes_the_planner_statistics_and_small_or_unchanged_ones_do_not()
            throws IOException {
        Path many = Files.createTempDirectory("roundup-statistics-");
        for (int week = 1; week <= 64; week++) {
            Files.writeString(many.resolve(String.format("2025-01-%02d-statistics-week-%d.md", 1 + week % 28, week)),
                    """
                            ---
                            title: "Statistics Week %d"
                            date: 2025-01-01T09:00:00+01:00
                            categories: [roundup]
                            ---
                            Intro.
                            <!--more-->
                            ## Streaming
                            * [**Link of week %d**](https://statistics.example.com/%d). Some words.
                            """.formatted(week, week, week));
        }
        long before = analyzeCount("link_item");

        ImportReport report = importService.importTree(ImportSource.of(many), false);

        assertThat(report.imported()).isEqualTo(64);
        await().atMost(Duration.ofSeconds(5)).until(() -> analyzeCount("link_item") > before);
        assertThat(analyzeCount("section")).isPositive();
        long afterImport = analyzeCount("link_item");
        ImportReport again = importService.importTree(ImportSource.of(many), false);
        assertThat(again.unchanged()).isEqualTo(64);
        ImportReport small = importService.importTree(ImportSource.of(Fixtures.copyOf("sections")), false);
        assertThat(small.imported()).isPositive().isLessThan(64);
        assertThat(analyzeCount("link_item")).isEqualTo(afterImport);
    }

    /** Their WIND sections share events: two writers deadlocked on them before the events lock came first. */
    @Test
    void the_demo_posts_rewritten_from_another_source_are_written_in_parallel_without_failing() throws IOException {
        Path folder = Files.createTempDirectory("roundup-demo-again-");
        try (var files = Files.list(Path.of("src/main/resources/demo/content/post"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        for (int round = 0; round < 3; round++) {
            ImportReport report = importService.importTree(ImportSource.of(folder), false);
            assertThat(report.files()).filteredOn(file -> file.outcome() == Outcome.FAILED).isEmpty();
        }
        // the demo posts belong to the demo again, as the other tests expect
        importService.importTree(new ImportSource(Path.of("src/main/resources/demo/content/post").toAbsolutePath(),
                StartupImport.DEMO_LABEL), false);
    }

    private long analyzeCount(String table) {
        return count("select analyze_count from pg_stat_user_tables where relname = ?1", table);
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int index = 0; index < parameters.length; index++) {
                query.setParameter(index + 1, parameters[index]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql).getResultList());
    }
}
