package dev.roundup.importer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.Slugs;
import dev.roundup.common.UrlNormalizer;
import dev.roundup.event.EventExtractor;
import dev.roundup.event.EventWriter;
import dev.roundup.link.LinkAdditions;
import dev.roundup.link.LinkCorrections;
import dev.roundup.section.SectionKind;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes parsed posts, each whole in its own transaction. Plain JDBC with array parameters: a post with
 * its tags, sections and link items costs eight round trips whatever its size, which keeps imports of
 * tens of thousands of posts within minutes. Safe to call from several threads at once.
 */
@ApplicationScoped
public class PostWriter {

    /** Known state of the posts of one source: what a re-import compares against. */
    public record StoredPost(String slug, String contentHash) {
    }

    /** What a write expects to find under the slug; imports expect nothing, the editorial API does. */
    public record Expected(boolean absent, OptionalLong version) {
        public static final Expected ANYTHING = new Expected(false, OptionalLong.empty());
        /** A create: the slug must be free. */
        public static final Expected ABSENT = new Expected(true, OptionalLong.empty());
        /** A replace of whatever version is current: the post must exist. */
        public static final Expected EXISTING = new Expected(false, OptionalLong.of(-1));

        /** A replace or delete of exactly this version. */
        public static Expected version(long version) {
            return new Expected(false, OptionalLong.of(version));
        }
    }

    /** The slug's state contradicts {@link Expected}; nothing was written. */
    public static class PreconditionFailedException extends RuntimeException {
        private final OptionalLong current;

        PreconditionFailedException(OptionalLong current) {
            super(current.isPresent() ? "the post is at version " + current.getAsLong() : "no post has this slug");
            this.current = current;
        }

        /** The version stored now; empty when no post has the slug. */
        public OptionalLong current() {
            return current;
        }
    }

    /** The outcome of a write: whether the slug was new, and the post's version now. */
    public record Written(boolean created, long version) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventWriter events;

    public Map<String, StoredPost> storedPosts(String sourceRoot) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, StoredPost> stored = new HashMap<>();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "select source_file, slug, content_hash from post where source_root = ?")) {
                select.setString(1, sourceRoot);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getString(1), new StoredPost(rows.getString(2), rows.getString(3)));
                    }
                }
            }
            return stored;
        });
    }

    /** Replaces the post with the same slug, wholly; true when the slug was new. */
    public boolean replace(ParsedPost post, String sourceRoot, String sourceFile, String contentHash) {
        return write(post, sourceRoot, sourceFile, contentHash, Expected.ANYTHING).created();
    }

    /**
     * Replaces the post with the same slug, wholly, if the slug's state is what {@code expected} says; the
     * version goes up by one on every write. The check and the write share one transaction under the slug's
     * lock, so of two writers holding the same version only the first wins.
     */
    public Written write(ParsedPost post, String sourceRoot, String sourceFile, String contentHash, Expected expected) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (expected.equals(Expected.ANYTHING)) {
                    // Atomic either way; an import can be run again, so a crash may lose a commit, never half a post.
                    execute(connection, "set local synchronous_commit = off");
                }
                lockSlug(connection, post.slug());
                check(connection, post.slug(), expected);
                logPostChangesOnceAtTheEnd(connection);
                Set<Long> mentionedEvents = events.eventsOf(connection, post.slug());
                Optional<Existing> existing = deleteExisting(connection, post.slug());
                long version = existing.map(old -> old.version() + 1).orElse(1L);
                long postId = insertPost(connection, post, sourceRoot, sourceFile, contentHash,
                        existing.map(Existing::createdAt), version);
                insertTags(connection, postId, post.tags());
                insertSectionsAndLinkItems(connection, postId, post.sections());
                LinkAdditions.apply(connection, postId, post.slug());
                LinkCorrections.apply(connection, postId, post.slug());
                insertPostLinks(connection, postId, post.linkedSlugs());
                // before the events, whose lock is held until commit and makes writers wait for each other
                logPostChanges(connection, post.slug(), postId);
                events.write(connection, postId, EventExtractor.extract(windSections(post), post.date().toLocalDate()),
                        mentionedEvents);
                return new Written(existing.isEmpty(), version);
            }
        });
    }

    /** Deletes the post with this slug if it is at the expected version. */
    public void delete(String slug, Expected expected) {
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                lockSlug(connection, slug);
                check(connection, slug, expected);
                Optional<Existing> deleted = deleteExisting(connection, slug);
                // the deleted post's mentions are gone: its events are taken again from the posts left
                events.refreshAll(connection);
                return deleted;
            }
        });
    }

    private static void check(Connection connection, String slug, Expected expected) throws SQLException {
        if (expected.equals(Expected.ANYTHING)) {
            return;
        }
        OptionalLong current = OptionalLong.empty();
        try (PreparedStatement select = connection.prepareStatement("select version from post where slug = ?")) {
            select.setString(1, slug);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    current = OptionalLong.of(rows.getLong(1));
                }
            }
        }
        boolean holds = expected.absent() ? current.isEmpty()
                : current.isPresent() && (expected.version().getAsLong() < 0
                        || expected.version().getAsLong() == current.getAsLong());
        if (!holds) {
            throw new PreconditionFailedException(current);
        }
    }

    /** Deletes the posts of a source whose files are gone; returns their slugs by file. */
    public Map<String, String> removeMissing(String sourceRoot, Collection<String> presentFiles) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> removed = new HashMap<>();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "delete from post where source_root = ? and not (source_file = any (?)) returning source_file, slug")) {
                delete.setString(1, sourceRoot);
                delete.setArray(2, connection.createArrayOf("text", presentFiles.toArray()));
                try (ResultSet rows = delete.executeQuery()) {
                    while (rows.next()) {
                        removed.put(rows.getString(1), rows.getString(2));
                    }
                }
                events.refreshAll(connection);
            }
            return removed;
        });
    }

    /**
     * Takes the post's lock until the transaction ends: every writer of a post or of its link items takes it
     * (two importers, an upload beside a start-up import, the editorial API), so they write it one at a time.
     */
    public static void lockSlug(Connection connection, String slug) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "post:" + slug);
            lock.executeQuery().close();
        }
    }

    // The post and link item triggers stay quiet in this transaction (V15): logPostChanges compares once.
    private static void logPostChangesOnceAtTheEnd(Connection connection) throws SQLException {
        execute(connection, "select set_config('roundup.post_changes', 'once', true)");
    }

    private static void logPostChanges(Connection connection, String slug, long postId) throws SQLException {
        try (PreparedStatement sync = connection.prepareStatement(
                "select change_log_sync_posts(array[?::text], array[?::bigint], true)")) {
            sync.setString(1, slug);
            sync.setLong(2, postId);
            sync.executeQuery().close();
        }
    }

    private record Existing(Timestamp createdAt, long version) {
    }

    private static Optional<Existing> deleteExisting(Connection connection, String slug) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from post where slug = ? returning created_at, version")) {
            delete.setString(1, slug);
            try (ResultSet rows = delete.executeQuery()) {
                return rows.next() ? Optional.of(new Existing(rows.getTimestamp(1), rows.getLong(2))) : Optional.empty();
            }
        }
    }

    private static long insertPost(Connection connection, ParsedPost post, String sourceRoot, String sourceFile,
            String contentHash, Optional<Timestamp> createdAt, long version) throws SQLException {
        String sql = """
                insert into post (slug, title, author, published_at, published_offset, draft, roundup, categories,
                    keywords, description, image, thumbnail, intro_markdown, intro_html, body_markdown, body_html,
                    word_count, reading_minutes, source_root, source_file, content_hash, front_matter, created_at,
                    version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, coalesce(?, now()), ?)
                returning id""";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int column = 1;
            insert.setString(column++, post.slug());
            insert.setString(column++, post.title());
            insert.setString(column++, post.author().orElse(null));
            insert.setObject(column++, post.date());
            insert.setInt(column++, post.date().getOffset().getTotalSeconds());
            insert.setBoolean(column++, post.draft());
            insert.setBoolean(column++, post.roundup());
            insert.setArray(column++, connection.createArrayOf("text", post.categories().toArray()));
            insert.setArray(column++, connection.createArrayOf("text", post.keywords().toArray()));
            insert.setString(column++, post.description().orElse(null));
            insert.setString(column++, post.image().orElse(null));
            insert.setString(column++, post.thumbnail().orElse(null));
            insert.setString(column++, post.introMarkdown());
            insert.setString(column++, post.introHtml());
            insert.setString(column++, post.bodyMarkdown());
            insert.setString(column++, post.bodyHtml());
            insert.setInt(column++, post.wordCount());
            insert.setInt(column++, post.readingMinutes());
            insert.setString(column++, sourceRoot);
            insert.setString(column++, sourceFile);
            insert.setString(column++, contentHash);
            insert.setString(column++, post.frontMatterJson());
            insert.setTimestamp(column++, createdAt.orElse(null));
            insert.setLong(column, version);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void insertTags(Connection connection, long postId, List<String> tags) throws SQLException {
        if (tags.isEmpty()) {
            return;
        }
        Array slugs = connection.createArrayOf("text", tags.stream().map(Slugs::of).toArray());
        // The first spelling seen becomes the tag's display name; later spellings merge into it. Inserting in
        // slug order keeps concurrent writers from taking the same new tags' locks in opposite orders.
        try (PreparedStatement upsert = connection.prepareStatement("insert into tag (slug, name)"
                + " select * from unnest(?::text[], ?::text[]) as new (slug, name) order by slug on conflict (slug) do nothing")) {
            upsert.setArray(1, slugs);
            upsert.setArray(2, connection.createArrayOf("text", tags.toArray()));
            upsert.executeUpdate();
        }
        try (PreparedStatement link = connection.prepareStatement("""
                insert into post_tag (post_id, tag_id, position)
                select ?, tag.id, wanted.ordinality - 1
                from unnest(?::text[]) with ordinality as wanted (slug, ordinality)
                join tag on tag.slug = wanted.slug""")) {
            link.setLong(1, postId);
            link.setArray(2, slugs);
            link.executeUpdate();
        }
    }

    private static void insertSectionsAndLinkItems(Connection connection, long postId, List<ParsedSection> sections)
            throws SQLException {
        if (sections.isEmpty()) {
            return;
        }
        Map<Integer, Long> sectionIds = insertSections(connection, postId, sections);
        LinkItemColumns items = new LinkItemColumns();
        for (ParsedSection section : sections) {
            for (ParsedLinkItem item : section.linkItems()) {
                items.add(sectionIds.get(section.position()), item);
            }
        }
        if (!items.isEmpty()) {
            items.insert(connection, postId);
        }
    }

    private static Map<Integer, Long> insertSections(Connection connection, long postId, List<ParsedSection> sections)
            throws SQLException {
        int count = sections.size();
        Integer[] positions = new Integer[count];
        String[] headings = new String[count];
        String[] slugs = new String[count];
        String[] kinds = new String[count];
        String[] markdown = new String[count];
        String[] html = new String[count];
        for (int index = 0; index < count; index++) {
            ParsedSection section = sections.get(index);
            positions[index] = section.position();
            headings[index] = section.heading().orElse(null);
            slugs[index] = section.slug().orElse(null);
            kinds[index] = section.kind().dbValue();
            markdown[index] = section.markdown();
            html[index] = section.html();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into section (post_id, position, heading, slug, kind, markdown, html)
                select ?, * from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                returning position, id""")) {
            insert.setLong(1, postId);
            insert.setArray(2, connection.createArrayOf("int4", positions));
            insert.setArray(3, connection.createArrayOf("text", headings));
            insert.setArray(4, connection.createArrayOf("text", slugs));
            insert.setArray(5, connection.createArrayOf("text", kinds));
            insert.setArray(6, connection.createArrayOf("text", markdown));
            insert.setArray(7, connection.createArrayOf("text", html));
            Map<Integer, Long> ids = new HashMap<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getInt(1), rows.getLong(2));
                }
            }
            return ids;
        }
    }

    private static void insertPostLinks(Connection connection, long postId, Collection<String> targetSlugs)
            throws SQLException {
        if (targetSlugs.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into post_link (source_post_id, target_slug) select ?, unnest(?::text[]) on conflict do nothing")) {
            insert.setLong(1, postId);
            insert.setArray(2, connection.createArrayOf("text", targetSlugs.toArray()));
            insert.executeUpdate();
        }
    }

    private static List<String> windSections(ParsedPost post) {
        return post.sections().stream().filter(section -> section.kind() == SectionKind.WIND).map(ParsedSection::html)
                .toList();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    /** The link items of a post as column arrays, for one multi-row insert. */
    private static final class LinkItemColumns {
        private final List<Object> sectionIds = new ArrayList<>();
        private final List<Object> positions = new ArrayList<>();
        private final List<Object> postPositions = new ArrayList<>();
        private final List<Object> titles = new ArrayList<>();
        private final List<Object> urls = new ArrayList<>();
        private final List<Object> domains = new ArrayList<>();
        private final List<Object> normalizedUrls = new ArrayList<>();
        private final List<Object> targetSlugs = new ArrayList<>();
        private final List<Object> markdown = new ArrayList<>();
        private final List<Object> html = new ArrayList<>();
        private final List<Object> text = new ArrayList<>();

        void add(long sectionId, ParsedLinkItem item) {
            sectionIds.add(sectionId);
            positions.add(item.position());
            postPositions.add(postPositions.size());
            titles.add(item.title());
            urls.add(item.url());
            domains.add(item.domain().orElse(null));
            normalizedUrls.add(UrlNormalizer.normalize(item.url()));
            targetSlugs.add(item.targetSlug().orElse(null));
            markdown.add(item.commentaryMarkdown());
            html.add(item.commentaryHtml());
            text.add(item.commentaryText());
        }

        boolean isEmpty() {
            return titles.isEmpty();
        }

        void insert(Connection connection, long postId) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into link_item (post_id, section_id, position, post_position, title, url, domain,
                        normalized_url, target_slug, commentary_markdown, commentary_html, commentary_text)
                    select ?, * from unnest(?::bigint[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])""")) {
                insert.setLong(1, postId);
                insert.setArray(2, connection.createArrayOf("int8", sectionIds.toArray()));
                insert.setArray(3, connection.createArrayOf("int4", positions.toArray()));
                insert.setArray(4, connection.createArrayOf("int4", postPositions.toArray()));
                int column = 5;
                for (List<Object> values : List.of(titles, urls, domains, normalizedUrls, targetSlugs, markdown, html, text)) {
                    insert.setArray(column++, connection.createArrayOf("text", values.toArray()));
                }
                insert.executeUpdate();
            }
        }
    }
}
