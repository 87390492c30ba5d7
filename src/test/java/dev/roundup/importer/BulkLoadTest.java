package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The first import in bulk, on a database of its own (a bulk load needs one without posts): it stores exactly
 * what post-by-post writes store, change log included, leaves the schema as it found it, and falls back to
 * post-by-post writes when it cannot finish.
 */
@QuarkusTest
@TestProfile(BulkLoadTest.OwnDatabase.class)
class BulkLoadTest {

    private static final int BULK_FROM = 5;

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://127.0.0.1:5432/roundup_test") + "_bulk";
            return Map.of("quarkus.datasource.jdbc.url", url, "%test.quarkus.datasource.jdbc.url", url,
                    "roundup.demo.enabled", "false", "%test.roundup.demo.enabled", "false",
                    "roundup.import-bulk-from", String.valueOf(BULK_FROM));
        }
    }

    @Inject
    ImportService importService;

    @Inject
    BulkLoad bulkLoad;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        execute("truncate post, tag, event, change_log, change_public cascade");
    }

    @Test
    void a_first_import_in_bulk_stores_what_post_by_post_writes_store_and_keeps_the_schema() throws SQLException {
        Path folder = Fixtures.copyOf("variants");
        List<String> schema = schema();
        long loads = bulkLoad.committedLoads();

        ImportReport bulk = importService.importAtStartup(ImportSource.of(folder), false);

        assertThat(bulkLoad.committedLoads()).isEqualTo(loads + 1);
        assertThat(bulk.imported()).isEqualTo(35);
        assertThat(bulk.failed()).isZero();
        assertThat(bulk.warnings()).isEqualTo(1);
        assertThat(schema()).isEqualTo(schema);
        List<String> stored = content();
        List<String> logged = changeLog();
        assertThat(stored).filteredOn(line -> line.startsWith("link ")).hasSize(bulk.linkItems());
        assertThat(logged).contains("post created " + lines(
                "select count(*) from post where not draft and published_at <= now()").get(0));

        emptyDatabase();
        ImportReport oneByOne = importService.importTree(ImportSource.of(folder), false);

        assertThat(bulkLoad.committedLoads()).isEqualTo(loads + 1);
        assertThat(oneByOne.imported()).isEqualTo(35);
        assertSameLines(content(), stored);
        assertSameLines(changeLog(), logged);
    }

    @Test
    void a_bulk_load_that_cannot_take_its_tables_is_rolled_back_and_the_posts_are_written_one_by_one()
            throws Exception {
        Path folder = Fixtures.copyOf("variants");
        List<String> schema = schema();
        long loads = bulkLoad.committedLoads();
        long failures = bulkLoad.failedLoads();

        ImportReport report;
        // a reader that holds a table keeps the bulk load from dropping its indexes
        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            try (PreparedStatement read = reader.prepareStatement("select count(*) from link_item")) {
                read.executeQuery().close();
                report = importService.importAtStartup(ImportSource.of(folder), false);
            } finally {
                reader.rollback();
            }
        }

        assertThat(bulkLoad.failedLoads()).isEqualTo(failures + 1);
        assertThat(bulkLoad.committedLoads()).isEqualTo(loads);
        assertThat(report.imported()).isEqualTo(35);
        assertThat(report.failed()).isZero();
        assertThat(schema()).isEqualTo(schema);
        assertThat(content()).filteredOn(line -> line.startsWith("post {")).hasSize(35);
    }

    @Test
    void a_start_up_import_waits_while_another_instance_loads_in_bulk() throws Exception {
        Path folder = Fixtures.copyOf("variants");
        long loads = bulkLoad.committedLoads();
        ExecutorService importing = Executors.newSingleThreadExecutor();
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (PreparedStatement lock = otherInstance.prepareStatement(
                    "select pg_advisory_xact_lock(hashtext('roundup:bulk-load'))")) {
                lock.executeQuery().close();
            }
            Future<ImportReport> report = importing.submit(() -> importService.importAtStartup(ImportSource.of(folder), false));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::someoneWaitsForTheBulkLoadLock);
            assertThat(report).isNotDone();
            assertThat(lines("select count(*) from post")).containsExactly("0");

            otherInstance.rollback();

            assertThat(report.get(60, TimeUnit.SECONDS).imported()).isEqualTo(35);
            assertThat(bulkLoad.committedLoads()).isEqualTo(loads + 1);
        } finally {
            importing.shutdownNow();
        }
    }

    @Test
    void an_import_into_a_database_with_posts_or_of_few_files_writes_post_by_post() {
        Path folder = Fixtures.copyOf("variants");
        long loads = bulkLoad.committedLoads();
        Path single = folder.resolve("2026-05-03-link-styles.md");

        ImportReport few = importService.importAtStartup(ImportSource.of(single), false);
        ImportReport rest = importService.importAtStartup(ImportSource.of(folder), false);

        assertThat(few.imported()).isEqualTo(1);
        assertThat(rest.imported()).isEqualTo(34);
        assertThat(bulkLoad.committedLoads()).isEqualTo(loads);
    }

    /** The start-up import has asked for the lock that the other instance holds, and waits for it. */
    private boolean someoneWaitsForTheBulkLoadLock() throws SQLException {
        return !lines("select pid from pg_locks where locktype = 'advisory' and not granted"
                + " and database = (select oid from pg_database where datname = current_database())").isEmpty();
    }

    /** Equal lists; on failure, the lines that differ rather than every line. */
    private static void assertSameLines(List<String> actual, List<String> expected) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        assertThat(missing).as("lines missing").isEmpty();
        assertThat(extra).as("lines not expected").isEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    /** The post tables' indexes and constraints, as definitions. */
    private List<String> schema() throws SQLException {
        return lines("""
                select pg_get_indexdef(indexrelid) from pg_index
                where indrelid = any (array['post', 'section', 'link_item', 'post_tag', 'post_link']::regclass[])
                union all
                select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                where conrelid = any (array['post', 'section', 'link_item', 'post_tag', 'post_link']::regclass[])
                order by 1""");
    }

    /** Every stored row of the posts and events, without ids and write times, by what names it. */
    private List<String> content() throws SQLException {
        return lines(
                """
                        select 'post ' || (to_jsonb(p) - 'id' - 'created_at' - 'updated_at' - 'source_root')::text from post p
                        union all
                        select 'tag ' || p.slug || ' ' || (to_jsonb(t) - 'id' - 'created_at' - 'updated_at')::text || ' ' || pt.position
                        from post_tag pt join tag t on t.id = pt.tag_id join post p on p.id = pt.post_id
                        union all
                        select 'section ' || p.slug || ' ' || (to_jsonb(s) - 'id' - 'post_id' - 'created_at' - 'updated_at')::text
                        from section s join post p on p.id = s.post_id
                        union all
                        select 'link ' || p.slug || ' ' || s.position || ' ' || (to_jsonb(l) - 'id' - 'post_id' - 'section_id' - 'created_at' - 'updated_at')::text
                        from link_item l join section s on s.id = l.section_id join post p on p.id = l.post_id
                        union all
                        select 'post link ' || p.slug || ' ' || pl.target_slug from post_link pl join post p on p.id = pl.source_post_id
                        union all
                        select 'event ' || (to_jsonb(e) - 'id' - 'created_at' - 'updated_at')::text from event e
                        union all
                        select 'mention ' || e.slug || ' ' || p.slug || ' ' || (to_jsonb(m) - 'event_id' - 'post_id' - 'id' - 'created_at' - 'updated_at')::text
                        from event_mention m join event e on e.id = m.event_id join post p on p.id = m.post_id
                        union all
                        select 'public ' || c.entity_type || ' ' || coalesce(p.slug || ':' || l.post_position, c.entity_key)
                        from change_public c left join link_item l on c.entity_type = 'link' and l.id::text = c.entity_key
                            left join post p on p.id = l.post_id
                        order by 1""");
    }

    /** What the change log announced, by entity type and action. */
    private List<String> changeLog() throws SQLException {
        // one post at a time, an event named by several posts is updated by the later ones; in one transaction
        // those steps merge into its creation
        return lines("select entity_type || ' ' || action || ' ' || count(*) from change_log"
                + " where not (entity_type = 'event' and action = 'updated') group by entity_type, action order by 1");
    }

    private List<String> lines(String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
