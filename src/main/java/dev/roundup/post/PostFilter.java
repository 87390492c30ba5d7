package dev.roundup.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.roundup.common.Slugs;
import dev.roundup.common.db.Where;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Parameters;
import dev.roundup.search.SearchConditions;

/** The filters of {@code GET /posts}, checked. */
public record PostFilter(
        List<String> tagSlugs,
        boolean allTags,
        Optional<String> category,
        Optional<String> section,
        Optional<String> author,
        Optional<OffsetDateTime> from,
        Optional<OffsetDateTime> to,
        List<String> sectionSlugs,
        Optional<String> query,
        Optional<Integer> number) {

    /**
     * What every public read shows: no drafts, nothing scheduled for later. The rule itself is the database function
     * post_is_public (V21), which the change log's triggers call too; the planner inlines it.
     */
    public static final String PUBLISHED = "post_is_public(p.draft, p.published_at)";

    public static PostFilter of(List<String> tags, String tagMode, String category, String section, String author,
            String from, String to, String year) {
        return of(tags, tagMode, category, section, author, from, to, year, null);
    }

    /** @param q a full-text query (the search engine's syntax); blank means none */
    public static PostFilter of(List<String> tags, String tagMode, String category, String section, String author,
            String from, String to, String year, String q) {
        Optional<OffsetDateTime> fromDate = Parameters.instant("from", from, false);
        Optional<OffsetDateTime> toDate = Parameters.instant("to", to, true);
        if (year != null && !year.isBlank()) {
            int value = Parameters.intIn("year", year, 0, 1900, 9999);
            fromDate = later(fromDate, OffsetDateTime.of(value, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            toDate = earlier(toDate, OffsetDateTime.of(value + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        }
        Optional<String> sectionSlug = slug(section);
        return new PostFilter(tagSlugs(tags), allTags(tagMode), slug(category), sectionSlug,
                Optional.ofNullable(author).map(String::strip).filter(value -> !value.isEmpty()), fromDate, toDate,
                sectionSlug.map(List::of).orElse(List.of()),
                Optional.ofNullable(q).filter(value -> !value.isBlank())
                        .map(value -> SearchConditions.checkedQuery("q", value)),
                Optional.empty());
    }

    /** Only the issue with this number (a roundup's {@code Number:}); blank means any. */
    public PostFilter withNumber(String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        int checked = Parameters.intIn("number", value, 0, 0, Integer.MAX_VALUE);
        return new PostFilter(tagSlugs, allTags, category, section, author, from, to, sectionSlugs, query,
                Optional.of(checked));
    }

    /** The section filter widened to every spelling of its topic (see SectionAliases.rawSlugs). */
    public PostFilter withSectionSpellings(Function<String, List<String>> rawSlugs) {
        return section.map(slug -> new PostFilter(tagSlugs, allTags, category, section, author, from, to,
                rawSlugs.apply(slug), query, number)).orElse(this);
    }

    public Where where() {
        return where(false);
    }

    /** With {@code preview}, drafts and scheduled posts too: only for editors ({@code preview=true}). */
    public Where where(boolean preview) {
        Where where = preview ? new Where() : new Where().and(PUBLISHED);
        andTags(where, tagSlugs, allTags);
        category.ifPresent(value -> where.and("? = any (p.categories)", value));
        if (section.isPresent()) {
            where.and("exists (select 1 from section s where s.post_id = p.id and s.slug = any (?))",
                    (Object) sectionSlugs.toArray(String[]::new));
        }
        author.ifPresent(value -> where.and("lower(p.author) = lower(?)", value));
        from.ifPresent(value -> where.and("p.published_at >= ?", value));
        to.ifPresent(value -> where.and("p.published_at < ?", value));
        query.ifPresent(value -> where.and(SearchConditions.postMatches("p"), value));
        number.ifPresent(value -> where.and("p.number = ?", value));
        return where;
    }

    /**
     * "The post {@code p} has every one (or, with {@code allTags} false, any) of these tags". One semi-join per tag
     * rather than a grouped count: PostgreSQL estimated the grouped form at a handful of posts whatever the tag (16
     * for 18,391 at 100,000 posts) and then walked every link of those posts instead of the search index (1.4 s
     * against 0.3 s for a search with tag=kafka).
     */
    public static void andTags(Where where, List<String> tagSlugs, boolean allTags) {
        if (tagSlugs.isEmpty()) {
            return;
        }
        if (!allTags) {
            where.and("exists (select 1 from post_tag pt join tag t on t.id = pt.tag_id"
                    + " where pt.post_id = p.id and t.slug = any (?))", (Object) tagSlugs.toArray(String[]::new));
            return;
        }
        for (String slug : tagSlugs) {
            where.and("exists (select 1 from post_tag pt join tag t on t.id = pt.tag_id"
                    + " where pt.post_id = p.id and t.slug = ?)", slug);
        }
    }

    public static List<String> tagSlugs(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return tags.stream().filter(tag -> tag != null && !tag.isBlank()).map(Slugs::of).distinct().toList();
    }

    public static boolean allTags(String tagMode) {
        if (tagMode == null || tagMode.isBlank()) {
            return true;
        }
        return switch (tagMode.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> true;
            case "any" -> false;
            default -> throw new InvalidParameterException("tagMode", "tagMode must be 'all' or 'any', got '"
                    + Parameters.abbreviate(tagMode) + "'");
        };
    }

    private static Optional<String> slug(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank()).map(Slugs::of);
    }

    private static Optional<OffsetDateTime> later(Optional<OffsetDateTime> current, OffsetDateTime bound) {
        return Optional.of(current.filter(value -> value.isAfter(bound)).orElse(bound));
    }

    private static Optional<OffsetDateTime> earlier(Optional<OffsetDateTime> current, OffsetDateTime bound) {
        return Optional.of(current.filter(value -> value.isBefore(bound)).orElse(bound));
    }
}
