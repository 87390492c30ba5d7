package dev.roundup.link;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.SiteUrls;
import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.post.PostFilter;
import dev.roundup.post.PostQueries;
import dev.roundup.post.PostRef;
import dev.roundup.tag.TagRef;

/**
 * The SQL of the link reads, in one place. A list is two statements (count and page) whatever its size: each
 * row brings its section, its post and the post's tags (as a JSON aggregate), never one query per link.
 */
@ApplicationScoped
public class LinkQueries {

    static final String FROM = " from link_item l join section s on s.id = l.section_id join post p on p.id = l.post_id";
    private static final String COLUMNS = """
            l.id, l.title, l.url, l.domain, l.post_position, l.commentary_markdown, l.commentary_html,
            l.commentary_text, s.heading, s.slug as section_slug, p.id as post_id, p.slug, p.title as post_title,
            p.published_at, p.published_offset,
            (select coalesce(json_agg(json_build_object('name', t.name, 'slug', t.slug) order by pt.position), '[]')
                from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = p.id) as tags,
            """ + LinkItemParts.COLUMNS;
    private static final TypeReference<List<TagRef>> TAG_LIST = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    SiteUrls urls;

    @Inject
    ObjectMapper mapper;

    /** A link item with the raw values that sorting and keyset cursors need. */
    public record Row(long id, long postId, OffsetDateTime publishedAt, int postPosition, String title, String url,
            String domain, String markdown, String html, String text, LinkSummary.SectionRef section, PostRef post,
            List<TagRef> tags, List<String> labels, List<LinkItemView.SubItem> subItems,
            List<LinkSummary.SectionRef> sectionPath) {

        LinkSummary summary() {
            return new LinkSummary(id, title, url, domain, new LinkSummary.Commentary(html, Excerpt.of(text)), section,
                    post, tags, labels, subItems, sectionPath, markdown, text);
        }

        LinkView view() {
            return new LinkView(id, title, url, domain, new LinkView.Commentary(markdown, html, text, Excerpt.of(text)),
                    section, postPosition, post, tags, labels, subItems, sectionPath);
        }
    }

    public long count(Where where) {
        return sql.count("select count(*)" + FROM + where.sql(), where.parameters());
    }

    public List<Row> page(Where where, String orderBy, long offset, int limit) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        parameters.add(offset);
        return sql.list("select " + COLUMNS + FROM + where.sql() + " order by " + orderBy + " limit ? offset ?",
                parameters, this::row);
    }

    /** Any link item of a published post, WIND and Finally included: an id may come from a whole post. */
    public Optional<Row> published(long id) {
        Where where = new Where().and(PostFilter.PUBLISHED).and("l.id = ?", id);
        return sql.first("select " + COLUMNS + FROM + where.sql(), where.parameters(), this::row);
    }

    Row row(ResultSet row) throws SQLException {
        String slug = row.getString("slug");
        PostRef post = new PostRef(slug, row.getString("post_title"), PostQueries.date(row), urls.post(slug));
        return new Row(row.getLong("id"), row.getLong("post_id"), row.getObject("published_at", OffsetDateTime.class),
                row.getInt("post_position"), row.getString("title"), row.getString("url"), row.getString("domain"),
                row.getString("commentary_markdown"), row.getString("commentary_html"), row.getString("commentary_text"),
                new LinkSummary.SectionRef(row.getString("heading"), row.getString("section_slug")), post,
                tags(row.getString("tags")), LinkItemParts.labels(row), LinkItemParts.subItems(row, mapper),
                LinkItemParts.sectionPath(row));
    }

    private List<TagRef> tags(String json) {
        try {
            return mapper.readValue(json, TAG_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL's json_agg always gives a JSON array", e);
        }
    }
}
