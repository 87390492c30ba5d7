package dev.roundup.link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Applies editors' corrections of link items to a post's freshly written link items. The post's markdown
 * stays the source; a correction names the item by the URL the markdown gives it, so it holds across
 * re-imports and lapses by itself when the markdown no longer has that link.
 */
public final class LinkCorrections {

    private LinkCorrections() {
    }

    public static void apply(Connection connection, long postId, String postSlug) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                delete from link_item l using link_correction c
                where l.post_id = ? and c.post_slug = ? and c.deleted and c.original_normalized_url = l.normalized_url""");
                PreparedStatement update = connection.prepareStatement("""
                        update link_item l set title = coalesce(c.title, l.title), url = coalesce(c.url, l.url),
                            domain = case when c.url is null then l.domain else c.domain end,
                            normalized_url = coalesce(c.normalized_url, l.normalized_url),
                            target_slug = case when c.url is null then l.target_slug end,
                            commentary_markdown = coalesce(c.commentary_markdown, l.commentary_markdown),
                            commentary_html = coalesce(c.commentary_html, l.commentary_html),
                            commentary_text = coalesce(c.commentary_text, l.commentary_text),
                            corrected_from = c.original_normalized_url
                        from link_correction c
                        where l.post_id = ? and c.post_slug = ? and not c.deleted
                            and c.original_normalized_url = l.normalized_url""")) {
            delete.setLong(1, postId);
            delete.setString(2, postSlug);
            delete.executeUpdate();
            update.setLong(1, postId);
            update.setString(2, postSlug);
            update.executeUpdate();
        }
    }
}
