package dev.roundup.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.SiteUrls;
import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Sort;
import dev.roundup.tag.TagRef;

/**
 * The SQL of the post reads, in one place. A list is two statements (count and page) whatever its size:
 * tags, link counts and headings come as aggregates of the page's rows, never one query per post.
 */
@ApplicationScoped
public class PostQueries {

    static final String SUMMARY_COLUMNS = """
            p.id, p.slug, p.title, p.published_at, p.published_offset, p.author, p.description, p.categories,
            p.image, p.thumbnail, p.reading_minutes, p.number,
            (select count(*) from link_item l join section s on s.id = l.section_id
                where l.post_id = p.id and s.kind not in ('wind', 'finally')) as link_count,
            (select coalesce(json_agg(json_build_object('name', t.name, 'slug', t.slug) order by pt.position), '[]')
                from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = p.id) as tags,
            (select coalesce(array_agg(s.heading order by s.position), '{}')
                from section s where s.post_id = p.id and s.heading is not null and s.parent_position is null)
                as headings""";
    private static final TypeReference<List<TagRef>> TAG_LIST = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    SiteUrls urls;

    @Inject
    ObjectMapper mapper;

    public long count(Where where) {
        return sql.count("select count(*) from post p" + where.sql(), where.parameters());
    }

    public List<Row<PostSummary>> page(Where where, Sort sort, long offset, int limit) {
        return page(where, sort, List.of(), offset, limit);
    }

    /** @param sortParameters the parameters of the sort expression (the query of a relevance sort) */
    public List<Row<PostSummary>> page(Where where, Sort sort, List<?> sortParameters, long offset, int limit) {
        // the sort expression stands in the select list, before the conditions
        List<Object> parameters = new ArrayList<>(sortParameters);
        parameters.addAll(where.parameters());
        parameters.add(limit);
        parameters.add(offset);
        // The page's ids first, then the aggregates for those rows only: rows skipped by the offset cost no subqueries.
        String direction = sort.descending() ? " desc" : " asc";
        String pageIds = "select p.id as page_id, " + sort.column() + " as sort_key from post p" + where.sql()
                + " order by sort_key" + direction + ", p.id" + direction + " limit ? offset ?";
        return sql.list("select " + SUMMARY_COLUMNS + " from (" + pageIds + ") page join post p on p.id = page.page_id"
                + " order by page.sort_key" + direction + ", page.page_id" + direction, parameters, this::summaryRow);
    }

    public Optional<Row<PostSummary>> published(String slug) {
        return find(slug, false);
    }

    /** A published post, or with {@code preview} any post, drafts and scheduled ones included. */
    public Optional<Row<PostSummary>> find(String slug, boolean preview) {
        Where where = (preview ? new Where() : new Where().and(PostFilter.PUBLISHED)).and("p.slug = ?", slug);
        return sql.first("select " + SUMMARY_COLUMNS + " from post p" + where.sql(), where.parameters(), this::summaryRow);
    }

    /** A summary with the values a keyset cursor needs: the id and the raw sort columns. */
    public record Row<T>(long id, OffsetDateTime publishedAt, T value) {
    }

    Row<PostSummary> summaryRow(ResultSet row) throws SQLException {
        OffsetDateTime date = date(row);
        PostSummary summary = new PostSummary(row.getString("slug"), row.getString("title"),
                row.getObject("number", Integer.class), date,
                row.getString("author"), row.getString("description"), tags(row.getString("tags")),
                strings(row, "categories"), row.getString("image"), row.getString("thumbnail"),
                urls.post(row.getString("slug")), row.getInt("link_count"), strings(row, "headings"),
                row.getInt("reading_minutes"));
        return new Row<>(row.getLong("id"), row.getObject("published_at", OffsetDateTime.class), summary);
    }

    /** The date with the offset the author wrote. */
    public static OffsetDateTime date(ResultSet row) throws SQLException {
        return row.getObject("published_at", OffsetDateTime.class)
                .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(row.getInt("published_offset")));
    }

    public static List<String> strings(ResultSet row, String column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    List<TagRef> tags(String json) {
        try {
            return mapper.readValue(json, TAG_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL's json_agg always gives a JSON array", e);
        }
    }

    PostRef ref(ResultSet row) throws SQLException {
        return new PostRef(row.getString("slug"), row.getString("title"), date(row), urls.post(row.getString("slug")));
    }

    /** The status of each of these posts, for editors' previews: one statement whatever the number. */
    public Map<String, PostStatus> statuses(List<String> slugs) {
        Map<String, PostStatus> statuses = new HashMap<>();
        sql.list("select slug, draft, published_at from post where slug = any (?)",
                List.of((Object) slugs.toArray(String[]::new)), row -> statuses.put(row.getString(1),
                        PostStatus.of(row.getBoolean(2), row.getObject(3, OffsetDateTime.class))));
        return statuses;
    }

    /** The current version of any post, drafts and scheduled ones included. */
    public Optional<Long> version(String slug) {
        return sql.first("select version from post where slug = ?", List.of(slug), row -> row.getLong(1));
    }

    /** What an editor's patch starts from: the post's version, its front matter (JSON) and its markdown body. */
    public record Source(long version, String frontMatterJson, String bodyMarkdown) {
    }

    public Optional<Source> source(String slug) {
        return sql.first("select version, front_matter::text, body_markdown from post where slug = ?", List.of(slug),
                row -> new Source(row.getLong(1), row.getString(2), row.getString(3)));
    }
}
