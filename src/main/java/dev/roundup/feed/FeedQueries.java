package dev.roundup.feed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.RoundupConfig;
import dev.roundup.common.SiteUrls;
import dev.roundup.common.db.Sql;
import dev.roundup.common.db.Where;
import dev.roundup.post.PostFilter;
import dev.roundup.post.PostQueries;

/** The SQL behind the feeds: one statement per page, whatever the source. */
@ApplicationScoped
public class FeedQueries {

    // site-relative links and images in post HTML: feed readers need them absolute
    private static final Pattern RELATIVE = Pattern.compile("(href|src)=\"/(?!/)");

    @Inject
    Sql sql;

    @Inject
    SiteUrls urls;

    @Inject
    RoundupConfig config;

    @Inject
    ObjectMapper json;

    /** Published posts matching {@code where} (on alias p), newest first; one more than asked tells of a next page. */
    public List<FeedItem> posts(Where where, long offset, int limit) {
        where.and(PostFilter.PUBLISHED);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        parameters.add(offset);
        return sql.list("""
                select p.slug, p.title, p.author, p.published_at, p.published_offset, p.updated_at, p.description,
                    p.image, p.intro_html, p.body_html,
                    (select coalesce(json_agg(t.name order by pt.position), '[]') from post_tag pt
                        join tag t on t.id = pt.tag_id where pt.post_id = p.id) as tags
                from post p""" + where.sql() + " order by p.published_at desc, p.id desc limit ? offset ?",
                parameters, row -> {
                    String url = urls.post(row.getString("slug"));
                    OffsetDateTime published = PostQueries.date(row);
                    OffsetDateTime modified = row.getObject("updated_at", OffsetDateTime.class);
                    return new FeedItem(url, url, null, row.getString("title"),
                            summary(row.getString("description"), row.getString("intro_html")),
                            absolute(row.getString("body_html")), row.getString("author"), published,
                            modified.isBefore(published) ? published : modified, tags(row.getString("tags")),
                            absoluteUrl(row.getString("image")));
                });
    }

    /** The display name of a tag that at least one published post carries. */
    public Optional<String> publicTag(String slug) {
        return sql.first("""
                select t.name from tag t where t.slug = ? and exists (select 1 from post_tag pt
                    join post p on p.id = pt.post_id where pt.tag_id = t.id and """ + " " + PostFilter.PUBLISHED + ")",
                List.of(slug), row -> row.getString(1));
    }

    String absolute(String html) {
        return html == null ? null : RELATIVE.matcher(html).replaceAll("$1=\"" + Matcher.quoteReplacement(base()) + "/");
    }

    String absoluteUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        return url.startsWith("/") && !url.startsWith("//") ? base() + url : url;
    }

    private String base() {
        String base = config.site().baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String summary(String description, String introHtml) {
        if (description != null && !description.isBlank()) {
            return description;
        }
        String text = org.apache.commons.text.StringEscapeUtils
                .unescapeHtml4(introHtml.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip();
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private List<String> tags(String text) {
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("json_agg always gives a JSON array", e);
        }
    }
}
