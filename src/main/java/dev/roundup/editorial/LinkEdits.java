package dev.roundup.editorial;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import dev.roundup.common.db.Sql;
import dev.roundup.link.LinkAdditions;

/**
 * The SQL of editors' corrections, deletions and additions of link items, on the connection of the caller's
 * transaction. What an editor did is kept in link_correction, keyed by the post and the URL its markdown gives,
 * so that every later write of the post applies it again.
 */
final class LinkEdits {

    private LinkEdits() {
    }

    /** A stored link item with its post and section; key is the URL the post's markdown gives it. */
    record Item(long postId, String postSlug, long version, String title, String url, String key, String markdown,
            String html, String text, String section, int sectionPosition, int position) {
    }

    /** The fields a correction changes (null: unchanged), with the item's values after it. */
    record Correction(String title, String url, String domain, String normalizedUrl, String commentaryMarkdown,
            String commentaryHtml, String commentaryText) {
    }

    static Optional<String> postSlugOfItem(Connection connection, long itemId) throws SQLException {
        return Sql.on(connection).first("select p.slug from link_item l join post p on p.id = l.post_id where l.id = ?",
                row -> row.getString(1), itemId);
    }

    static Optional<Item> item(Connection connection, long itemId) throws SQLException {
        return Sql.on(connection).first("""
                select p.id, p.slug, p.version, l.title, l.url, coalesce(l.corrected_from, l.normalized_url),
                    l.commentary_markdown, l.commentary_html, l.commentary_text, s.slug, s.position,
                    (select count(*) from link_item o where o.section_id = l.section_id and o.position < l.position)
                from link_item l join post p on p.id = l.post_id join section s on s.id = l.section_id
                where l.id = ?""", row -> new Item(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getString(10), row.getInt(11), row.getInt(12)), itemId);
    }

    /** Keeps the correction's changed fields (null fields keep what was kept before), and undoes a kept deletion. */
    static void keepCorrection(Connection connection, Item item, Correction changed) throws SQLException {
        Sql.on(connection).update("""
                insert into link_correction as c (post_slug, original_normalized_url, title, url, domain,
                    normalized_url, commentary_markdown, commentary_html, commentary_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (post_slug, original_normalized_url) do update set
                    title = coalesce(excluded.title, c.title), url = coalesce(excluded.url, c.url),
                    domain = case when excluded.url is null then c.domain else excluded.domain end,
                    normalized_url = coalesce(excluded.normalized_url, c.normalized_url),
                    commentary_markdown = coalesce(excluded.commentary_markdown, c.commentary_markdown),
                    commentary_html = coalesce(excluded.commentary_html, c.commentary_html),
                    commentary_text = coalesce(excluded.commentary_text, c.commentary_text),
                    deleted = false, updated_at = now()""", item.postSlug(), item.key(), changed.title(), changed.url(),
                changed.domain(), changed.normalizedUrl(), changed.commentaryMarkdown(), changed.commentaryHtml(),
                changed.commentaryText());
    }

    /** Writes the corrected item; a new URL forgets the post it pointed to. */
    static void correctItem(Connection connection, long itemId, Item item, Correction after, boolean urlKept)
            throws SQLException {
        Sql.on(connection).update("""
                update link_item set title = ?, url = ?, domain = ?, normalized_url = ?,
                    target_slug = case when ? then target_slug end, commentary_markdown = ?,
                    commentary_html = ?, commentary_text = ?, corrected_from = ?
                where id = ?""", after.title(), after.url(), after.domain(), after.normalizedUrl(), urlKept,
                after.commentaryMarkdown(), after.commentaryHtml(), after.commentaryText(), item.key(), itemId);
    }

    static void deleteItem(Connection connection, long itemId, Item item) throws SQLException {
        Sql.Statements statements = Sql.on(connection);
        statements.update("""
                insert into link_correction (post_slug, original_normalized_url, deleted) values (?, ?, true)
                on conflict (post_slug, original_normalized_url) do update set deleted = true, updated_at = now()""",
                item.postSlug(), item.key());
        statements.update("delete from link_item where id = ?", itemId);
    }

    /** A new version of the post whose link items changed; answers it. */
    static long bumpPost(Connection connection, long postId) throws SQLException {
        return Sql.on(connection).one(
                "update post set version = version + 1, updated_at = now() where id = ? returning version", Long.class,
                postId);
    }

    /** The post's id and version. */
    static Optional<long[]> post(Connection connection, String slug) throws SQLException {
        return Sql.on(connection).first("select id, version from post where slug = ?",
                row -> new long[]{ row.getLong(1), row.getLong(2) }, slug);
    }

    /** The post's sections as "position slug" pairs, for a message that names them; empty when it has none. */
    static String sectionsOf(Connection connection, long postId) throws SQLException {
        return Sql.on(connection).one("select coalesce(string_agg(position || ' ' || coalesce(slug, '(untitled)'),"
                + " ', ' order by position), '') from section where post_id = ?", String.class, postId);
    }

    /** The post's item with this URL; a corrected item is found by the URL its markdown has too. */
    static Optional<Long> itemWithUrl(Connection connection, long postId, String normalizedUrl) throws SQLException {
        return Sql.on(connection).first("select id from link_item where post_id = ? and (normalized_url = ?"
                + " or corrected_from = ?) order by post_position limit 1", row -> row.getLong(1), postId,
                normalizedUrl, normalizedUrl);
    }

    /** Keeps the addition for later writes of the post; it replaces whatever was kept for this URL (a deletion). */
    static void keepAddition(Connection connection, String postSlug, LinkAdditions.NewItem item,
            LinkAdditions.Target section, int index, String after) throws SQLException {
        Sql.on(connection).update("""
                insert into link_correction (post_slug, original_normalized_url, title, url, domain, normalized_url,
                    commentary_markdown, commentary_html, commentary_text, added, section_slug, position,
                    after_normalized_url)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)
                on conflict (post_slug, original_normalized_url) do update set title = excluded.title,
                    url = excluded.url, domain = excluded.domain, normalized_url = excluded.normalized_url,
                    commentary_markdown = excluded.commentary_markdown, commentary_html = excluded.commentary_html,
                    commentary_text = excluded.commentary_text, added = true, deleted = false,
                    section_slug = excluded.section_slug, position = excluded.position,
                    after_normalized_url = excluded.after_normalized_url, created_at = now(), updated_at = now()""",
                postSlug, item.correctedFrom(), item.title(), item.url(), item.domain(), item.normalizedUrl(),
                item.commentaryMarkdown(), item.commentaryHtml(), item.commentaryText(), section.slug(), index, after);
    }
}
