package dev.roundup.site;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.roundup.common.db.Sql;
import dev.roundup.post.PostFilter;

/** The published posts' count and date range: one statement over the index of published posts. */
@ApplicationScoped
class SiteQueries {

    record Posts(long count, OffsetDateTime first, OffsetDateTime last) {
    }

    @Inject
    Sql sql;

    Posts posts() {
        return sql.first("select count(*), min(p.published_at), max(p.published_at) from post p where "
                + PostFilter.PUBLISHED, List.of(),
                row -> new Posts(row.getLong(1),
                        row.getObject(2, OffsetDateTime.class), row.getObject(3, OffsetDateTime.class)))
                .orElseThrow();
    }
}
