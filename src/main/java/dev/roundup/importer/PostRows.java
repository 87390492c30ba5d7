package dev.roundup.importer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.roundup.common.Slugs;
import dev.roundup.common.UrlNormalizer;

/**
 * Inserts posts with their tags, sections, link items and links to other posts: one statement per table, however
 * many posts, with column arrays as parameters. A single write passes one post; the bulk first import a batch.
 */
final class PostRows {

    /** A post to insert; createdAt is null for a new post (it gets now()). */
    record Row(ParsedPost post, String sourceRoot, String sourceFile, String contentHash, Timestamp createdAt,
            long version) {
    }

    private PostRows() {
    }

    /** Inserts the rows; returns the new posts' ids by slug. */
    static Map<String, Long> insert(Connection connection, List<Row> rows) throws SQLException {
        Map<String, Long> ids = insertPosts(connection, rows);
        insertTags(connection, rows, ids);
        insertSectionsAndLinkItems(connection, rows, ids);
        insertPostLinks(connection, rows, ids);
        return ids;
    }

    private static Map<String, Long> insertPosts(Connection connection, List<Row> rows) throws SQLException {
        String sql = """
                insert into post (slug, title, author, published_at, published_offset, draft, roundup, categories,
                    keywords, description, image, thumbnail, intro_markdown, intro_html, body_markdown, body_html,
                    word_count, reading_minutes, source_root, source_file, content_hash, front_matter, created_at,
                    version, number)
                select slug, title, author, published_at::timestamptz, published_offset, draft, roundup,
                    array(select jsonb_array_elements_text(categories::jsonb)),
                    array(select jsonb_array_elements_text(keywords::jsonb)), description, image, thumbnail,
                    intro_markdown, intro_html, body_markdown, body_html, word_count, reading_minutes, source_root,
                    source_file, content_hash, front_matter::jsonb, coalesce(created_at::timestamptz, now()), version,
                    number
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::boolean[], ?::boolean[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[],
                    ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::int[])
                    as new (slug, title, author, published_at, published_offset, draft, roundup, categories, keywords,
                        description, image, thumbnail, intro_markdown, intro_html, body_markdown, body_html,
                        word_count, reading_minutes, source_root, source_file, content_hash, front_matter, created_at,
                        version, number)
                returning slug, id""";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            Columns<Row> columns = new Columns<>(connection, insert, rows);
            columns.text(row -> row.post().slug());
            columns.text(row -> row.post().title());
            columns.text(row -> row.post().author().orElse(null));
            columns.text(row -> row.post().date().toString());
            columns.of("int4", row -> row.post().date().getOffset().getTotalSeconds());
            columns.of("bool", row -> row.post().draft());
            columns.of("bool", row -> row.post().roundup());
            columns.text(row -> RowJson.of(row.post().categories()));
            columns.text(row -> RowJson.of(row.post().keywords()));
            columns.text(row -> row.post().description().orElse(null));
            columns.text(row -> row.post().image().orElse(null));
            columns.text(row -> row.post().thumbnail().orElse(null));
            columns.text(row -> row.post().introMarkdown());
            columns.text(row -> row.post().introHtml());
            columns.text(row -> row.post().bodyMarkdown());
            columns.text(row -> row.post().bodyHtml());
            columns.of("int4", row -> row.post().wordCount());
            columns.of("int4", row -> row.post().readingMinutes());
            columns.text(Row::sourceRoot);
            columns.text(Row::sourceFile);
            columns.text(Row::contentHash);
            columns.text(row -> row.post().frontMatterJson());
            columns.text(row -> row.createdAt() == null ? null : row.createdAt().toInstant().toString());
            columns.of("int8", Row::version);
            columns.of("int4", row -> row.post().number().orElse(null));
            Map<String, Long> ids = new HashMap<>();
            try (ResultSet inserted = insert.executeQuery()) {
                while (inserted.next()) {
                    ids.put(inserted.getString(1), inserted.getLong(2));
                }
            }
            return ids;
        }
    }

    private static void insertTags(Connection connection, List<Row> rows, Map<String, Long> ids) throws SQLException {
        // The first spelling seen becomes the tag's display name; later spellings merge into it. Inserting in
        // slug order keeps concurrent writers from taking the same new tags' locks in opposite orders.
        Map<String, String> spellings = new LinkedHashMap<>();
        List<TagOfPost> tagsOfPosts = new ArrayList<>();
        for (Row row : rows) {
            List<String> tags = row.post().tags();
            for (int position = 0; position < tags.size(); position++) {
                String slug = Slugs.of(tags.get(position));
                spellings.putIfAbsent(slug, tags.get(position));
                tagsOfPosts.add(new TagOfPost(ids.get(row.post().slug()), slug, position));
            }
        }
        if (tagsOfPosts.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("insert into tag (slug, name)"
                + " select * from unnest(?::text[], ?::text[]) as new (slug, name) order by slug on conflict (slug) do nothing")) {
            upsert.setArray(1, connection.createArrayOf("text", spellings.keySet().toArray()));
            upsert.setArray(2, connection.createArrayOf("text", spellings.values().toArray()));
            upsert.executeUpdate();
        }
        try (PreparedStatement link = connection.prepareStatement("""
                insert into post_tag (post_id, tag_id, position)
                select wanted.post_id, tag.id, wanted.position
                from unnest(?::bigint[], ?::text[], ?::int[]) as wanted (post_id, slug, position)
                join tag on tag.slug = wanted.slug""")) {
            Columns<TagOfPost> columns = new Columns<>(connection, link, tagsOfPosts);
            columns.of("int8", TagOfPost::postId);
            columns.text(TagOfPost::slug);
            columns.of("int4", TagOfPost::position);
            link.executeUpdate();
        }
    }

    private record TagOfPost(long postId, String slug, int position) {
    }

    private record SectionOfPost(long postId, ParsedSection section) {
    }

    private record ItemOfPost(long postId, long sectionId, int postPosition, ParsedLinkItem item) {
    }

    private static void insertSectionsAndLinkItems(Connection connection, List<Row> rows, Map<String, Long> ids)
            throws SQLException {
        List<SectionOfPost> sections = new ArrayList<>();
        for (Row row : rows) {
            row.post().sections().forEach(section -> sections.add(new SectionOfPost(ids.get(row.post().slug()), section)));
        }
        if (sections.isEmpty()) {
            return;
        }
        Map<String, Long> sectionIds = insertSections(connection, sections);
        List<ItemOfPost> items = new ArrayList<>();
        Map<Long, Integer> postPositions = new HashMap<>();
        for (SectionOfPost section : sections) {
            long sectionId = sectionIds.get(section.postId() + ":" + section.section().position());
            for (ParsedLinkItem item : section.section().linkItems()) {
                int postPosition = postPositions.merge(section.postId(), 1, Integer::sum) - 1;
                items.add(new ItemOfPost(section.postId(), sectionId, postPosition, item));
            }
        }
        if (!items.isEmpty()) {
            insertLinkItems(connection, items);
        }
    }

    /** Returns the sections' ids by "postId:position". */
    private static Map<String, Long> insertSections(Connection connection, List<SectionOfPost> sections)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into section (post_id, position, heading, slug, kind, markdown, html, level, parent_position,
                    path, heading_path, heading_url, subtree_end)
                select post_id, position, heading, slug, kind, markdown, html, level, parent_position,
                    array(select jsonb_array_elements_text(path::jsonb)),
                    array(select jsonb_array_elements_text(heading_path::jsonb)), heading_url, subtree_end
                from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[],
                    ?::int[], ?::text[], ?::text[], ?::text[], ?::int[])
                    as new (post_id, position, heading, slug, kind, markdown, html, level, parent_position, path,
                        heading_path, heading_url, subtree_end)
                returning post_id, position, id""")) {
            Map<SectionOfPost, List<String>> headingPaths = headingPaths(sections);
            Columns<SectionOfPost> columns = new Columns<>(connection, insert, sections);
            columns.of("int8", SectionOfPost::postId);
            columns.of("int4", section -> section.section().position());
            columns.text(section -> section.section().heading().orElse(null));
            columns.text(section -> section.section().slug().orElse(null));
            columns.text(section -> section.section().kind().dbValue());
            columns.text(section -> section.section().markdown());
            columns.text(section -> section.section().html());
            columns.of("int4", section -> section.section().level());
            columns.of("int4", section -> section.section().topLevel() ? null : section.section().parentPosition());
            columns.text(section -> RowJson.of(section.section().path()));
            columns.text(section -> RowJson.of(headingPaths.get(section)));
            columns.text(section -> section.section().headingUrl().orElse(null));
            columns.of("int4", section -> section.section().subtreeEnd());
            Map<String, Long> ids = new HashMap<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getLong(1) + ":" + rows.getInt(2), rows.getLong(3));
                }
            }
            return ids;
        }
    }

    /** Each section's headings from the top-level one down to its own; sections come in document order. */
    private static Map<SectionOfPost, List<String>> headingPaths(List<SectionOfPost> sections) {
        Map<SectionOfPost, List<String>> paths = new IdentityHashMap<>();
        Map<String, List<String>> byPosition = new HashMap<>();
        for (SectionOfPost section : sections) {
            ParsedSection parsed = section.section();
            List<String> path = new ArrayList<>(parsed.topLevel() ? List.of()
                    : byPosition.getOrDefault(section.postId() + ":" + parsed.parentPosition(), List.of()));
            parsed.heading().ifPresent(path::add);
            byPosition.put(section.postId() + ":" + parsed.position(), path);
            paths.put(section, path);
        }
        return paths;
    }

    private static void insertLinkItems(Connection connection, List<ItemOfPost> items) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into link_item (post_id, section_id, position, post_position, title, url, domain,
                    normalized_url, target_slug, commentary_markdown, commentary_html, commentary_text, labels, sub_items)
                select post_id, section_id, position, post_position, title, url, domain, normalized_url, target_slug,
                    commentary_markdown, commentary_html, commentary_text,
                    array(select jsonb_array_elements_text(labels::jsonb)), sub_items::jsonb
                from unnest(?::bigint[], ?::bigint[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as new (post_id, section_id, position, post_position, title, url, domain, normalized_url,
                        target_slug, commentary_markdown, commentary_html, commentary_text, labels, sub_items)""")) {
            Columns<ItemOfPost> columns = new Columns<>(connection, insert, items);
            columns.of("int8", ItemOfPost::postId);
            columns.of("int8", ItemOfPost::sectionId);
            columns.of("int4", item -> item.item().position());
            columns.of("int4", ItemOfPost::postPosition);
            columns.text(item -> item.item().title());
            columns.text(item -> item.item().url());
            columns.text(item -> item.item().domain().orElse(null));
            columns.text(item -> UrlNormalizer.normalize(item.item().url()));
            columns.text(item -> item.item().targetSlug().orElse(null));
            columns.text(item -> item.item().commentaryMarkdown());
            columns.text(item -> item.item().commentaryHtml());
            columns.text(item -> item.item().commentaryText());
            columns.text(item -> RowJson.of(item.item().labels()));
            columns.text(item -> RowJson.subItems(item.item().subItems()));
            insert.executeUpdate();
        }
    }

    private record LinkToPost(long sourceId, String targetSlug) {
    }

    private static void insertPostLinks(Connection connection, List<Row> rows, Map<String, Long> ids)
            throws SQLException {
        List<LinkToPost> links = new ArrayList<>();
        for (Row row : rows) {
            row.post().linkedSlugs().forEach(target -> links.add(new LinkToPost(ids.get(row.post().slug()), target)));
        }
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into post_link (source_post_id, target_slug)"
                + " select * from unnest(?::bigint[], ?::text[]) on conflict do nothing")) {
            Columns<LinkToPost> columns = new Columns<>(connection, insert, links);
            columns.of("int8", LinkToPost::sourceId);
            columns.text(LinkToPost::targetSlug);
            insert.executeUpdate();
        }
    }

    /** Binds one array parameter per column, in order, from the same list of rows. */
    private static final class Columns<T> {
        private final Connection connection;
        private final PreparedStatement statement;
        private final List<T> rows;
        private int next = 1;

        Columns(Connection connection, PreparedStatement statement, List<T> rows) {
            this.connection = connection;
            this.statement = statement;
            this.rows = rows;
        }

        void text(Function<T, String> value) throws SQLException {
            of("text", value);
        }

        void of(String type, Function<T, ?> value) throws SQLException {
            Array array = connection.createArrayOf(type, rows.stream().map(value).toArray());
            statement.setArray(next++, array);
        }
    }
}
