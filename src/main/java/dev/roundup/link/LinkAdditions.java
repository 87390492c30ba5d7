package dev.roundup.link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.roundup.section.SectionKind;

/**
 * Link items that editors added to a post. An addition is kept in link_correction (added = true) and applied
 * again by every write of the post, as corrections are: the post's markdown stays the source, and the addition
 * goes back into its section, after the item it followed when it was added. It lapses while its section is
 * missing, and while the markdown has its link (then the stored fields correct that item instead).
 */
public final class LinkAdditions {

    // The unique (section, position) and (post, post_position) constraints are checked row by row, so a tail
    // shifted by one would collide with itself midway: it moves out of the way first, then back one further.
    private static final int OUT_OF_THE_WAY = 1_000_000;

    private LinkAdditions() {
    }

    /** The fields of an item to insert; correctedFrom is the URL its addition is keyed by. */
    public record NewItem(String title, String url, String domain, String normalizedUrl, String commentaryMarkdown,
            String commentaryHtml, String commentaryText, String correctedFrom) {
    }

    /** A section that can take link items. */
    public record Target(long id, int position, String slug, SectionKind kind) {
    }

    /**
     * Inserts the item as the section's {@code index}-th (from 0; the count of its items puts it last), moving the
     * items from there on one down, in the section and in the post; returns its id. Positions may have gaps (a
     * deleted item leaves one), so the index counts items, not positions.
     */
    public static long insert(Connection connection, long postId, Target section, int index, NewItem item)
            throws SQLException {
        int[] place = place(connection, postId, section, index);
        int position = place[0];
        int postPosition = place[1];
        shift(connection, "position", "section_id", section.id(), position);
        shift(connection, "post_position", "post_id", postId, postPosition);
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into link_item (post_id, section_id, position, post_position, title, url, domain, normalized_url,
                    commentary_markdown, commentary_html, commentary_text, corrected_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
            int column = 1;
            insert.setLong(column++, postId);
            insert.setLong(column++, section.id());
            insert.setInt(column++, position);
            insert.setInt(column++, postPosition);
            insert.setString(column++, item.title());
            insert.setString(column++, item.url());
            insert.setString(column++, item.domain());
            insert.setString(column++, item.normalizedUrl());
            insert.setString(column++, item.commentaryMarkdown());
            insert.setString(column++, item.commentaryHtml());
            insert.setString(column++, item.commentaryText());
            insert.setString(column, item.correctedFrom());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        // a heading with prose only becomes a section of links, as the parser would have made it
        try (PreparedStatement kind = connection.prepareStatement(
                "update section set kind = 'links' where id = ? and kind = 'other'")) {
            kind.setLong(1, section.id());
            kind.executeUpdate();
        }
        return id;
    }

    /** The number of link items in the section. */
    public static int count(Connection connection, long sectionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select count(*) from link_item where section_id = ?")) {
            select.setLong(1, sectionId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The post's sections with this slug (null: the untitled one), in order. */
    public static List<Target> sections(Connection connection, long postId, String slug) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, position, slug, kind from section"
                + " where post_id = ? and slug is not distinct from ? order by position")) {
            select.setLong(1, postId);
            select.setString(2, slug);
            return targets(select);
        }
    }

    /** The post's section at this position, if any. */
    public static Optional<Target> sectionAt(Connection connection, long postId, int position) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, position, slug, kind from section where post_id = ? and position = ?")) {
            select.setLong(1, postId);
            select.setInt(2, position);
            return targets(select).stream().findFirst();
        }
    }

    /** The URL the markdown has for the section's {@code index}-th item (from 0), normalized. */
    public static Optional<String> urlAt(Connection connection, long sectionId, int index) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                // the URL the markdown has: additions are put back before corrections are applied
                "select coalesce(corrected_from, normalized_url) from link_item where section_id = ?"
                        + " order by position offset ? limit 1")) {
            select.setLong(1, sectionId);
            select.setInt(2, index);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private record Addition(NewItem item, String sectionSlug, int position, String afterUrl) {
    }

    /** Puts the post's additions back into its freshly written link items, in the order they were made. */
    public static void apply(Connection connection, long postId, String postSlug) throws SQLException {
        for (Addition addition : additions(connection, postId, postSlug)) {
            Optional<Target> section = sections(connection, postId, addition.sectionSlug()).stream()
                    .filter(target -> target.kind().takesLinkItems()).findFirst();
            if (section.isEmpty()) {
                continue;
            }
            int index = Math.min(addition.position(), count(connection, section.get().id()));
            if (addition.afterUrl() == null) {
                index = 0;
            } else {
                OptionalInt after = indexAfter(connection, section.get().id(), addition.afterUrl());
                if (after.isPresent()) {
                    index = after.getAsInt();
                }
            }
            insert(connection, postId, section.get(), index, addition.item());
        }
    }

    private static List<Addition> additions(Connection connection, long postId, String postSlug) throws SQLException {
        List<Addition> additions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select c.original_normalized_url, c.title, c.url, c.domain, c.normalized_url, c.commentary_markdown,
                    c.commentary_html, c.commentary_text, c.section_slug, c.position, c.after_normalized_url
                from link_correction c
                where c.post_slug = ? and c.added and not c.deleted
                  and not exists (select 1 from link_item l where l.post_id = ?
                                  and l.normalized_url in (c.original_normalized_url, c.normalized_url))
                order by c.created_at, c.original_normalized_url""")) {
            select.setString(1, postSlug);
            select.setLong(2, postId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    NewItem item = new NewItem(rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(1));
                    additions.add(new Addition(item, rows.getString(9), rows.getInt(10), rows.getString(11)));
                }
            }
        }
        return additions;
    }

    /** The index right after the section's first item with this URL, if it has one. */
    private static OptionalInt indexAfter(Connection connection, long sectionId, String normalizedUrl) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                with anchor as (select min(position) as position from link_item where section_id = ? and normalized_url = ?)
                select (select count(*) from link_item l where l.section_id = ? and l.position <= anchor.position)
                from anchor where anchor.position is not null""")) {
            select.setLong(1, sectionId);
            select.setString(2, normalizedUrl);
            select.setLong(3, sectionId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    /**
     * The position in the section and in the post of an item inserted as the index-th: those of the item now
     * there, or, at the end, one past the section's last item and one past the last item of this and the earlier
     * sections.
     */
    private static int[] place(Connection connection, long postId, Target section, int index) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                with here as (select position, post_position from link_item where section_id = ?
                              order by position offset ? limit 1)
                select coalesce((select position from here),
                                (select max(position) + 1 from link_item where section_id = ?), 0),
                       coalesce((select post_position from here),
                                (select max(l.post_position) + 1 from link_item l join section s on s.id = l.section_id
                                 where l.post_id = ? and s.position <= ?), 0)""")) {
            select.setLong(1, section.id());
            select.setInt(2, index);
            select.setLong(3, section.id());
            select.setLong(4, postId);
            select.setInt(5, section.position());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new int[]{ rows.getInt(1), rows.getInt(2) };
            }
        }
    }

    private static void shift(Connection connection, String column, String owner, long ownerId, int from)
            throws SQLException {
        try (PreparedStatement away = connection.prepareStatement("update link_item set " + column + " = " + column
                + " + " + OUT_OF_THE_WAY + " where " + owner + " = ? and " + column + " >= ?");
                PreparedStatement back = connection.prepareStatement("update link_item set " + column + " = " + column
                        + " - " + (OUT_OF_THE_WAY - 1) + " where " + owner + " = ? and " + column + " >= ?")) {
            away.setLong(1, ownerId);
            away.setInt(2, from);
            if (away.executeUpdate() == 0) {
                return;
            }
            back.setLong(1, ownerId);
            back.setInt(2, OUT_OF_THE_WAY);
            back.executeUpdate();
        }
    }

    private static List<Target> targets(PreparedStatement select) throws SQLException {
        List<Target> targets = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                targets.add(new Target(rows.getLong(1), rows.getInt(2), rows.getString(3),
                        SectionKind.fromDbValue(rows.getString(4))));
            }
        }
        return targets;
    }
}
