package dev.roundup.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.post.PostFilter;

/**
 * The SQL of a search, in one statement: the hits of every requested type (one branch per type, same
 * columns), materialized once, then the facets over all of them and the page with its snippets. Ranking is
 * {@code ts_rank_cd} with length normalisation (so a long roundup does not outrank the link it quotes), and
 * {@code ts_headline} runs on the page's rows only, never on the whole result set.
 */
@ApplicationScoped
public class SearchQueries {

    // Marks PostgreSQL puts around matches: private-use characters stripped from the text beforehand, turned
    // into <mark> after the text has been HTML-escaped (Highlights).
    static final String START = "\uE000";
    static final String STOP = "\uE001";
    private static final String TITLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";
    private static final String TEXT_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String HIT_COLUMNS = "type, id, post_id, section_id, at, score";
    /**
     * The matches of one type that are ranked and counted for the facets. Ranking reads every candidate's
     * vector, so this bounds the cost of a very common word; a search that matches more is flagged approximate.
     */
    static final int CANDIDATES = 500;
    /** Above this many matches of one type, meta.total is this lower bound (flagged totalApproximate). */
    static final int COUNT_LIMIT = 2_000;
    /**
     * By date, link items that match are looked for among the link items of this many of the newest posts first. (A
     * walk for posts did not pay: checking one post cost as much as ten link items, and a word must be in an eighth of
     * the posts for 4,000 of them to hold 500 matches.)
     */
    static final int LINK_WALK_POSTS = 1_000;

    @Inject
    Sql sql;

    /** A page row or the facets row of the statement's result, as JSON text. */
    public record Result(String facets, String items) {
    }

    public Result search(SearchRequest request) {
        Statement statement = statement(request);
        return sql.first(statement.sql(), statement.parameters(), SearchQueries::result).orElseThrow();
    }

    /** The SQL and its parameters, also for the benchmark's bare-SQL baseline (SearchSql). */
    public record Statement(String sql, List<Object> parameters) {
    }

    static Statement statement(SearchRequest request) {
        return statement(request, LINK_WALK_POSTS, CANDIDATES);
    }

    /**
     * With the link items' date walk over {@code linkWalkPosts} posts (0: none) keeping {@code walkCandidates}, so that
     * tests on a small corpus reach both its trusted path and its fallback.
     */
    static Statement statement(SearchRequest request, int linkWalkPosts, int walkCandidates) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(request.query());
        StringBuilder statement = new StringBuilder("with q as materialized (select ")
                .append(SearchConditions.TSQUERY).append(" as query),\n");
        List<SearchBranch> branches = branches(request, linkWalkPosts, walkCandidates);
        for (SearchBranch branch : branches) {
            if (branch.walks(request)) {
                statement.append(branch.walkCtes(request));
                branch.walkParameters(request, parameters);
            }
        }
        statement.append("hits as materialized (\n");
        if (branches.isEmpty()) {
            statement.append("select null::text as type, null::bigint as id, null::bigint as post_id,"
                    + " null::bigint as section_id, null::timestamptz as at, null::real as score where false\n");
        }
        for (int i = 0; i < branches.size(); i++) {
            SearchBranch branch = branches.get(i);
            statement.append(i == 0 ? "" : "\nunion all\n").append("(").append(branch.candidates(request)).append(")");
            parameters.addAll(branch.where().parameters());
            request.page().cursor().ifPresent(cursor -> branch.keysetParameters(request.page(), parameters));
        }
        // Each type's exact count, needed only when its candidates were capped (a CASE evaluates its
        // subquery only when it takes that branch), and itself bounded by COUNT_LIMIT.
        // After a cursor the hits start there, so the totals are always counted.
        String typeList = branches.isEmpty() ? "select null::text where false"
                : "values " + String.join(", ", branches.stream().map(branch -> "('" + branch.type() + "')").toList());
        statement.append("),\ncounts as (select type, count(*) as n from hits group by type),\n"
                + "totals as (select b.type, coalesce(c.n, 0) as n, case when ")
                .append(request.page().cursor().isPresent() ? "false" : "coalesce(c.n, 0) < " + CANDIDATES)
                .append(" then coalesce(c.n, 0)");
        for (SearchBranch branch : branches) {
            statement.append(" when b.type = '").append(branch.type()).append("' then (select count(*) from (")
                    .append(branch.matches()).append(" limit ").append(COUNT_LIMIT).append(") m)");
            parameters.addAll(branch.where().parameters());
        }
        statement.append(" else coalesce(c.n, 0) end as total from (").append(typeList)
                .append(") b (type) left join counts c on c.type = b.type),\npage as (select * from hits h order by ")
                .append(order(request)).append(" limit ? offset ?)\n");
        parameters.add(request.page().size() + 1);
        parameters.add(request.page().cursor().isPresent() ? 0 : request.page().offset());
        statement.append("select ").append(facets(request)).append(" as facets,\n(").append(items(request))
                .append(") as items");
        return new Statement(statement.toString(), parameters);
    }

    private static Result result(ResultSet row) throws SQLException {
        return new Result(row.getString("facets"), row.getString("items"));
    }

    /** One branch per requested type, all with the columns {@value #HIT_COLUMNS}. */
    private static List<SearchBranch> branches(SearchRequest request, int linkWalkPosts, int walkCandidates) {
        List<SearchBranch> branches = new ArrayList<>();
        if (request.types().contains(SearchType.POST)) {
            Where where = request.postScope().where().and("p.search @@ q.query");
            request.section().ifPresent(slug -> where.and(
                    "exists (select 1 from section s where s.post_id = p.id and s.slug = ?)", slug));
            request.domain().ifPresent(domain -> where.and(
                    "exists (select 1 from link_item d where d.post_id = p.id and d.domain = ?)", domain));
            branches.add(new SearchBranch("post", "p.id", "p.id as post_id, null::bigint as section_id", "p.search",
                    "p.published_at", " from q, post p", where, null, null, null));
        }
        if (request.types().contains(SearchType.LINK)) {
            Where where = request.postScope().where().and("l.search @@ q.query");
            request.section().ifPresent(slug -> where.and(
                    "exists (select 1 from section s where s.id = l.section_id and ? = any (s.path))", slug));
            request.domain().ifPresent(domain -> where.and("l.domain = ?", domain));
            // Unfiltered (only "published"), the first matches come straight from the GIN index and each finds
            // its post by key: no join over every published post. The visibility check is inside the limit, so
            // that fewer than CANDIDATES rows always means "all of them".
            boolean unfiltered = request.postScope().where().parameters().isEmpty() && request.section().isEmpty()
                    && request.domain().isEmpty();
            String capped = unfiltered ? " from q, (select l.* from q, link_item l where l.search @@ q.query"
                    + " and exists (select 1 from post p where p.id = l.post_id and " + PostFilter.PUBLISHED + ")"
                    + " limit " + CANDIDATES + ") l join post p on p.id = l.post_id" : null;
            branches.add(new SearchBranch("link", "l.id", "l.post_id, l.section_id", "l.search", "p.published_at",
                    " from q, link_item l join post p on p.id = l.post_id", where, capped, null,
                    walkPays(request) ? linkWalk(linkWalkPosts, walkCandidates) : null));
        }
        if (request.types().contains(SearchType.EVENT)) {
            branches.add(EventHits.branch(request));
        }
        return branches;
    }

    // The newest posts hold the newest matches only when no filter keeps most of them out (an end date before them,
    // a tag, a section or a domain that few of them have): then the walk would only add its cost.
    private static boolean walkPays(SearchRequest request) {
        PostFilter scope = request.postScope();
        return scope.to().isEmpty() && scope.tagSlugs().isEmpty() && request.section().isEmpty()
                && request.domain().isEmpty();
    }

    // Lateral and with offset 0: PostgreSQL then reads one post's link items after the other, in date order, and
    // stops at the last candidate, instead of joining the posts with every match of the word.
    private static DateWalk linkWalk(int posts, int candidates) {
        return posts == 0 ? null
                : new DateWalk(posts, candidates, " cross join lateral (select p.* from post p where p.id = w.id"
                        + " offset 0) p cross join lateral (select l.* from link_item l where l.post_id = w.id"
                        + " and l.search @@ q.query offset 0) l", "l.id");
    }

    private static String order(SearchRequest request) {
        return request.byDate() ? "h.at desc, h.type desc, h.id desc" : "h.score desc, h.at desc, h.type desc, h.id desc";
    }

    private static String facets(SearchRequest request) {
        String types = "(select coalesce(json_agg(json_build_object('value', f.type, 'count', f.total) order by"
                + " f.total desc, f.type), '[]') from totals f),\n'approximate', exists (select 1 from totals"
                + " where total > n),\n'totalApproximate', exists (select 1 from totals where total >= " + COUNT_LIMIT
                + ")";
        if (!request.facets()) {
            return "json_build_object('type', " + types + ")";
        }
        return "json_build_object('type', " + types
                + ",\n'tag', (select coalesce(json_agg(json_build_object('value', f.slug, 'label', f.label, 'count', f.n)"
                + " order by f.n desc, f.slug), '[]') from (select t.slug, min(t.name) as label, count(*) as n from hits h"
                + " join post_tag pt on pt.post_id = h.post_id join tag t on t.id = pt.tag_id group by t.slug"
                + " order by n desc, t.slug limit " + SearchFacets.TOP + ") f)"
                + ",\n'section', (select coalesce(json_agg(json_build_object('value', f.slug, 'label', f.label, 'count', f.n)"
                + " order by f.n desc, f.slug), '[]') from (select s.slug, min(s.heading) as label, count(*) as n"
                + " from hits h join section s on s.id = h.section_id where s.slug is not null group by s.slug"
                + " order by n desc, s.slug limit " + SearchFacets.TOP + ") f)"
                + ",\n'year', (select coalesce(json_agg(json_build_object('value', f.year::text, 'count', f.n)"
                + " order by f.year desc), '[]') from (select extract(year from h.at at time zone 'UTC')::int as year,"
                + " count(*) as n from hits h group by 1) f))";
    }

    /** The page's rows with what the response shows, snippets included, as a JSON array in page order. */
    private static String items(SearchRequest request) {
        String postText = "regexp_replace(coalesce(p.description, '') || ' ' || p.intro_markdown || ' '"
                + " || case when p.roundup then '' else left(p.body_markdown, 4000) end,"
                + " '\\[[0-9]+\\]:\\s*\\S+|\\]\\[[0-9]+\\]|<!--more-->|[][*_`#>]', ' ', 'g')";
        String title = "case h.type when 'link' then l.title when 'event' then e.name else p.title end";
        String text = "case h.type when 'link' then l.commentary_text when 'event' then " + EventHits.TEXT + " else "
                + postText + " end";
        return "select coalesce(json_agg(json_build_object('type', h.type, 'id', h.id, 'score', "
                + (request.byDate() ? "ts_rank_cd(case h.type when 'link' then l.search when 'event' then e.search"
                        + " else p.search end, q.query, 1)" : "h.score")
                + ", 'at', h.at, 'eventSlug', e.slug, 'postSlug', p.slug, 'postTitle', p.title,"
                + " 'postAt', p.published_at, 'offset', p.published_offset, 'url', coalesce(l.url, e.url),"
                + " 'domain', coalesce(l.domain, e.domain), 'sectionSlug', s.slug, 'sectionHeading', s.heading,"
                + " 'title', " + title + ","
                + " 'titleHighlight', ts_headline('" + SearchConditions.CONFIG + "', " + clean(title) + ", q.query, '"
                + TITLE_OPTIONS + "'),"
                + " 'textHighlight', ts_headline('" + SearchConditions.CONFIG + "', " + clean(text) + ", q.query, '"
                + TEXT_OPTIONS + "')) order by " + order(request) + "), '[]')"
                + " from page h cross join q left join post p on p.id = h.post_id"
                + " left join link_item l on h.type = 'link' and l.id = h.id"
                + " left join event e on h.type = 'event' and e.id = h.id left join section s on s.id = h.section_id";
    }

    private static String clean(String expression) {
        return "translate(" + expression + ", '" + START + STOP + "', '')";
    }

    /** The position in a date-sorted result: the date, then the type and id that break ties. */
    record DateCursor(OffsetDateTime at, String type) {

        static String value(OffsetDateTime at, String type) {
            return at + "|" + type;
        }

        static DateCursor decode(PageRequest page) {
            return page.cursorValue(value -> {
                String[] parts = value.split("\\|", -1);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("wrong shape");
                }
                return new DateCursor(OffsetDateTime.parse(parts[0]), parts[1]);
            });
        }
    }
}
