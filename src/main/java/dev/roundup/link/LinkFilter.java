package dev.roundup.link;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.roundup.common.Slugs;
import dev.roundup.common.db.Where;
import dev.roundup.common.paging.Parameters;
import dev.roundup.post.PostFilter;
import dev.roundup.search.SearchConditions;

/**
 * The filters of the link lists, checked. Other features (tags, sections, domains, feeds, search) build one
 * with {@link #of} or {@link #all()} and narrow it with the {@code with...} methods.
 *
 * @param tagSlugs tags of the link's post; empty for no tag filter
 * @param allTags whether the post must carry every tag (else at least one)
 * @param sectionSlugs section slugs exactly as stored; empty for no section filter; a link item in a sub-section
 *        matches its enclosing sections' slugs too
 * @param domain the link's domain, lower case without {@code www.}
 * @param postSlug the slug of the link's post
 * @param normalizedUrl the link's URL as {@link dev.roundup.common.UrlNormalizer} reduces it
 * @param from posts published at or after this instant
 * @param to posts published before this instant
 * @param query a checked full-text query that the link item (title, commentary, domain) must match
 */
public record LinkFilter(
        List<String> tagSlugs,
        boolean allTags,
        List<String> sectionSlugs,
        Optional<String> domain,
        Optional<String> postSlug,
        Optional<String> normalizedUrl,
        Optional<OffsetDateTime> from,
        Optional<OffsetDateTime> to,
        Optional<String> query) {

    /** Link items of these kinds of section are the author's own news and jokes, not curated links. */
    public static final String CURATED = "s.kind not in ('wind', 'finally')";

    public LinkFilter {
        tagSlugs = List.copyOf(tagSlugs);
        sectionSlugs = List.copyOf(sectionSlugs);
    }

    /** Every curated link item of every published post. */
    public static LinkFilter all() {
        return new LinkFilter(List.of(), true, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * From the raw query parameters; a malformed one is an {@link dev.roundup.common.error.InvalidParameterException}.
     * {@code section} is slugified as {@code /posts} does; {@code domain} is matched case-insensitively and without
     * {@code www.}; blank values mean no filter.
     */
    public static LinkFilter of(List<String> tags, String tagMode, String section, String domain, String post,
            String from, String to) {
        return new LinkFilter(PostFilter.tagSlugs(tags), PostFilter.allTags(tagMode),
                present(section).map(Slugs::of).map(List::of).orElse(List.of()), present(domain).map(LinkFilter::domainOf),
                present(post), Optional.empty(), Parameters.instant("from", from, false), Parameters.instant("to", to, true),
                Optional.empty());
    }

    /** The domain as stored: lower case, without {@code www.}. */
    public static String domainOf(String domain) {
        String value = domain.strip().toLowerCase(Locale.ROOT);
        return value.startsWith("www.") ? value.substring(4) : value;
    }

    /**
     * Links in any of these sections, given as stored in {@code section.slug} (several spellings of one section).
     *
     * @throws IllegalArgumentException for no slugs at all, which would silently mean "every section"
     */
    public LinkFilter withSectionSlugs(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            throw new IllegalArgumentException("at least one section slug is needed");
        }
        return new LinkFilter(tagSlugs, allTags, List.copyOf(slugs), domain, postSlug, normalizedUrl, from, to, query);
    }

    /** Links to this domain (case-insensitive, {@code www.} ignored). */
    public LinkFilter withDomain(String value) {
        return new LinkFilter(tagSlugs, allTags, sectionSlugs, Optional.of(domainOf(value)), postSlug, normalizedUrl,
                from, to, query);
    }

    /** Links whose normalised URL is this one. */
    public LinkFilter withNormalizedUrl(String value) {
        return new LinkFilter(tagSlugs, allTags, sectionSlugs, domain, postSlug, Optional.of(value), from, to, query);
    }

    /** Links matching a full-text query (the syntax of GET /search); blank means no query. */
    public LinkFilter withQuery(String q) {
        Optional<String> checked = present(q).map(value -> SearchConditions.checkedQuery("q", value));
        return new LinkFilter(tagSlugs, allTags, sectionSlugs, domain, postSlug, normalizedUrl, from, to, checked);
    }

    /** The conditions over the aliases {@code l} (link_item), {@code s} (section) and {@code p} (post). */
    public Where where() {
        Where where = new Where().and(PostFilter.PUBLISHED).and(CURATED);
        PostFilter.andTags(where, tagSlugs, allTags);
        from.ifPresent(value -> where.and("p.published_at >= ?", value));
        to.ifPresent(value -> where.and("p.published_at < ?", value));
        if (!sectionSlugs.isEmpty()) {
            // the item's own section or any section it sits in
            where.and("s.path && ?", (Object) sectionSlugs.toArray(String[]::new));
        }
        domain.ifPresent(value -> where.and("l.domain = ?", value));
        postSlug.ifPresent(value -> where.and("p.slug = ?", value));
        normalizedUrl.ifPresent(value -> where.and("l.normalized_url = ?", value));
        query.ifPresent(value -> where.and(SearchConditions.linkMatches("l"), value));
        return where;
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
