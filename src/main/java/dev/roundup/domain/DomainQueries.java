package dev.roundup.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Sort;
import dev.roundup.link.LinkFilter;

/** The domain list's SQL: an aggregate over the curated link items of published posts. */
@ApplicationScoped
public class DomainQueries {

    private static final String FROM = " from link_item l join section s on s.id = l.section_id"
            + " join post p on p.id = l.post_id";

    @Inject
    Sql sql;

    /** Linked domains of published posts, those starting with the prefix when there is one. */
    public Where where(String prefix) {
        Where where = LinkFilter.all().where().and("l.domain is not null");
        if (prefix != null && !prefix.isBlank()) {
            where.and("l.domain like ?", escapeLike(LinkFilter.domainOf(prefix)) + "%");
        }
        return where;
    }

    public long count(Where where) {
        return sql.count("select count(distinct l.domain)" + FROM + where.sql(), where.parameters());
    }

    public List<DomainSummary> page(Where where, Sort sort, int size, long offset) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(size);
        parameters.add(offset);
        String direction = sort.descending() ? " desc" : "";
        // the name breaks ties, in the same direction only when it is the sort itself
        String orderBy = sort.column().equals("domain") ? "domain" + direction : sort.column() + direction + ", domain";
        return sql.list("select l.domain, count(*) as link_count, count(distinct l.post_id) as post_count,"
                + " min(p.published_at) as first_seen, max(p.published_at) as last_seen" + FROM + where.sql()
                + " group by l.domain order by " + orderBy + " limit ? offset ?", parameters,
                row -> new DomainSummary(row.getString("domain"), row.getLong("link_count"), row.getLong("post_count"),
                        utc(row.getObject("first_seen", OffsetDateTime.class)),
                        utc(row.getObject("last_seen", OffsetDateTime.class))));
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
