package dev.roundup.domain;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

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

    @Inject
    DomainQueries queries;

    @Inject
    LinkService links;

    /** @param prefix only domains starting with it (www. ignored); none for all */
    public Page<DomainSummary> list(String prefix, Sort sort, PageRequest page) {
        Where where = queries.where(prefix);
        return Page.of(queries.page(where, sort, page.size(), page.offset()), page, queries.count(where), null);
    }

    /** The domain's curated link items; 404 when no published post ever linked to it. */
    public Page<LinkSummary> links(String domain, Sort sort, PageRequest page) {
        Page<LinkSummary> result = links.list(LinkFilter.all().withDomain(domain), sort, page);
        if (result.meta().total() == 0) {
            throw new NotFoundException("no published post links to the domain '" + LinkFilter.domainOf(domain) + "'");
        }
        return result;
    }
}
