package dev.roundup.tag;

import java.util.Locale;
import java.util.Optional;

import dev.roundup.common.Slugs;
import dev.roundup.common.db.Where;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.post.PostFilter;

/**
 * The filter of {@code GET /tags}: an optional prefix {@code q} for autocomplete, matched case-insensitively
 * at the start of the tag's slug or name. Both are prefix LIKEs that the V4 indexes serve.
 */
public record TagFilter(Optional<String> q) {

    static final int MAX_Q = 100;

    public static TagFilter of(String q) {
        Optional<String> prefix = Optional.ofNullable(q).map(String::strip).filter(value -> !value.isEmpty());
        if (prefix.isPresent() && prefix.get().length() > MAX_Q) {
            throw new InvalidParameterException("q", "q must be at most " + MAX_Q + " characters");
        }
        return new TagFilter(prefix);
    }

    /** Conditions on {@code t} and its posts {@code p}; only published posts count. */
    public Where where() {
        Where where = new Where().and(PostFilter.PUBLISHED);
        q.ifPresent(prefix -> {
            String slug = Slugs.of(prefix);
            String name = likePrefix(prefix.toLowerCase(Locale.ROOT));
            if (slug.isEmpty()) {
                where.and("lower(t.name) like ? escape '\\'", name);
            } else {
                where.and("(t.slug like ? escape '\\' or lower(t.name) like ? escape '\\')", likePrefix(slug), name);
            }
        });
        return where;
    }

    static String likePrefix(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
