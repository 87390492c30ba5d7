package dev.roundup.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.event.EventExtractor;
import dev.roundup.event.EventWriter;
import dev.roundup.event.list.ListedEventWriter;
import dev.roundup.link.LinkAdditions;
import dev.roundup.link.LinkCorrections;
import dev.roundup.section.SectionKind;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes parsed posts, each whole in its own transaction. Plain JDBC with array parameters ({@link PostRows}): a
 * post with its tags, sections and link items costs a handful of round trips whatever its size, which keeps imports of
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

    @Inject
    ListedEventWriter listedEvents;

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
                if (!mentionedEvents.isEmpty()) {
                    events.lock(connection);
                }
                Optional<Existing> existing = deleteExisting(connection, post.slug());
                long version = existing.map(old -> old.version() + 1).orElse(1L);
                PostRows.Row row = new PostRows.Row(post, sourceRoot, sourceFile, contentHash,
                        existing.map(Existing::createdAt).orElse(null), version);
                long postId = PostRows.insert(connection, List.of(row)).get(post.slug());
                applyEditorsLinkChanges(connection, postId, post.slug());
                // before the events, whose lock is held until commit and makes writers wait for each other
                logPostChanges(connection, List.of(post.slug()), List.of(postId));
                writeEvents(connection, postId, post, mentionedEvents);
                return new Written(existing.isEmpty(), version);
            }
        });
    }

    /** Puts editors' additions and corrections back into the post's freshly written link items. */
    static void applyEditorsLinkChanges(Connection connection, long postId, String slug) throws SQLException {
        LinkAdditions.apply(connection, postId, slug);
        LinkCorrections.apply(connection, postId, slug);
    }

    /**
     * Writes the events the post's WIND sections announce and its events lists name; {@code mentionedBefore}: those
     * it named until now.
     */
    void writeEvents(Connection connection, long postId, ParsedPost post, Set<Long> mentionedBefore)
            throws SQLException {
        Set<Long> touched = new HashSet<>(mentionedBefore);
        touched.addAll(listedEvents.write(connection, postId, post.listedEvents()));
        events.write(connection, postId, EventExtractor.extract(windSections(post), post.date().toLocalDate()),
                touched);
    }

    /** Deletes the post with this slug if it is at the expected version. */
    public void delete(String slug, Expected expected) {
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                lockSlug(connection, slug);
                check(connection, slug, expected);
                events.lock(connection);
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
    static void logPostChangesOnceAtTheEnd(Connection connection) throws SQLException {
        execute(connection, "select set_config('roundup.post_changes', 'once', true)");
    }

    /** Logs the changes of these posts (slugs, and the ids of those that exist now) as one step. */
    static void logPostChanges(Connection connection, Collection<String> slugs, Collection<Long> postIds)
            throws SQLException {
        try (PreparedStatement sync = connection.prepareStatement(
                "select change_log_sync_posts(?::text[], ?::bigint[], true)")) {
            sync.setArray(1, connection.createArrayOf("text", slugs.toArray()));
            sync.setArray(2, connection.createArrayOf("int8", postIds.toArray()));
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

    /** The WIND sections that are not inside another one: a sub-section's HTML is in its parent's already. */
    private static List<String> windSections(ParsedPost post) {
        Map<Integer, SectionKind> kinds = new HashMap<>();
        post.sections().forEach(section -> kinds.put(section.position(), section.kind()));
        return post.sections().stream().filter(section -> section.kind() == SectionKind.WIND)
                .filter(section -> kinds.get(section.parentPosition()) != SectionKind.WIND).map(ParsedSection::html)
                .toList();
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
