package dev.roundup.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.DatabaseException;
import dev.roundup.common.db.Sql;
import dev.roundup.post.PostFilter;
import io.agroal.api.AgroalDataSource;

/**
 * "Did you mean": the words of published titles, tag names and public event names (the materialized view
 * {@code search_term}), searched by trigram distance. A query word that the index knows is kept; any other is replaced by the
 * nearest known word when it is similar enough. The view is refreshed here, lazily, when content has been
 * imported or published, or an event written, since the last refresh; this path runs only for queries that found
 * nothing.
 */
@ApplicationScoped
public class SearchVocabulary {

    /** pg_trgm similarity a correction needs; measured on the relevance set (kafak→kafka is 0.33). */
    static final double MIN_SIMILARITY = 0.3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Inject
    Sql sql;

    @Inject
    AgroalDataSource dataSource;

    // The staleness check costs a count of published posts: at most once per interval.
    private static final long CHECK_INTERVAL_NANOS = 5_000_000_000L;
    private String refreshedFor = "";
    private long checkedAt = System.nanoTime() - CHECK_INTERVAL_NANOS;

    /** The query with its unknown words corrected, or empty when there is nothing to correct. */
    public Optional<String> correct(String query) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(query);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (word.length() >= 3 && !word.equals("or") && !words.contains(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        refreshIfStale();
        Map<String, String> corrections = corrections(words);
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder();
        matcher = WORD.matcher(query);
        while (matcher.find()) {
            String replacement = corrections.getOrDefault(matcher.group().toLowerCase(Locale.ROOT), matcher.group());
            matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(corrected);
        return Optional.of(corrected.toString());
    }

    private Map<String, String> corrections(List<String> words) {
        Map<String, String> corrections = new HashMap<>();
        sql.list(CORRECTIONS, List.of(words.toArray(String[]::new), MIN_SIMILARITY), row -> corrections.put(
                row.getString(1), row.getString(2)));
        return corrections;
    }

    /** For each word (a text[] parameter) that no document has, the nearest known word similar enough. */
    static final String CORRECTIONS = """
            select w.word, c.term
            from unnest(?::text[]) as w (word)
            cross join lateral (select lower(unaccent(w.word)) as plain) n
            cross join lateral (select t.term from search_term t order by t.term <-> n.plain, t.documents desc
                limit 1) c
            where similarity(c.term, n.plain) >= ?
              and c.term <> n.plain
              and not exists (select 1 from search_term t where t.term = n.plain)
              and not exists (select 1 from link_item l where l.search @@ plainto_tsquery('roundup_english', w.word))
              and not exists (select 1 from post p where p.search @@ plainto_tsquery('roundup_english', w.word))
              and not exists (select 1 from event e where e.search @@ plainto_tsquery('roundup_english', w.word))""";

    /**
     * Refreshes search_term when an import changed content, a scheduled post came out or an event was written (an
     * editor's event needs no import) since the last time.
     */
    synchronized void refreshIfStale() {
        if (!refreshedFor.isEmpty() && System.nanoTime() - checkedAt < CHECK_INTERVAL_NANOS) {
            return;
        }
        checkedAt = System.nanoTime();
        String state = sql.first("select (select coalesce(max(id), 0) from import_run"
                + " where imported + updated + removed > 0) || ':' || (select count(*) from post p where "
                + PostFilter.PUBLISHED + ") || ':' || (select count(*) || '@' || coalesce(max(updated_at)::text, '')"
                + " from event)", List.of(), row -> row.getString(1)).orElse("");
        if (state.equals(refreshedFor)) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("refresh materialized view concurrently search_term");
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
        refreshedFor = state;
    }
}
