package dev.roundup.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The public-post rule is one database function, which every query and trigger calls, and which the planner inlines. */
@QuarkusTest
class PublicPostRuleTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_post_is_public_when_it_is_no_draft_and_its_date_has_come() throws SQLException {
        assertThat(lines("select post_is_public(false, now() - interval '1 minute')")).containsExactly("t");
        assertThat(lines("select post_is_public(false, now() + interval '1 minute')")).containsExactly("f");
        assertThat(lines("select post_is_public(true, now() - interval '1 minute')")).containsExactly("f");
    }

    @Test
    void the_planner_inlines_the_rule_and_still_uses_the_partial_index_of_published_posts() throws SQLException {
        List<String> plan = lines("explain (costs off) select p.id from post p where " + PostFilter.PUBLISHED
                + " order by p.published_at desc, p.id desc limit 20", "set local enable_seqscan = off");

        assertThat(String.join("\n", plan)).doesNotContain("post_is_public").contains("post_published_idx")
                .contains("published_at <= now()");
    }

    @Test
    void no_database_function_or_view_spells_the_rule_out_again() throws SQLException {
        assertThat(lines("select proname from pg_proc where pronamespace = current_schema()::regnamespace"
                + " and proname <> 'post_is_public' and prosrc ~ 'draft.*published_at\\s*<=\\s*now\\(\\)'")).isEmpty();
        assertThat(lines("select matviewname from pg_matviews where schemaname = current_schema()"
                + " and definition ~ 'draft.*published_at\\s*<=\\s*now\\(\\)'")).isEmpty();
        assertThat(lines("select proname from pg_proc where pronamespace = current_schema()::regnamespace"
                + " and prosrc like '%post_is_public(%' order by 1")).contains("change_log_publish_due", "change_log_sync");
    }

    /** The first column of each row, after the given settings, in a transaction of its own that is rolled back. */
    private List<String> lines(String sql, String... settings) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (String setting : settings) {
                    try (PreparedStatement set = connection.prepareStatement(setting)) {
                        set.execute();
                    }
                }
                try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        return lines;
    }
}
