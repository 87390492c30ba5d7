package dev.roundup.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Sort;
import dev.roundup.link.LinkFilter;
import dev.roundup.link.LinkService;
import dev.roundup.link.LinkSummary;

/**
 * The linked domains: an aggregate over the curated link items of published posts, so it pages by number
 * only (two statements: count and page).
 */
@ApplicationScoped
public class DomainService {

    public static final Map<String, String> SORTS = Map.of("count", "link_count", "name", "domain", "lastSeen",
            "last_seen");
    public static final String DEFAULT_SORT = "-count";
    private static final String FROM = " from link_item l join section s on s.id = l.section_id"
            + " join post p on p.id = l.post_id";

    @Inject
    Sql sql;

    @Inject
    LinkService links;

    public Page<DomainSummary> list(String prefix, Sort sort, PageRequest page) {
        Where where = LinkFilter.all().where().and("l.domain is not null");
        if (prefix != null && !prefix.isBlank()) {
            where.and("l.domain like ?", escapeLike(LinkFilter.domainOf(prefix)) + "%");
        }
        long total = sql.count("select count(distinct l.domain)" + FROM + where.sql(), where.parameters());
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(page.size());
        parameters.add(page.offset());
        String direction = sort.descending() ? " desc" : "";
        // the name breaks ties, in the same direction only when it is the sort itself
        String orderBy = sort.column().equals("domain") ? "domain" + direction
                : sort.column() + direction + ", domain";
        List<DomainSummary> items = sql.list("select l.domain, count(*) as link_count,"
                + " count(distinct l.post_id) as post_count, min(p.published_at) as first_seen,"
                + " max(p.published_at) as last_seen" + FROM + where.sql() + " group by l.domain order by " + orderBy
                + " limit ? offset ?", parameters,
                row -> new DomainSummary(row.getString("domain"), row.getLong("link_count"), row.getLong("post_count"),
                        utc(row.getObject("first_seen", OffsetDateTime.class)),
                        utc(row.getObject("last_seen", OffsetDateTime.class))));
        return Page.of(items, page, total, null);
    }

    /** The domain's curated link items; 404 when no published post ever linked to it. */
    public Page<LinkSummary> links(String domain, Sort sort, PageRequest page) {
        Page<LinkSummary> result = links.list(LinkFilter.all().withDomain(domain), sort, page);
        if (result.meta().total() == 0) {
            throw new NotFoundException("no published post links to the domain '" + LinkFilter.domainOf(domain) + "'");
        }
        return result;
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
