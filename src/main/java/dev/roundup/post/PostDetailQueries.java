package dev.roundup.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.SiteUrls;
import dev.roundup.common.db.Sql;
import dev.roundup.link.LinkItemParts;
import dev.roundup.link.LinkItemView;
import dev.roundup.section.SectionView;

/** The SQL behind one whole post: a fixed number of statements, whatever the post holds. */
@ApplicationScoped
public class PostDetailQueries {

    private static final String REF_COLUMNS = "p.slug, p.title, p.published_at, p.published_offset";
    private static final int RELATED = 5;

    @Inject
    Sql sql;

    @Inject
    PostQueries posts;

    @Inject
    SiteUrls urls;

    @Inject
    ObjectMapper mapper;

    /** Bodies as markdown and HTML, keywords and the word count: the columns a summary leaves out. */
    public record Texts(String introMarkdown, String introHtml, String bodyMarkdown, String bodyHtml,
            List<String> keywords, int wordCount, boolean roundup, long version, boolean draft) {
    }

    public Texts texts(long postId) {
        return sql.first("""
                select intro_markdown, intro_html, body_markdown, body_html, keywords, word_count, roundup, version, draft
                from post where id = ?""", List.of(postId),
                row -> new Texts(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        PostQueries.strings(row, "keywords"), row.getInt(6), row.getBoolean(7), row.getLong(8),
                        row.getBoolean(9)))
                .orElseThrow();
    }

    /** The post's top-level sections, each with its sub-sections: two statements, whatever the post holds. */
    public List<SectionView> sections(long postId) {
        Map<Long, List<LinkItemView>> linksBySection = linkItems(postId);
        List<SectionRow> rows = sql.list("""
                select id, heading, slug, kind, position, markdown, html, level, parent_position, heading_url
                from section where post_id = ? order by position""", List.of(postId),
                row -> new SectionRow(row.getLong("id"), row.getString("heading"), row.getString("slug"),
                        row.getString("kind"), row.getInt("position"), row.getString("markdown"), row.getString("html"),
                        row.getInt("level"), row.getObject("parent_position", Integer.class), row.getString("heading_url")));
        Map<Integer, List<SectionRow>> children = new HashMap<>();
        rows.stream().filter(row -> row.parentPosition() != null)
                .forEach(row -> children.computeIfAbsent(row.parentPosition(), parent -> new ArrayList<>()).add(row));
        return rows.stream().filter(row -> row.parentPosition() == null)
                .map(row -> row.view(children, linksBySection)).toList();
    }

    private record SectionRow(long id, String heading, String slug, String kind, int position, String markdown,
            String html, int level, Integer parentPosition, String url) {

        SectionView view(Map<Integer, List<SectionRow>> children, Map<Long, List<LinkItemView>> links) {
            List<SectionView> sections = children.getOrDefault(position, List.of()).stream()
                    .map(child -> child.view(children, links)).toList();
            return new SectionView(heading, slug, kind, position, markdown, html, links.getOrDefault(id, List.of()),
                    level, url, sections);
        }
    }

    private Map<Long, List<LinkItemView>> linkItems(long postId) {
        Map<Long, List<LinkItemView>> bySection = new LinkedHashMap<>();
        sql.list("""
                select l.id, l.section_id, l.title, l.url, l.domain, l.position, l.commentary_markdown,
                    l.commentary_html, l.commentary_text, target.slug, target.title, target.published_at,
                    target.published_offset, """ + LinkItemParts.COLUMNS + """

                from link_item l
                join section s on s.id = l.section_id
                left join post target on target.slug = l.target_slug
                    and post_is_public(target.draft, target.published_at)
                where l.post_id = ? order by l.post_position""", List.of(postId), row -> {
            String targetSlug = row.getString(10);
            PostRef linked = targetSlug == null ? null
                    : new PostRef(targetSlug, row.getString(11), row.getObject(12, java.time.OffsetDateTime.class)
                            .withOffsetSameInstant(java.time.ZoneOffset.ofTotalSeconds(row.getInt(13))),
                            urls.post(targetSlug));
            LinkItemView item = new LinkItemView(row.getLong(1), row.getString(3), row.getString(4), row.getString(5),
                    new LinkItemView.Commentary(row.getString(7), row.getString(8), row.getString(9)), row.getInt(6),
                    linked, LinkItemParts.labels(row), LinkItemParts.subItems(row, mapper),
                    LinkItemParts.sectionPath(row));
            bySection.computeIfAbsent(row.getLong(2), id -> new ArrayList<>()).add(item);
            return item;
        });
        return bySection;
    }

    public Optional<PostRef> neighbour(PostQueries.Row<?> post, boolean next) {
        String comparison = next ? ">" : "<";
        String direction = next ? "asc" : "desc";
        return sql.first("select " + REF_COLUMNS + " from post p where " + PostFilter.PUBLISHED
                + " and (p.published_at, p.id) " + comparison + " (?, ?) order by p.published_at " + direction
                + ", p.id " + direction + " limit 1", List.of(post.publishedAt(), post.id()), posts::ref);
    }

    public List<PostRef> related(long postId) {
        return sql.list("select " + REF_COLUMNS + """
                 from post_tag mine
                join post_tag theirs on theirs.tag_id = mine.tag_id and theirs.post_id <> mine.post_id
                join post p on p.id = theirs.post_id
                where mine.post_id = ? and """ + " " + PostFilter.PUBLISHED + """
                 group by p.id
                order by count(*) desc, p.published_at desc, p.id desc
                limit ?""", List.of(postId, RELATED), posts::ref);
    }

    public List<PostRef> linksTo(long postId) {
        return sql.list("select " + REF_COLUMNS + " from post_link pl join post p on p.slug = pl.target_slug"
                + " where pl.source_post_id = ? and " + PostFilter.PUBLISHED + " order by p.published_at, p.id",
                List.of(postId), posts::ref);
    }

    public List<PostRef> linkedFrom(String slug) {
        return sql.list("select " + REF_COLUMNS + " from post_link pl join post p on p.id = pl.source_post_id"
                + " where pl.target_slug = ? and " + PostFilter.PUBLISHED + " order by p.published_at, p.id",
                List.of(slug), posts::ref);
    }
}
